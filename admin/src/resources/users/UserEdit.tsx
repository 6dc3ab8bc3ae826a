import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
