import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { abilityFor, accessibleWhere, type AppAbility } from './ability';
import { fieldAccess, type FieldAccess } from './field-access';
import type { Lang } from './i18n';
import type { RateLimiter } from './rate-limit';
import { createLoaders, type Loaders } from './loaders';
import type { SubjectType } from './module';
import type { Registry } from './registry';
import type { Action, Actor } from './rules';

export type AuthSettings = Pick<Config, 'authSecret' | 'tokenTtlHours'> & { loginLimiter: RateLimiter };

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
  const ctx: Context = {
    registry,
    em,
    auth,
    actor,
    sessionId,
    lang,
    ip,
    ability: abilityFor(registry, actor),
    loaders: undefined as unknown as Loaders,
    where(action, subject) {
      const key = `${action}:${subject}`;
      if (!whereCache.has(key)) whereCache.set(key, accessibleWhere(ctx.ability, action, subject));
      // MikroORM mutates the conditions it is given: hand out a copy each time.
      const cond = whereCache.get(key)!;
      return cond && structuredClone(cond);
    },
    fieldAccess(subject, field) {
      const key = `${subject}.${field}`;
      if (!fieldCache.has(key)) fieldCache.set(key, fieldAccess(registry, ctx.ability, subject, field));
      return fieldCache.get(key)!;
    },
    become(next, nextSession) {
      ctx.actor = next;
      ctx.sessionId = nextSession;
      ctx.ability = abilityFor(registry, next);
      ctx.loaders = createLoaders(ctx);
      whereCache = new Map();
      fieldCache = new Map();
    },
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
