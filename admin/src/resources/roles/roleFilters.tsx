import { SearchInput } from 'react-admin';

export const roleFilters = [<SearchInput key="q" source="q" alwaysOn />];
