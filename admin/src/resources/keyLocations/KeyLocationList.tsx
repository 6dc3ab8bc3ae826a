import { Datagrid, EditButton, List, SearchInput, TextField, TextInput } from 'react-admin';
import { useEditRowClick } from '../useEditRowClick';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <TextInput key="kind" source="kind" />];

export function KeyLocationList() {
  const rowClick = useEditRowClick();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="kind" />
        <TextField source="grid.name" sortable={false} />
        <TextField source="address" sortable={false} />
        <EditButton />
      </Datagrid>
    </List>
  );
}
