import type { EntityManager } from '@mikro-orm/postgresql';
import { abilityFor, accessibleWhere, type AppAbility } from './ability';
import { scopedSelect } from './access';
import type { Statement } from './rows';
import { fieldAccess, type FieldAccess } from './field-access';
import type { Lang } from './i18n';
import { createLoaders, type Loaders } from './loaders';
import type { SubjectType } from './module';
import type { Registry } from './registry';
import type { Action, Actor } from './rules';

/** How sign-ins are signed and limited; the auth module adds its limits by augmenting this interface. */
export interface AuthSettings {
  authSecret: string;
  tokenTtlHours: number;
}

/** Everything one request carries; built per request, never shared. */
export interface Context {
  registry: Registry;
  em: EntityManager;
  auth: AuthSettings;
  actor: Actor | null;
  sessionId: string | null;
  ability: AppAbility;
  loaders: Loaders;
  lang: Lang;
  ip: string | null;
  /** The signed-in account's row as read with the session by this request (fresh); null when anonymous or after `become`. */
  account: Record<string, unknown> | null;
  /** SQL condition for `action` on `subject` in this caller's scope; null when nothing is reachable. */
  where(action: Action, subject: SubjectType): Record<string, unknown> | null;
  /** The ids of `entity` this caller may read, as a SQL subquery (see Caller.readable). */
  readable(subject: SubjectType, entity: new () => object): ReadableIds;
  /** A statement of this caller's, rendered once under `key` (see Caller.statement). */
  statement(key: string, render: () => Statement): Statement;
  fieldAccess(subject: string, field: string): FieldAccess;
  /** After a sign-in within this request: the rest of the response is resolved as the new user. */
  become(actor: Actor, sessionId: string): void;
}

export interface RequestInfo {
  /** Who is signed in, built once per session identity (see `callerFor`); null for anonymous requests. */
  caller: Caller | null;
  account?: Record<string, unknown> | null;
  sessionId: string | null;
  lang: Lang;
  ip: string | null;
}

/**
 * What a request derives from its caller alone: the actor, the compiled ability and the SQL conditions
 * and field access it yields. Immutable once built, so one instance serves every request of a session
 * until its identity changes.
 */
export interface Caller {
  actor: Actor | null;
  ability: AppAbility;
  where(action: Action, subject: SubjectType): Record<string, unknown> | null;
  /** The ids of `entity` the caller may read, as SQL rendered once per caller (loaders add it to their own statement). */
  readable(em: EntityManager, subject: SubjectType, entity: new () => object): ReadableIds;
  /**
   * The statement `render` gives, rendered once per caller and `key` (which must name everything it is built
   * from besides the caller's scope), and kept with the caller: the last STATEMENTS_KEPT keys, each at most
   * STATEMENT_KEPT_MAX_CHARS long.
   */
  statement(key: string, render: () => Statement): Statement;
  fieldAccess(subject: string, field: string): FieldAccess;
}

/**
 * Few per caller, and small: a session cache of thousands of callers holds them all. A statement whose key
 * and SQL are longer together (a filter listing hundreds of ids) is rendered each time it is asked for.
 */
const STATEMENTS_KEPT = 8;
export const STATEMENT_KEPT_MAX_CHARS = 4000;

/** A subquery of readable ids (`sql` empty when every row is), or null when none is. */
export type ReadableIds = Statement | null;

export function callerFor(registry: Registry, actor: Actor | null): Caller {
  const ability = abilityFor(registry, actor);
  const whereCache = new Map<string, Record<string, unknown> | null>();
  const readableCache = new Map<string, ReadableIds>();
  const fieldCache = new Map<string, FieldAccess>();
  const statements = new Map<string, Statement>();
  const caller: Caller = {
    actor,
    ability,
    where(action, subject) {
      const key = `${action}:${subject}`;
      if (!whereCache.has(key)) whereCache.set(key, accessibleWhere(ability, action, subject));
      // MikroORM mutates the conditions it is given: hand out a copy each time.
      const cond = whereCache.get(key)!;
      return cond && copied(cond);
    },
    readable(em, subject, entity) {
      const key = `${subject}:${entity.name}`;
      if (!readableCache.has(key)) {
        const scope = caller.where('read', subject);
        readableCache.set(key, scope && (Object.keys(scope).length ? scopedSelect(em, entity, scope, []) : { sql: '', params: [] }));
      }
      return readableCache.get(key)!;
    },
    statement(key, render) {
      let kept = statements.get(key);
      if (kept) {
        statements.delete(key);
      } else {
        kept = render();
        if (key.length + kept.sql.length > STATEMENT_KEPT_MAX_CHARS) return kept;
        if (statements.size >= STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
      }
      statements.set(key, kept);
      return kept;
    },
    fieldAccess(subject, field) {
      const key = `${subject}.${field}`;
      if (!fieldCache.has(key)) fieldCache.set(key, fieldAccess(registry, ability, subject, field));
      return fieldCache.get(key)!;
    },
  };
  return caller;
}

/** A copy of scope conditions (plain objects and arrays; other values shared): a sixth of structuredClone's cost. */
function copied<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copied) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copied((value as Record<string, unknown>)[key]);
  return copy as T;
}

const anonymousCallers = new WeakMap<Registry, Caller>();
const anonymous = (registry: Registry) => anonymousCallers.get(registry) ?? anonymousCallers.set(registry, callerFor(registry, null)).get(registry)!;

export function createContext(
  registry: Registry,
  em: EntityManager,
  auth: AuthSettings,
  { caller, account = null, sessionId, lang, ip }: RequestInfo,
): Context {
  // Apollo hands resolvers a shallow copy of the context: who is signed in lives behind accessors on
  // the prototype, so a sign-in (`become`) reaches every copy.
  const current = {
    caller: caller ?? anonymous(registry),
    account: caller ? account : null,
    sessionId: caller ? sessionId : null,
    loaders: undefined as unknown as Loaders,
  };
  const signedIn = {
    get actor() {
      return current.caller.actor;
    },
    get sessionId() {
      return current.sessionId;
    },
    get account() {
      return current.account;
    },
    get ability() {
      return current.caller.ability;
    },
    get loaders() {
      return current.loaders;
    },
  };
  const ctx: Context = Object.assign(Object.create(signedIn) as typeof signedIn, {
    registry,
    em,
    auth,
    lang,
    ip,
    where: (action: Action, subject: SubjectType) => current.caller.where(action, subject),
    readable: (subject: SubjectType, entity: new () => object) => current.caller.readable(em, subject, entity),
    statement: (key: string, render: () => Statement) => current.caller.statement(key, render),
    fieldAccess: (subject: string, field: string) => current.caller.fieldAccess(subject, field),
    become(next: Actor, nextSession: string) {
      current.caller = callerFor(registry, next);
      current.account = null;
      current.sessionId = nextSession;
      current.loaders = createLoaders(ctx);
    },
  });
  current.loaders = createLoaders(ctx);
  return ctx;
}
