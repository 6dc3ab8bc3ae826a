import { Edit, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm mode="onBlur">
      <PersonInputs />
    </SimpleForm>
  </Edit>
);
