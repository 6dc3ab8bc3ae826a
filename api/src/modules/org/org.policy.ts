import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    Org: true;
  }
}

export const orgPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ path: subtree }),
    ORG: (a) => ({ id: a.scopeRootId }),
    GRID: (a) => ({ id: { $in: a.gridOrgIds } }),
    SELF: (a) => ({ id: a.orgId }),
  },
  conditionFields: ['id', 'code', 'name', 'level', 'path', 'parent.id'],
};

const readOrgs: RawRule[] = [{ action: 'read', subject: 'Org' }];

/** Everyone working in the tree reads its part of it; the township shapes its own subtree. */
export const orgGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: 'Org' }],
  security_admin: readOrgs,
  county_leader: readOrgs,
  township_admin: [{ action: 'manage', subject: 'Org' }],
  dispatcher: readOrgs,
  community_secretary: readOrgs,
  grid_leader: readOrgs,
  grid_worker: readOrgs,
  judicial_officer: readOrgs,
  community_police: readOrgs,
  assessor: readOrgs,
};
