import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    GridReport: true;
  }
}

export const gridReportPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'grid.id': { $in: a.gridIds } }),
    SELF: (a) => ({ 'reporter.id': a.id }),
  },
  conditionFields: ['id', 'status', 'severity', 'org.id', 'org.path', 'grid.id', 'reporter.id'],
};

const read: RawRule = { action: 'read', subject: 'GridReport' };
const report: RawRule = { action: ['read', 'create'], subject: 'GridReport' };

/** Grid staff and the orgs above them report daily; leaders, the information centre and assessors read. */
export const gridReportGrants: Record<string, RawRule[]> = {
  county_leader: [read],
  township_admin: [report],
  dispatcher: [read],
  community_secretary: [report],
  grid_leader: [report],
  grid_worker: [report],
  assessor: [read],
};
