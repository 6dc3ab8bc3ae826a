import type { EntityManager } from '@mikro-orm/postgresql';
import { abilityFor, accessibleWhere, type AppAbility } from './ability';
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
  /** SQL condition for `action` on `subject` in this caller's scope; null when nothing is reachable. */
  where(action: Action, subject: SubjectType): Record<string, unknown> | null;
  fieldAccess(subject: string, field: string): FieldAccess;
  /** After a sign-in within this request: the rest of the response is resolved as the new user. */
  become(actor: Actor, sessionId: string): void;
}

export interface RequestInfo {
  actor: Actor | null;
  sessionId: string | null;
  lang: Lang;
  ip: string | null;
}

export function createContext(registry: Registry, em: EntityManager, auth: AuthSettings, { actor, sessionId, lang, ip }: RequestInfo): Context {
  let whereCache = new Map<string, Record<string, unknown> | null>();
  let fieldCache = new Map<string, FieldAccess>();
  // Apollo hands resolvers a shallow copy of the context: who is signed in lives behind accessors on
  // the prototype, so a sign-in (`become`) reaches every copy.
  const caller = { actor, sessionId, ability: abilityFor(registry, actor), loaders: undefined as unknown as Loaders };
  const signedIn = {
    get actor() {
      return caller.actor;
    },
    get sessionId() {
      return caller.sessionId;
    },
    get ability() {
      return caller.ability;
    },
    get loaders() {
      return caller.loaders;
    },
  };
  const ctx: Context = Object.assign(Object.create(signedIn) as typeof signedIn, {
    registry,
    em,
    auth,
    lang,
    ip,
    where(action: Action, subject: SubjectType) {
      const key = `${action}:${subject}`;
      if (!whereCache.has(key)) whereCache.set(key, accessibleWhere(ctx.ability, action, subject));
      // MikroORM mutates the conditions it is given: hand out a copy each time.
      const cond = whereCache.get(key)!;
      return cond && structuredClone(cond);
    },
    fieldAccess(subject: string, field: string) {
      const key = `${subject}.${field}`;
      if (!fieldCache.has(key)) fieldCache.set(key, fieldAccess(registry, ctx.ability, subject, field));
      return fieldCache.get(key)!;
    },
    become(next: Actor, nextSession: string) {
      caller.actor = next;
      caller.sessionId = nextSession;
      caller.ability = abilityFor(registry, next);
      caller.loaders = createLoaders(ctx);
      whereCache = new Map();
      fieldCache = new Map();
    },
  });
  caller.loaders = createLoaders(ctx);
  return ctx;
}
