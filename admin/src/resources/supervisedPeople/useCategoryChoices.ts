import { useGetList } from 'react-admin';

/** The enabled PERSON_CATEGORY dictionary entries as choices keyed by code. */
export function useCategoryChoices() {
  const { data } = useGetList('dictionaries', {
    filter: { type: 'PERSON_CATEGORY', enabled: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sort', order: 'ASC' },
  });
  return (data ?? []).map((d) => ({ id: d.code as string, name: d.name as string }));
}
