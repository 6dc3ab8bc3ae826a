import { buildMongoQueryMatcher, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { $and, $or, and, or } from '@ucast/mongo2js';
import { DataScope, type RawRule } from '../modules/role/role.entity';

export const SUBJECTS = ['Org', 'Grid', 'User', 'Role', 'Dictionary', 'AuditLog', 'SupervisedPerson', 'Visit', 'SupervisionStats', 'Task', 'GridReport', 'DeadlinePolicy'] as const;
export type SubjectType = (typeof SUBJECTS)[number];
/** `dispatch`, `handle` and `verify` are the task workflow's capabilities (see task.workflow.ts). */
export const ACTIONS = ['manage', 'read', 'read_masked', 'create', 'update', 'delete', 'dispatch', 'handle', 'verify'] as const;
export type Action = (typeof ACTIONS)[number];

export type AppAbility = MongoAbility<[string, string | object]>;

/** What the ability needs to know of the signed-in user; loaded once per request. */
export interface Actor {
  id: string;
  username: string;
  orgId: string;
  orgPath: string;
  /** Own org, or for a department the administrative org it serves: where ORG and ORG_SUBTREE scopes are anchored. */
  scopeRootId: string;
  scopeRootPath: string;
  gridIds: string[];
  gridOrgIds: string[];
  roles: { id: string; code: string; scope: DataScope; rules: RawRule[] }[];
  mustChangePassword: boolean;
}

type Conditions = Record<string, unknown>;

/** "path starts with prefix" as a range both CASL and SQL understand; `0` is the character after `/`. */
export function subtreeRange(path: string): Conditions {
  return { $gte: path, $lt: `${path.slice(0, -1)}0` };
}

/** The records a data scope reaches, per subject; undefined means no restriction. */
export function scopeConditions(subject: SubjectType, scope: DataScope, actor: Actor): Conditions | undefined {
  if (scope === DataScope.ALL) return undefined;
  const subtree = subtreeRange(actor.scopeRootPath);
  switch (subject) {
    case 'Org':
      return {
        [DataScope.ORG_SUBTREE]: { path: subtree },
        [DataScope.ORG]: { id: actor.scopeRootId },
        [DataScope.GRID]: { id: { $in: actor.gridOrgIds } },
        [DataScope.SELF]: { id: actor.orgId },
      }[scope];
    case 'Grid':
      return {
        [DataScope.ORG_SUBTREE]: { 'org.path': subtree },
        [DataScope.ORG]: { 'org.id': actor.scopeRootId },
        [DataScope.GRID]: { id: { $in: actor.gridIds } },
        [DataScope.SELF]: { id: { $in: actor.gridIds } },
      }[scope];
    case 'User':
      return {
        [DataScope.ORG_SUBTREE]: { 'org.path': subtree },
        [DataScope.ORG]: { 'org.id': actor.scopeRootId },
        [DataScope.GRID]: { 'grids.id': { $in: actor.gridIds } },
        [DataScope.SELF]: { id: actor.id },
      }[scope];
    case 'AuditLog':
      return {
        [DataScope.ORG_SUBTREE]: { orgPath: subtree },
        [DataScope.ORG]: { orgPath: actor.scopeRootPath },
        [DataScope.GRID]: { 'user.id': actor.id },
        [DataScope.SELF]: { 'user.id': actor.id },
      }[scope];
    // Counts of people reach the same rows as the people themselves; a role may hold one without the other.
    case 'SupervisedPerson':
    case 'SupervisionStats':
      return {
        [DataScope.ORG_SUBTREE]: { 'org.path': subtree },
        [DataScope.ORG]: { 'org.id': actor.scopeRootId },
        [DataScope.GRID]: { 'grid.id': { $in: actor.gridIds } },
        [DataScope.SELF]: { 'responsible.id': actor.id },
      }[scope];
    case 'Visit':
      return {
        [DataScope.ORG_SUBTREE]: { 'person.org.path': subtree },
        [DataScope.ORG]: { 'person.org.id': actor.scopeRootId },
        [DataScope.GRID]: { 'person.grid.id': { $in: actor.gridIds } },
        [DataScope.SELF]: { 'recordedBy.id': actor.id },
      }[scope];
    // A task is reached where it arose and where it is being handled (a department serves the whole township).
    case 'Task':
      return {
        [DataScope.ORG_SUBTREE]: { $or: [{ 'org.path': subtree }, { 'handlerOrg.path': subtree }] },
        [DataScope.ORG]: { $or: [{ 'org.id': actor.scopeRootId }, { 'handlerOrg.id': actor.orgId }] },
        [DataScope.GRID]: { 'grid.id': { $in: actor.gridIds } },
        [DataScope.SELF]: { $or: [{ 'reporter.id': actor.id }, { 'handlerUser.id': actor.id }] },
      }[scope];
    case 'GridReport':
      return {
        [DataScope.ORG_SUBTREE]: { 'org.path': subtree },
        [DataScope.ORG]: { 'org.id': actor.scopeRootId },
        [DataScope.GRID]: { 'grid.id': { $in: actor.gridIds } },
        [DataScope.SELF]: { 'reporter.id': actor.id },
      }[scope];
    case 'Role':
    case 'Dictionary':
    case 'DeadlinePolicy':
      return undefined;
  }
}

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/**
 * A role's stored rules made concrete for one user: `all` is spelled out per subject and every
 * granting rule is narrowed to the role's data scope. Denials stay unscoped: they deny everywhere.
 */
export function rulesFor(actor: Actor): RawRuleOf<AppAbility>[] {
  const out: RawRuleOf<AppAbility>[] = [];
  for (const role of actor.roles) {
    for (const rule of role.rules) {
      for (const s of asList(rule.subject)) {
        for (const subject of s === 'all' ? SUBJECTS : [s as SubjectType]) {
          const scoped = rule.inverted ? undefined : scopeConditions(subject, role.scope, actor);
          const conditions =
            scoped && rule.conditions ? { $and: [scoped, rule.conditions] } : (scoped ?? rule.conditions);
          out.push({
            action: rule.action,
            subject,
            ...(conditions ? { conditions } : {}),
            ...(rule.fields ? { fields: rule.fields } : {}),
            ...(rule.inverted ? { inverted: true } : {}),
          });
        }
      }
    }
  }
  return out;
}

/**
 * CASL's default matcher knows no `$and`/`$or` and silently fails a rule using them, yet every
 * scoped rule with conditions above is an `$and` (and Task scopes are `$or`s): teach it both, CASL's
 * documented way (buildMongoQueryMatcher with @ucast/mongo2js's instructions, a dependency of CASL).
 */
const conditionsMatcher = buildMongoQueryMatcher({ $and, $or }, { and, or });

export function abilityFor(actor: Actor | null): AppAbility {
  return createMongoAbility<AppAbility>(actor ? rulesFor(actor) : [], { conditionsMatcher });
}

/** `{ 'org.path': x }` → `{ org: { path: x } }`, through $and/$or/$not, for MikroORM. */
export function expandDotted(cond: unknown): unknown {
  if (Array.isArray(cond)) return cond.map(expandDotted);
  if (cond === null || typeof cond !== 'object' || cond instanceof Date) return cond;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cond)) {
    const expanded = key.startsWith('$') ? expandDotted(value) : value;
    if (key.startsWith('$') || !key.includes('.')) {
      out[key] = expanded;
      continue;
    }
    const [head, ...rest] = key.split('.');
    const nested = (out[head] ??= {}) as Record<string, unknown>;
    Object.assign(nested, expandDotted({ [rest.join('.')]: value }) as object);
  }
  return out;
}

/**
 * The SQL condition under which `action` on `subject` is allowed, for MikroORM's `where`,
 * or null when no row can be. Follows CASL's precedence: later rules win, denials cut out.
 */
export function accessibleWhere(ability: AppAbility, action: Action, subject: SubjectType): Conditions | null {
  const anyOf: unknown[] = [];
  const noneOf: unknown[] = [];
  let unrestricted = false;
  for (const rule of ability.rulesFor(action, subject)) {
    if (rule.inverted) {
      if (!rule.conditions) break;
      noneOf.push({ $not: rule.conditions });
    } else if (!rule.conditions) {
      unrestricted = true;
      break;
    } else anyOf.push(rule.conditions);
  }
  if (!unrestricted && anyOf.length === 0) return null;
  const parts = [...noneOf, ...(unrestricted ? [] : [anyOf.length === 1 ? anyOf[0] : { $or: anyOf }])];
  return expandDotted(parts.length === 1 ? parts[0] : { $and: parts }) as Conditions;
}
