import type { EntityManager } from '@mikro-orm/postgresql';
import type { BuiltinRoleDef } from '../../core/module';
import type { Registry } from '../../core/registry';
import { DataScope } from '../../core/rules';
import { Role } from './role.entity';

/** The roles of SPEC §1, present in every deployment; each module grants them rules on its own subjects (`grants` in its manifest). */
export const BUILTIN_ROLE_DEFS: readonly BuiltinRoleDef[] = [
  { code: 'system_admin', name: '系统管理员', scope: DataScope.ALL },
  { code: 'security_admin', name: '安全管理员', scope: DataScope.ALL },
  { code: 'auditor', name: '审计员', scope: DataScope.ALL },
  { code: 'county_leader', name: '区县领导', scope: DataScope.ORG_SUBTREE },
  { code: 'township_admin', name: '乡镇/街道管理员', scope: DataScope.ORG_SUBTREE },
  { code: 'dispatcher', name: '信息指挥中心调度员', scope: DataScope.ORG_SUBTREE },
  { code: 'community_secretary', name: '社区书记', scope: DataScope.ORG_SUBTREE },
  { code: 'grid_leader', name: '格长', scope: DataScope.GRID },
  { code: 'grid_worker', name: '网格员', scope: DataScope.GRID },
  { code: 'judicial_officer', name: '司法所工作人员', scope: DataScope.ORG_SUBTREE },
  { code: 'community_police', name: '社区民警', scope: DataScope.ORG_SUBTREE },
  { code: 'assessor', name: '考核员', scope: DataScope.ORG_SUBTREE },
];

/** Inserts the built-in roles that are missing; never touches ones that exist (admins may have edited them). */
export async function ensureBuiltinRoles(em: EntityManager, registry: Registry): Promise<void> {
  const existing = new Set((await em.find(Role, { code: { $in: registry.builtinRoles.map((r) => r.code) } })).map((r) => r.code));
  for (const role of registry.builtinRoles.filter((r) => !existing.has(r.code))) em.create(Role, { ...role, builtIn: true } as never);
  await em.flush();
}
