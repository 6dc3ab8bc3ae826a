import { Query, registerEnumType, Resolver } from 'type-graphql';
import { SUBJECTS, type SubjectType } from '../../core/ability';

/** SUBJECTS as a GraphQL enum whose values are the names rules use (`Org`, not `ORG`). */
const Subject = Object.fromEntries(SUBJECTS.map((name) => [name, name])) as { [K in SubjectType]: K };
registerEnumType(Subject, {
  name: 'Subject',
  description: 'A subject type that CASL rules name (`{ action, subject }` in `Role.rules` and `me.rules`); the string `all` stands for every one',
});

@Resolver()
export class SubjectResolver {
  @Query(() => [Subject], { description: 'Every subject type a role rule may name; any signed-in user may ask' })
  subjects(): SubjectType[] {
    return [...SUBJECTS];
  }
}
