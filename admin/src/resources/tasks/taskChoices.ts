import { useGetList } from 'react-admin';
import type { TaskStatus } from '../../graphql/graphql';

const STATUSES: TaskStatus[] = ['REPORTED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'CLOSED', 'RETURNED', 'ESCALATED'];
export const statusChoices = STATUSES.map((id) => ({ id, name: `gridgov.tasks.status.${id}` }));

/** Enabled dictionary entries of one list as choices keyed by code. */
export function useDictionaryChoices(type: 'EVENT_CATEGORY' | 'COMPONENT_TYPE') {
  const { data } = useGetList('dictionaries', {
    filter: { type, enabled: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sort', order: 'ASC' },
  });
  return (data ?? []).map((d) => ({ id: d.code as string, name: d.name as string }));
}
