import { Create, SimpleForm } from 'react-admin';
import { GridInputs } from './GridInputs';

export const GridCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ level: 1 }}>
      <GridInputs />
    </SimpleForm>
  </Create>
);
