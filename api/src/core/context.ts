import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { abilityFor, type Action, type Actor, type AppAbility, type SubjectType, accessibleWhere } from './ability';
import { fieldAccess, type FieldAccess } from './field-access';
import type { Lang } from './i18n';
import { createLoaders, type Loaders } from './loaders';

/** Everything one request carries; built per request, never shared. */
export type AuthSettings = Pick<Config, 'authSecret' | 'tokenTtlHours'>;

export interface Context {
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
}

export interface RequestInfo {
  actor: Actor | null;
  sessionId: string | null;
  lang: Lang;
  ip: string | null;
}

export function createContext(em: EntityManager, auth: AuthSettings, { actor, sessionId, lang, ip }: RequestInfo): Context {
  const ability = abilityFor(actor);
  const whereCache = new Map<string, Record<string, unknown> | null>();
  const fieldCache = new Map<string, FieldAccess>();
  const ctx: Context = {
    em,
    auth,
    actor,
    sessionId,
    ability,
    lang,
    ip,
    loaders: undefined as unknown as Loaders,
    where(action, subject) {
      const key = `${action}:${subject}`;
      if (!whereCache.has(key)) whereCache.set(key, accessibleWhere(ability, action, subject));
      // MikroORM mutates the conditions it is given: hand out a copy each time.
      const cond = whereCache.get(key)!;
      return cond && structuredClone(cond);
    },
    fieldAccess(subject, field) {
      const key = `${subject}.${field}`;
      if (!fieldCache.has(key)) fieldCache.set(key, fieldAccess(ability, subject, field));
      return fieldCache.get(key)!;
    },
  };
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
