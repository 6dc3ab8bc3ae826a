import { Edit, SimpleForm } from 'react-admin';
import { DictionaryInputs } from './DictionaryInputs';

export const DictionaryEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <DictionaryInputs />
    </SimpleForm>
  </Edit>
);
