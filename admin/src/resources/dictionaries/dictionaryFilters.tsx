import { SearchInput, TextInput } from 'react-admin';

export const dictionaryFilters = [<SearchInput key="q" source="q" alwaysOn />, <TextInput key="type" source="type" />];
