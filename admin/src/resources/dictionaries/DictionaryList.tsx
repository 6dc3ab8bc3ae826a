import { BooleanField, Datagrid, EditButton, List, NumberField, TextField } from 'react-admin';
import { dictionaryFilters } from './dictionaryFilters';

export const DictionaryList = () => (
  <List filters={dictionaryFilters} sort={{ field: 'type', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="type" />
      <TextField source="code" />
      <TextField source="name" sortable={false} />
      <NumberField source="sort" />
      <BooleanField source="enabled" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);
