import type { EntityManager } from '@mikro-orm/postgresql';
import { DataScope, Role, type RawRule } from './role.entity';

const read = (...subjects: string[]): RawRule => ({ action: 'read', subject: subjects });
/** Sees users, but their phone numbers only as 138****5678. */
const usersWithMaskedPhone: RawRule[] = [
  read('User'),
  { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
  { action: 'read_masked', subject: 'User', fields: ['phone'] },
];

/** The roles of SPEC §1, present in every deployment; admins edit their rules and add more. */
export const BUILTIN_ROLES: { code: string; name: string; scope: DataScope; rules: RawRule[] }[] = [
  { code: 'system_admin', name: '系统管理员', scope: DataScope.ALL, rules: [{ action: 'manage', subject: 'all' }] },
  { code: 'security_admin', name: '安全管理员', scope: DataScope.ALL, rules: [read('Org', 'Role'), { action: 'manage', subject: 'User' }] },
  { code: 'auditor', name: '审计员', scope: DataScope.ALL, rules: [read('AuditLog')] },
  { code: 'county_leader', name: '区县领导', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'User', 'Role', 'Dictionary')] },
  {
    code: 'township_admin',
    name: '乡镇/街道管理员',
    scope: DataScope.ORG_SUBTREE,
    rules: [{ action: 'manage', subject: ['Org', 'Grid', 'User'] }, read('Role', 'Dictionary')],
  },
  { code: 'dispatcher', name: '信息指挥中心调度员', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'User', 'Role', 'Dictionary')] },
  {
    code: 'community_secretary',
    name: '社区书记',
    scope: DataScope.ORG_SUBTREE,
    rules: [read('Org', 'User', 'Role', 'Dictionary'), { action: ['read', 'create', 'update', 'delete'], subject: 'Grid' }],
  },
  { code: 'grid_leader', name: '格长', scope: DataScope.GRID, rules: [read('Org', 'Grid', 'Role', 'Dictionary'), { action: 'update', subject: 'Grid' }, ...usersWithMaskedPhone] },
  { code: 'grid_worker', name: '网格员', scope: DataScope.GRID, rules: [read('Org', 'Grid', 'Role', 'Dictionary'), ...usersWithMaskedPhone] },
  { code: 'judicial_officer', name: '司法所工作人员', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'User', 'Role', 'Dictionary')] },
  { code: 'community_police', name: '社区民警', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'Role', 'Dictionary'), ...usersWithMaskedPhone] },
  { code: 'assessor', name: '考核员', scope: DataScope.ORG_SUBTREE, rules: [read('Org', 'Grid', 'Dictionary')] },
];

/** Inserts the built-in roles that are missing; never touches ones that exist (admins may have edited them). */
export async function ensureBuiltinRoles(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(Role, { code: { $in: BUILTIN_ROLES.map((r) => r.code) } })).map((r) => r.code));
  for (const role of BUILTIN_ROLES.filter((r) => !existing.has(r.code))) em.create(Role, { ...role, builtIn: true } as never);
  await em.flush();
}
