import { Create, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export const PersonCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ riskLevel: 'LOW' }} mode="onBlur">
      <PersonInputs create />
    </SimpleForm>
  </Create>
);
