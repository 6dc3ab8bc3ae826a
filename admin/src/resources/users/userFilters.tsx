import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="orgId" source="orgId" reference="orgs">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="roleId" source="roleId" reference="roles">
    <SelectInput />
  </ReferenceInput>,
];
