import { Create, SimpleForm } from 'react-admin';
import { RoleInputs } from './RoleInputs';

export const RoleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ scope: 'ORG_SUBTREE', rules: [] }}>
      <RoleInputs creating />
    </SimpleForm>
  </Create>
);
