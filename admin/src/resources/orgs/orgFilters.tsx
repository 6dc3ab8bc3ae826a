import { SearchInput, SelectInput } from 'react-admin';
import { orgLevelChoices } from '../choices';

export const orgFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="level" source="level" choices={orgLevelChoices} />];
