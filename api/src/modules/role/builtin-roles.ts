import type { EntityManager } from '@mikro-orm/postgresql';
import { TASK_ROLE_RULES } from '../task/task.roles';
import { DataScope, Role, type RawRule } from './role.entity';

const read = (...subjects: string[]): RawRule => ({ action: 'read', subject: subjects });
/** Sees users, but their phone numbers only as 138****5678. */
const usersWithMaskedPhone: RawRule[] = [
  read('User'),
  { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
  { action: 'read_masked', subject: 'User', fields: ['phone'] },
];

const CORRECTION = { kind: 'CORRECTION' };
const KEY_PERSON = { kind: 'KEY_PERSON' };
/**
 * People with ID number and phone masked, no offence details and no psychological notes: every
 * built-in role but the 司法所 (all in full) and the police (key persons' numbers in full). The birth
 * date follows the ID number (core/field-access REBUILDS); it is named here too so the rules say it.
 */
const peopleMasked: RawRule[] = [
  { action: 'read', subject: 'SupervisedPerson', fields: ['idNumber', 'phone', 'offenceSummary', 'birthDate'], inverted: true },
  { action: 'read_masked', subject: 'SupervisedPerson', fields: ['idNumber', 'phone'] },
  { action: 'read', subject: 'Visit', fields: ['psychologicalState'], inverted: true },
];
/** Leaders read the ledger of their subtree, masked. */
const readPeopleMasked: RawRule[] = [read('SupervisedPerson', 'Visit', 'SupervisionStats'), ...peopleMasked];
/** Grid staff, the community and the township keep the ledger and do the monthly talks; they see it masked all the same. */
const keepPeopleMasked: RawRule[] = [
  { action: ['read', 'create', 'update'], subject: ['SupervisedPerson', 'Visit'] },
  read('SupervisionStats'),
  ...peopleMasked,
];

/** The roles of SPEC §1, present in every deployment. They are code: rewritten at every start, not editable; admins add their own roles. */
export const BUILTIN_ROLES: { code: string; name: string; scope: DataScope; rules: RawRule[] }[] = [
  { code: 'system_admin', name: '系统管理员', scope: DataScope.ALL, rules: [{ action: 'manage', subject: 'all' }] },
  { code: 'security_admin', name: '安全管理员', scope: DataScope.ALL, rules: [read('Org', 'Role'), { action: 'manage', subject: 'User' }] },
  { code: 'auditor', name: '审计员', scope: DataScope.ALL, rules: [read('AuditLog')] },
  { code: 'county_leader', name: '区县领导', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'User', 'Role', 'Dictionary'), ...readPeopleMasked] },
  {
    code: 'township_admin',
    name: '乡镇/街道管理员',
    scope: DataScope.ORG_SUBTREE,
    // Keeps the ledger like grid staff do, across the township: it moves key persons between communities and may hand out grid roles.
    rules: [{ action: 'manage', subject: ['Org', 'Grid', 'User'] }, read('Role', 'Dictionary'), ...keepPeopleMasked],
  },
  { code: 'dispatcher', name: '信息指挥中心调度员', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'User', 'Role', 'Dictionary')] },
  {
    code: 'community_secretary',
    name: '社区书记',
    scope: DataScope.ORG_SUBTREE,
    rules: [
      read('Org', 'User', 'Role', 'Dictionary'),
      { action: ['read', 'create', 'update', 'delete'], subject: 'Grid' },
      ...keepPeopleMasked,
    ],
  },
  { code: 'grid_leader', name: '格长', scope: DataScope.GRID, rules: [read('Org', 'Grid', 'Role', 'Dictionary'), { action: 'update', subject: 'Grid' }, ...usersWithMaskedPhone, ...keepPeopleMasked] },
  { code: 'grid_worker', name: '网格员', scope: DataScope.GRID, rules: [read('Org', 'Grid', 'Role', 'Dictionary'), ...usersWithMaskedPhone, ...keepPeopleMasked] },
  {
    code: 'judicial_officer',
    name: '司法所工作人员',
    scope: DataScope.ORG_SUBTREE,
    rules: [
      read('Org', 'Grid', 'User', 'Role', 'Dictionary'),
      { action: ['read', 'create', 'update'], subject: ['SupervisedPerson', 'SupervisionStats'], conditions: CORRECTION },
      { action: ['read', 'create', 'update'], subject: 'Visit', conditions: { 'person.kind': 'CORRECTION' } },
    ],
  },
  {
    code: 'community_police',
    name: '社区民警',
    scope: DataScope.ORG_SUBTREE,
    rules: [
      read('Org', 'Grid', 'Role', 'Dictionary'),
      ...usersWithMaskedPhone,
      { action: 'read', subject: ['SupervisedPerson', 'SupervisionStats'], conditions: KEY_PERSON },
      { action: ['read', 'create'], subject: 'Visit', conditions: { 'person.kind': 'KEY_PERSON' } },
      { action: 'read', subject: 'SupervisedPerson', fields: ['offenceSummary'], inverted: true },
      { action: 'read', subject: 'Visit', fields: ['psychologicalState'], inverted: true },
    ],
  },
  { code: 'assessor', name: '考核员', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'Dictionary', 'SupervisionStats')] },
];

for (const role of BUILTIN_ROLES) role.rules.push(...(TASK_ROLE_RULES[role.code] ?? []));

/**
 * Makes the stored built-in roles what this code says: missing ones are inserted, existing ones get
 * their name, scope and rules rewritten (a database from an older release gets today's masking).
 */
export async function ensureBuiltinRoles(em: EntityManager): Promise<void> {
  const existing = new Map((await em.find(Role, { code: { $in: BUILTIN_ROLES.map((r) => r.code) } })).map((r) => [r.code, r]));
  for (const role of BUILTIN_ROLES) {
    const stored = existing.get(role.code);
    const defined = { name: role.name, scope: role.scope, rules: structuredClone(role.rules), builtIn: true };
    if (!stored) em.create(Role, { code: role.code, ...defined } as never);
    else if (JSON.stringify({ n: stored.name, s: stored.scope, r: stored.rules, b: stored.builtIn }) !== JSON.stringify({ n: defined.name, s: defined.scope, r: defined.rules, b: true })) em.assign(stored, defined);
  }
  await em.flush();
}
