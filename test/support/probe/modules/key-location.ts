import type { ProbeExtension } from '../scope-table';

/** README: key locations are read where their grid is, by everyone working in the tree but the 司法所, assessors, the auditor and the security administrator. */
export const probe: ProbeExtension = {
  tables: { KeyLocation: { table: 'key_location', near: 'org_id' } },
  scopeWhere(account, type, { duties, where }) {
    if (type !== 'KeyLocation') return undefined;
    if (!duties.orgsAndGrids || ['judicial', 'assessor', 'security'].includes(account)) return null;
    return where('t.org_id', 't.grid_id');
  },
};
