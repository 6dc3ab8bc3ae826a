import { Datagrid, EditButton, List, NumberField, SelectField, TextField } from 'react-admin';
import { gridLevelChoices } from '../choices';
import { gridFilters } from './gridFilters';

export const GridList = () => (
  <List filters={gridFilters} sort={{ field: 'number', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="number" options={{ useGrouping: false }} />
      <TextField source="name" />
      <TextField source="org.name" label="resources.grids.fields.orgId" sortable={false} />
      <SelectField source="level" choices={gridLevelChoices} />
      <NumberField source="households" />
      <NumberField source="population" sortable={false} />
      <TextField source="leader.name" label="resources.grids.fields.leaderId" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);
