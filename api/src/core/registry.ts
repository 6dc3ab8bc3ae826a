import type { EntityClass } from '@mikro-orm/core';
import { registerMessages } from './i18n';
import type { Relation } from './relations';
import { UNSCOPED, type BuiltinRoleDef, type DomainModule, type JobDef, type Masker, type Reference, type SubjectPolicy, type SubjectType } from './module';
import { DataScope, type RawRule } from './rules';

export interface BuiltinRole extends BuiltinRoleDef {
  rules: RawRule[];
}

/** What the application is made of, derived once from the list of modules. */
export interface Registry {
  modules: readonly DomainModule[];
  subjects: readonly SubjectType[];
  policies: Readonly<Record<SubjectType, SubjectPolicy>>;
  /** Maskable fields per subject, with their masked form. */
  maskable: Readonly<Record<string, Record<string, Masker>>>;
  /** Per subject: field → the masked field it would rebuild. */
  rebuilds: Readonly<Record<string, Record<string, string>>>;
  fieldRulesOf: Readonly<Record<string, { subject: SubjectType; fields: Record<string, string> }>>;
  builtinRoles: readonly BuiltinRole[];
  entities: EntityClass<unknown>[];

  resolvers: Function[];
  jobs: readonly JobDef[];
  references: readonly Reference[];
  /** Per GraphQL type, the fields answered by loaders, from every module that declares some. */
  relations: Readonly<Record<string, Readonly<Record<string, Relation>>>>;
  /** Root fields open without a sign-in, declared by their modules. */
  publicFields: ReadonlySet<string>;
}

function once<T>(seen: Set<T>, value: T, what: string): void {
  if (seen.has(value)) throw new Error(`${what} is declared twice`);
  seen.add(value);
}

/** Composes the modules; a subject, queue or grant that does not fit is an error at start, not a hole at run time. */
export function buildRegistry(modules: readonly DomainModule[]): Registry {
  const policies = {} as Record<SubjectType, SubjectPolicy>;
  const maskable: Record<string, Record<string, Masker>> = {};
  const rebuilds: Record<string, Record<string, string>> = {};
  const subjects = new Set<SubjectType>();
  const queues = new Set<string>();
  const names = new Set<string>();
  for (const m of modules) {
    once(names, m.name, `module ${m.name}`);
    for (const [subject, policy] of Object.entries(m.subjects ?? {}) as [SubjectType, SubjectPolicy][]) {
      once(subjects, subject, `subject ${subject}`);
      if (!policy.scope) throw new Error(`subject ${subject} of module ${m.name} has no scope`);
      if (policy.scope !== UNSCOPED) {
        // The type already demands every case; this catches a module the compiler did not see (a cast, plain JS).
        const missing = Object.values(DataScope).find((s) => s !== DataScope.ALL && typeof (policy.scope as Record<string, unknown>)[s] !== 'function');
        if (missing) throw new Error(`subject ${subject} of module ${m.name} has no ${missing} scope`);
      }
      policies[subject] = policy;
      if (policy.maskable) maskable[subject] = policy.maskable;
      if (policy.rebuilds) rebuilds[subject] = policy.rebuilds;
    }
    for (const job of m.jobs ?? []) once(queues, job.queue, `queue ${job.queue}`);
    if (m.messages) registerMessages(m.messages);
  }
  const roleDefs = modules.flatMap((m) => m.builtinRoles ?? []);
  const builtinRoles = roleDefs.map((def) => ({ ...def, rules: [] as RawRule[] }));
  for (const m of modules) {
    for (const [code, rules] of Object.entries(m.grants ?? {})) {
      const role = builtinRoles.find((r) => r.code === code);
      if (!role) throw new Error(`module ${m.name} grants rules to unknown built-in role ${code}`);
      for (const rule of rules) {
        const unknown = [rule.subject].flat().find((s) => s !== 'all' && !subjects.has(s as SubjectType));
        if (unknown) throw new Error(`module ${m.name} grants ${code} rules on unknown subject ${unknown}`);
      }
      role.rules.push(...rules);
    }
  }
  return {
    modules,
    subjects: [...subjects],
    policies,
    maskable,
    rebuilds,
    fieldRulesOf: Object.assign({}, ...modules.map((m) => m.fieldRulesOf ?? {})),
    builtinRoles,
    entities: modules.flatMap((m) => m.entities ?? []),
    resolvers: modules.flatMap((m) => m.resolvers ?? []),
    jobs: modules.flatMap((m) => m.jobs ?? []),
    references: modules.flatMap((m) => m.references ?? []),
    publicFields: new Set(modules.flatMap((m) => m.publicFields ?? [])),
    relations: relationsOf(modules),
  };
}

/** Each type's relations, merged over the modules that declare some of its fields; a field declared twice is an error. */
function relationsOf(modules: readonly DomainModule[]): Record<string, Record<string, Relation>> {
  const relations: Record<string, Record<string, Relation>> = {};
  const seen = new Set<string>();
  for (const m of modules)
    for (const [type, fields] of Object.entries(m.relations ?? {})) {
      for (const field of Object.keys(fields)) once(seen, `${type}.${field}`, `relation ${type}.${field}`);
      relations[type] = { ...relations[type], ...fields };
    }
  return relations;
}
