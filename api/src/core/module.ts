import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Context } from './context';
import type { Relation } from './relations';
import type { Actor, Conditions, DataScope, RawRule } from './rules';

/**
 * The subjects of the whole application, one key each; a module declares its own by augmenting this
 * interface (`declare module '../../core/module' { interface Subjects { Task: true } }`), so a
 * misspelt subject anywhere is a compile error.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Subjects {}
export type SubjectType = keyof Subjects & string;

/**
 * How a data scope narrows one subject: a condition for every scope but ALL (which reaches
 * everything). Every case is required, so a subject cannot be registered with a scope it forgot.
 */
export type ScopePolicy = { [S in Exclude<DataScope, DataScope.ALL>]: (actor: Actor, subtree: Conditions) => Conditions };

/** Subjects that are configuration rather than records in the org tree (roles, dictionaries): every scope reaches all of them. */
export const UNSCOPED = 'UNSCOPED' as const;

/** How a withheld field looks when a role may see its masked form; null: it has none and is hidden. */
export type Masker = ((value: unknown) => unknown) | null;

export interface SubjectPolicy {
  scope: ScopePolicy | typeof UNSCOPED;
  /** Columns and relation paths role conditions may test: those the CASL → SQL translation knows. */
  conditionFields: readonly string[];
  /** Fields a role may withhold (each nullable in GraphQL), with their masked form. */
  maskable?: Record<string, Masker>;
  /** Fields that give back what a mask hides, each naming the masked field (a birth date is 8 digits of the ID number). */
  rebuilds?: Record<string, string>;
}

/** A built-in role: the role module names them; every module grants them rules on its own subjects. */
export interface BuiltinRoleDef {
  code: string;
  name: string;
  scope: DataScope;
}

/** A column that points at an org, grid or user with ON DELETE RESTRICT: deleting the target is a CONFLICT naming `kind`. */
export interface Reference {
  table: string;
  column: string;
  target: 'Org' | 'Grid' | 'User';
  /** Message key naming the referring records, e.g. `ref.task` → 事件/任务. */
  kind: string;
}

/** A background job: a pg-boss queue, optionally on a cron schedule (Beijing time). */
export interface JobDef {
  queue: string;
  cron?: string;
  run(orm: MikroORM, data: Record<string, unknown>, log: (message: string) => void): Promise<void>;
}

/** A grid moving to another org, inside the move's transaction. */
export interface GridMove {
  gridId: string;
  fromOrgId: string;
  toOrgId: string;
}

export interface Catalog {
  zh: Record<string, string>;
  en: Record<string, string>;
}

/** Everything a domain module brings to the application; `api/src/modules/index.ts` lists them. */
export interface DomainModule {
  name: string;
  entities?: EntityClass<unknown>[];

  resolvers?: Function[];
  subjects?: Partial<Record<SubjectType, SubjectPolicy>>;
  /** GraphQL types whose maskable fields follow another subject's field rules (a support-group contact's phone is shown as the person's phone is). */
  fieldRulesOf?: Record<string, { subject: SubjectType; fields: Record<string, string> }>;
  builtinRoles?: readonly BuiltinRoleDef[];
  /** Rules this module gives the built-in roles, by role code, within each role's data scope. */
  grants?: Record<string, RawRule[]>;
  /** Per-request DataLoaders, merged into `ctx.loaders` (declare their types by augmenting `Loaders` in core/loaders). */
  loaders?: (ctx: Context) => object;
  /** Per GraphQL type, its fields answered by a loader (resolved with `related`; a list reads the selected ones in its own statement). */
  relations?: Record<string, Record<string, Relation>>;
  jobs?: readonly JobDef[];
  /** Demo data, run in module order after the foundation (orgs, grids, accounts). */
  demoSeed?: (em: EntityManager) => Promise<void>;
  references?: readonly Reference[];
  /**
   * Rows that store a grid's org next to the grid (so subtree scopes are one range scan) follow the
   * grid when it moves to another org; returns how many moved, by kind, for the move's audit entry.
   */
  moveWithGrid?: (em: EntityManager, move: GridMove) => Promise<Record<string, number>>;
  messages?: Catalog;
  /** Root fields anyone may call without signing in (a resident answering a survey); each must guard itself. */
  publicFields?: readonly string[];
}

/** Identity, for type checking where a module is declared. */
export function defineModule<M extends DomainModule>(module: M): M {
  return module;
}
