import { UNSCOPED, type SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    Role: true;
  }
}

/** Roles are configuration: whoever may read them reads all of them. */
export const rolePolicy: SubjectPolicy = {
  scope: UNSCOPED,
  conditionFields: ['id', 'code', 'scope', 'builtIn'],
};

const readRoles: RawRule[] = [{ action: 'read', subject: 'Role' }];

export const roleGrants: Record<string, RawRule[]> = {
  // 三员分立: each module grants the system administrator its own subjects; none grants it the audit log or the security settings.
  system_admin: [{ action: 'manage', subject: 'Role' }],
  security_admin: readRoles,
  county_leader: readRoles,
  township_admin: readRoles,
  dispatcher: readRoles,
  community_secretary: readRoles,
  grid_leader: readRoles,
  grid_worker: readRoles,
  judicial_officer: readRoles,
  community_police: readRoles,
};
