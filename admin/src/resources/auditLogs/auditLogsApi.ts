import { AuditLogDocument, AuditLogsDocument, type AuditLogFieldsFragment, type AuditLogFilter } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import type { ResourceApi } from '../../providers/resourceApi';

/** Read-only, newest first: the API offers no other order. */
export const auditLogsApi: ResourceApi<AuditLogFieldsFragment, AuditLogFilter, never> = {
  sortFields: {},
  filtersByIds: false,
  list: async ({ filter, offset, limit }) => (await request(AuditLogsDocument, { filter, offset, limit })).auditLogs,
  one: async (id) => (await request(AuditLogDocument, { id })).auditLog,
};
