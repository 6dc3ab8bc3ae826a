import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { gridLevelChoices } from '../choices';

export const gridFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="orgId" source="orgId" reference="orgs">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="level" source="level" choices={gridLevelChoices} />,
];
