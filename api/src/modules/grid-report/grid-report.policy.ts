import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    GridReport: true;
    GridReportStats: true;
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

/** Traffic-light rates reach the same reports as the reports themselves; an assessor counts without reading one. */
export const gridReportStatsPolicy: SubjectPolicy = { scope: gridReportPolicy.scope, conditionFields: gridReportPolicy.conditionFields };

const read: RawRule = { action: 'read', subject: ['GridReport', 'GridReportStats'] };
const report: RawRule = { action: ['read', 'create'], subject: 'GridReport' };
const count: RawRule = { action: 'read', subject: 'GridReportStats' };

/** Grid staff and the orgs above them report daily; leaders, the information centre and assessors read. */
export const gridReportGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['GridReport', 'GridReportStats'] }],
  county_leader: [read],
  township_admin: [report, count],
  dispatcher: [read],
  community_secretary: [report, count],
  grid_leader: [report, count],
  grid_worker: [report, count],
  assessor: [count],
};
