import { Edit, SimpleForm } from 'react-admin';
import { KeyLocationInputs } from './KeyLocationInputs';

export const KeyLocationEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <KeyLocationInputs />
    </SimpleForm>
  </Edit>
);
