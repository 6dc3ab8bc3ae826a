import { BooleanField, Datagrid, EditButton, List, NumberField, TextField } from 'react-admin';
import { useEditRowClick } from '../useEditRowClick';
import { dictionaryFilters } from './dictionaryFilters';

export function DictionaryList() {
  const rowClick = useEditRowClick();
  return (
    <List filters={dictionaryFilters} sort={{ field: 'type', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="type" />
        <TextField source="code" />
        <TextField source="name" sortable={false} />
        <NumberField source="sort" />
        <BooleanField source="enabled" sortable={false} />
        <EditButton />
      </Datagrid>
    </List>
  );
}
