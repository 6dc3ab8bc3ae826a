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

/**
 * Makes the stored built-in roles what the modules say: missing ones are inserted, existing ones get
 * their name, scope and rules rewritten (a database from an older release gets today's masking).
 * Built-in roles are code, not editable; admins add their own roles.
 */
export async function ensureBuiltinRoles(em: EntityManager, registry: Registry): Promise<void> {
  const existing = new Map((await em.find(Role, { code: { $in: registry.builtinRoles.map((r) => r.code) } })).map((r) => [r.code, r]));
  for (const role of registry.builtinRoles) {
    const stored = existing.get(role.code);
    const defined = { name: role.name, scope: role.scope, rules: structuredClone(role.rules), builtIn: true };
    if (!stored) em.create(Role, { code: role.code, ...defined } as never);
    else if (
      JSON.stringify({ n: stored.name, s: stored.scope, r: stored.rules, b: stored.builtIn }) !==
      JSON.stringify({ n: defined.name, s: defined.scope, r: defined.rules, b: true })
    )
      em.assign(stored, defined);
  }
  await em.flush();
}
