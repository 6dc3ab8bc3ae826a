import { maskPhone } from '../../core/field-access';
import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    User: true;
  }
}

export const userPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'grids.id': { $in: a.gridIds } }),
    SELF: (a) => ({ id: a.id }),
  },
  conditionFields: ['id', 'username', 'name', 'org.id', 'org.path', 'org.level', 'grids.id'],
  maskable: { phone: maskPhone, lockedUntil: null, lastLoginAt: null },
};

const readUsers: RawRule[] = [{ action: 'read', subject: 'User' }];
/** Sees users, but their phone numbers only as 138****5678. */
const usersWithMaskedPhone: RawRule[] = [
  ...readUsers,
  { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
  { action: 'read_masked', subject: 'User', fields: ['phone'] },
];

export const userGrants: Record<string, RawRule[]> = {
  security_admin: [{ action: 'manage', subject: 'User' }],
  county_leader: readUsers,
  township_admin: [{ action: 'manage', subject: 'User' }],
  dispatcher: readUsers,
  community_secretary: readUsers,
  grid_leader: usersWithMaskedPhone,
  grid_worker: usersWithMaskedPhone,
  judicial_officer: readUsers,
  community_police: usersWithMaskedPhone,
};
