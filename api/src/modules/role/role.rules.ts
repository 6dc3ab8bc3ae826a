import { createMongoAbility } from '@casl/ability';
import { fieldAccess } from '../../core/field-access';
import { UNSCOPED, type SubjectType } from '../../core/module';
import type { Registry } from '../../core/registry';
import { ACTIONS, DataScope, SCOPE_WIDTH, type Actor, type RawRule } from '../../core/rules';

const RANK = { full: 2, masked: 1, hidden: 0 } as const;
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ALLOWED_KEYS = new Set(['action', 'subject', 'conditions', 'fields', 'inverted', 'reason']);

/** Operators both CASL (in memory) and MikroORM (in SQL) understand the same way. */
const OPERATORS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte']);
const LOGICAL = new Set(['$and', '$or', '$not']);

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The first thing in `cond` that is not a field of `subjects` compared with a known operator to plain values. */
function conditionProblem(registry: Registry, cond: unknown, subjects: SubjectType[]): string | null {
  if (!isPlainObject(cond)) return 'must be an object';
  for (const [key, value] of Object.entries(cond)) {
    if (LOGICAL.has(key)) {
      const parts = key === '$not' ? [value] : value;
      if (!Array.isArray(parts)) return `${key} takes a list`;
      for (const part of parts) {
        const problem = conditionProblem(registry, part, subjects);
        if (problem) return problem;
      }
      continue;
    }
    const unknownIn = subjects.find((s) => !registry.policies[s].conditionFields.includes(key));
    if (unknownIn) return `${key} is not a field of ${unknownIn} that rules may test`;
    if (isScalar(value)) continue;
    if (!isPlainObject(value)) return `${key}: compare with a value or an operator object`;
    for (const [op, operand] of Object.entries(value)) {
      if (!OPERATORS.has(op)) return `${key}: unknown operator ${op}`;
      const ok = op === '$in' || op === '$nin' ? Array.isArray(operand) && operand.every(isScalar) : isScalar(operand);
      if (!ok) return `${key}: ${op} takes ${op.endsWith('in') ? 'a list of values' : 'a value'}`;
    }
  }
  return null;
}

/** Checks that `value` is a list of CASL rules over our actions, subjects and restrictable fields; returns the first problem. */
export function ruleProblem(registry: Registry, value: unknown): string | null {
  const { subjects: SUBJECTS } = registry;
  if (!Array.isArray(value)) return 'must be an array';
  for (const [i, rule] of value.entries()) {
    const at = `[${i}]`;
    if (!isPlainObject(rule)) return `${at} must be an object`;
    const extra = Object.keys(rule).find((k) => !ALLOWED_KEYS.has(k));
    if (extra) return `${at}.${extra} is not a rule property`;
    const actions = asList(rule.action as string | string[]);
    const subjects = asList(rule.subject as string | string[]);
    if (!actions.length || actions.some((a) => !(ACTIONS as readonly string[]).includes(a))) return `${at}.action must be one of ${ACTIONS.join(', ')}`;
    if (!subjects.length || subjects.some((s) => s !== 'all' && !(SUBJECTS as readonly string[]).includes(s)))
      return `${at}.subject must be all or one of ${SUBJECTS.join(', ')}`;
    if (rule.inverted !== undefined && typeof rule.inverted !== 'boolean') return `${at}.inverted must be a boolean`;
    if (rule.conditions !== undefined) {
      const problem = conditionProblem(registry, rule.conditions, subjects.includes('all') ? [...SUBJECTS] : (subjects as SubjectType[]));
      if (problem) return `${at}.conditions: ${problem}`;
    }
    const fields = asList(rule.fields as string | string[]);
    // Field access is decided per type, not per row (core/field-access): a field rule for some rows would apply to all.
    if (fields.length && rule.conditions !== undefined) return `${at}: a rule naming fields cannot have conditions`;
    for (const field of fields) {
      const known = subjects.some((s) => s !== 'all' && field in (registry.maskable[s] ?? {}));
      if (typeof field !== 'string' || !known) return `${at}.fields: ${String(field)} is not a restrictable field of ${subjects.join('/')}`;
    }
  }
  return null;
}

function expand(registry: Registry, rule: RawRule) {
  const subjects = asList(rule.subject).flatMap((s) => (s === 'all' ? [...registry.subjects] : [s as SubjectType]));
  return { actions: asList(rule.action), subjects };
}

/**
 * Why granting `scope` with `rules` would give more than `actor` holds, or null if it would not.
 * Each granted action and subject must be held by one of the actor's roles with the same or no
 * conditions and a scope at least as wide; fields the actor cannot read may not be granted.
 */
export function widerThan(registry: Registry, actor: Actor, scope: DataScope, rules: RawRule[]): string | null {
  const own = createMongoAbility(actor.roles.flatMap((r) => r.rules) as never);
  const granted = createMongoAbility(rules as never);
  for (const rule of rules.filter((r) => !r.inverted)) {
    const { actions, subjects } = expand(registry, rule);
    for (const action of actions) {
      for (const subject of subjects) {
        const scoped = registry.policies[subject].scope !== UNSCOPED;
        const holds = actor.roles.some(
          (role) =>
            (!scoped || SCOPE_WIDTH[role.scope] >= SCOPE_WIDTH[scope]) &&
            role.rules.some((mine) => {
              if (mine.inverted) return false;
              const m = expand(registry, mine);
              const sameConditions = !mine.conditions || JSON.stringify(mine.conditions) === JSON.stringify(rule.conditions);
              return (m.actions.includes(action) || m.actions.includes('manage')) && m.subjects.includes(subject) && sameConditions;
            }),
        );
        if (!holds) return `${action} ${subject} (${scope})`;
      }
    }
  }
  for (const [subject, fields] of Object.entries(registry.maskable)) {
    for (const field of Object.keys(fields)) {
      if (RANK[fieldAccess(registry, granted, subject, field)] > RANK[fieldAccess(registry, own, subject, field)]) return `read ${subject}.${field}`;
    }
  }
  return null;
}
