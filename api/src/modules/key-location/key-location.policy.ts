import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    KeyLocation: true;
  }
}

/** A key location belongs to its grid: reached where the grid is. */
export const keyLocationPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'grid.id': { $in: a.gridIds } }),
    SELF: (a) => ({ 'grid.id': { $in: a.gridIds } }),
  },
  conditionFields: ['id', 'kind', 'org.id', 'org.path', 'grid.id'],
};

const read: RawRule = { action: 'read', subject: 'KeyLocation' };
const keep: RawRule = { action: ['read', 'create', 'update'], subject: 'KeyLocation' };
const manage: RawRule = { action: 'manage', subject: 'KeyLocation' };

/** Grid staff keep the list of their grids; the community and township own it; leaders, the centre and police read it. */
export const keyLocationGrants: Record<string, RawRule[]> = {
  system_admin: [manage],
  county_leader: [read],
  township_admin: [manage],
  dispatcher: [read],
  community_secretary: [manage],
  grid_leader: [keep],
  grid_worker: [keep],
  community_police: [read],
};
