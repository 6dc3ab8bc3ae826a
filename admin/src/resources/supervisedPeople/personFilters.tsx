import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { riskChoices, statusChoices } from './personChoices';
import { useCategoryChoices } from './useCategoryChoices';

/** The ledger's filters; "overdue visit" takes a month and lists active people not yet visited in it. */
export function usePersonFilters() {
  const categories = useCategoryChoices();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="orgId" source="orgId" reference="orgs">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="gridId" source="gridId" reference="grids">
      <AutocompleteInput optionText={(g: { name: string; org?: { name: string } }) => `${g.org?.name ?? ''} ${g.name}`} />
    </ReferenceInput>,
    <SelectInput key="categoryCode" source="categoryCode" choices={categories} />,
    <SelectInput key="riskLevel" source="riskLevel" choices={riskChoices} />,
    <SelectInput key="status" source="status" choices={statusChoices} />,
    <TextInput key="visitOverdueMonth" source="visitOverdueMonth" placeholder="2026-11" />,
  ];
}
