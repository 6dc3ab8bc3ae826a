import { Edit, SimpleForm } from 'react-admin';
import { OrgInputs } from './OrgInputs';

export const OrgEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <OrgInputs />
    </SimpleForm>
  </Edit>
);
