import { ArrayField, ChipField, NumberField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { gridLevelChoices } from '../choices';

export const GridShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="number" options={{ useGrouping: false }} />
      <TextField source="name" />
      <TextField source="org.name" label="resources.grids.fields.orgId" />
      <TextField source="parent.name" label="resources.grids.fields.parentId" emptyText="—" />
      <SelectField source="level" choices={gridLevelChoices} />
      <TextField source="boundary" emptyText="—" />
      <NumberField source="households" emptyText="—" />
      <NumberField source="population" emptyText="—" />
      <TextField source="leader.name" label="resources.grids.fields.leaderId" emptyText="—" />
      <ArrayField source="workers">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
