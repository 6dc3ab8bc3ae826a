import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    Grid: true;
  }
}

export const gridPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ id: { $in: a.gridIds } }),
    SELF: (a) => ({ id: { $in: a.gridIds } }),
  },
  conditionFields: ['id', 'number', 'name', 'level', 'households', 'population', 'org.id', 'org.path', 'org.level', 'parent.id'],
  maskable: { households: null, population: null, boundary: null, geojson: null },
};

const readGrids: RawRule[] = [{ action: 'read', subject: 'Grid' }];

/** The community draws its grids, the township all of its own, a grid leader keeps the details of the grids it leads. */
export const gridGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: 'Grid' }],
  // Reviews which grids accounts are given.
  security_admin: readGrids,
  county_leader: readGrids,
  township_admin: [{ action: 'manage', subject: 'Grid' }],
  dispatcher: readGrids,
  community_secretary: [{ action: ['read', 'create', 'update', 'delete'], subject: 'Grid' }],
  grid_leader: [...readGrids, { action: 'update', subject: 'Grid' }],
  grid_worker: readGrids,
  judicial_officer: readGrids,
  community_police: readGrids,
  assessor: readGrids,
};
