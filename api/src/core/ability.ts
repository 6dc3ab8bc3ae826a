import { buildMongoQueryMatcher, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { $and, $or, and, or } from '@ucast/mongo2js';
import type { SubjectType } from './module';
import type { Registry } from './registry';
import { DataScope, subtreeRange, type Action, type Actor, type Conditions } from './rules';

export type AppAbility = MongoAbility<[string, string | object]>;

/** The records a data scope reaches for one subject; undefined means no restriction. */
export function scopeConditions(registry: Registry, subject: SubjectType, scope: DataScope, actor: Actor): Conditions | undefined {
  const policy = registry.policies[subject];
  if (scope === DataScope.ALL || policy.scope === 'UNSCOPED') return undefined;
  return policy.scope[scope](actor, subtreeRange(actor.scopeRootPath));
}

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/**
 * A role's stored rules made concrete for one user: `all` is spelled out per subject and every
 * granting rule is narrowed to the role's data scope. Denials stay unscoped: they deny everywhere.
 */
export function rulesFor(registry: Registry, actor: Actor): RawRuleOf<AppAbility>[] {
  const out: RawRuleOf<AppAbility>[] = [];
  for (const role of actor.roles) {
    for (const rule of role.rules) {
      for (const s of asList(rule.subject)) {
        for (const subject of s === 'all' ? registry.subjects : [s as SubjectType]) {
          const scoped = rule.inverted ? undefined : scopeConditions(registry, subject, role.scope, actor);
          const conditions = scoped && rule.conditions ? { $and: [scoped, rule.conditions] } : (scoped ?? rule.conditions);
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

export function abilityFor(registry: Registry, actor: Actor | null): AppAbility {
  return createMongoAbility<AppAbility>(actor ? rulesFor(registry, actor) : [], { conditionsMatcher });
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
