import { Create, SimpleForm } from 'react-admin';
import { DictionaryInputs } from './DictionaryInputs';

export const DictionaryCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ sort: 0, enabled: true }}>
      <DictionaryInputs creating />
    </SimpleForm>
  </Create>
);
