import { BooleanField, Datagrid, EditButton, List, SelectField, TextField } from 'react-admin';
import { useEditRowClick } from '../useEditRowClick';
import { dataScopeChoices } from '../choices';
import { roleFilters } from './roleFilters';

export function RoleList() {
  const rowClick = useEditRowClick();
  return (
    <List filters={roleFilters} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="scope" choices={dataScopeChoices} sortable={false} />
        <BooleanField source="builtIn" sortable={false} />
        <EditButton />
      </Datagrid>
    </List>
  );
}
