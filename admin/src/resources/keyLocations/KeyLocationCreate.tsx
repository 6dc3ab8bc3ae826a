import { Create, SimpleForm } from 'react-admin';
import { KeyLocationInputs } from './KeyLocationInputs';

export const KeyLocationCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <KeyLocationInputs creating />
    </SimpleForm>
  </Create>
);
