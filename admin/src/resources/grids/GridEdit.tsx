import { Edit, SimpleForm } from 'react-admin';
import { GridInputs } from './GridInputs';

export const GridEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <GridInputs />
    </SimpleForm>
  </Edit>
);
