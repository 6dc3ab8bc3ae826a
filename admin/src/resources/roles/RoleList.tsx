import { BooleanField, Datagrid, EditButton, List, SelectField, TextField } from 'react-admin';
import { dataScopeChoices } from '../choices';
import { roleFilters } from './roleFilters';

export const RoleList = () => (
  <List filters={roleFilters} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="scope" choices={dataScopeChoices} sortable={false} />
      <BooleanField source="builtIn" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);
