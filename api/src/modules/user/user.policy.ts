import { maskPhone } from '../../core/field-access';
import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    User: true;
  }
}

/**
 * An account's ID number shows its region only (`110118************`). A person's mask keeps the last
 * 4 characters, but an imported account's initial password is the last 8: with those 4 shown, only the
 * birth month and day (at most 366 values) would be left to guess. Hiding them too leaves the
 * birth date and the whole sequence and check character unknown.
 */
export function maskAccountIdNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return `${value.slice(0, 6)}${'*'.repeat(Math.max(value.length - 6, 0))}`;
}

export const userPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'grids.id': { $in: a.gridIds } }),
    SELF: (a) => ({ id: a.id }),
  },
  conditionFields: ['id', 'username', 'name', 'org.id', 'org.path', 'org.level', 'grids.id'],
  maskable: { phone: maskPhone, lockedUntil: null, lastLoginAt: null, idNumber: maskAccountIdNumber },
};

/** Those who do not manage accounts see their ID numbers masked to the region. */
const readUsers: RawRule[] = [
  { action: 'read', subject: 'User' },
  { action: 'read', subject: 'User', fields: ['idNumber'], inverted: true },
  { action: 'read_masked', subject: 'User', fields: ['idNumber'] },
];
/** Sees users, but their phone numbers only as 138****5678. */
const usersWithMaskedPhone: RawRule[] = [
  ...readUsers,
  { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
  { action: 'read_masked', subject: 'User', fields: ['phone'] },
];

export const userGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: 'User' }],
  // Reviews accounts and their grants, unlocks them and ends their sessions (auth module); creates and changes none.
  security_admin: [{ action: 'read', subject: 'User' }],
  county_leader: readUsers,
  township_admin: [{ action: 'manage', subject: 'User' }],
  dispatcher: readUsers,
  community_secretary: readUsers,
  grid_leader: usersWithMaskedPhone,
  grid_worker: usersWithMaskedPhone,
  judicial_officer: readUsers,
  community_police: usersWithMaskedPhone,
};
