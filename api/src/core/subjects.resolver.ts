import { Ctx, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from './context';
import type { SubjectType } from './module';

/** The subjects as a GraphQL enum whose values are the names rules use (`Org`, not `ORG`); filled from the registry before the schema is built. */
export const Subject: Record<string, string> = {};

/** Registers the `Subject` enum with the application's subjects; once per process, before `buildSchema`. */
export function exposeSubjects(subjects: readonly SubjectType[]): void {
  if (Object.keys(Subject).length) return;
  for (const s of subjects) Subject[s] = s;
  registerEnumType(Subject, {
    name: 'Subject',
    description: 'A subject type that CASL rules name (`{ action, subject }` in `Role.rules` and `me.rules`); the string `all` stands for every one',
  });
}

@Resolver()
export class SubjectResolver {
  @Query(() => [Subject], { description: 'Every subject type a role rule may name; any signed-in user may ask' })
  subjects(@Ctx() ctx: Context): readonly SubjectType[] {
    return ctx.registry.subjects;
  }
}
