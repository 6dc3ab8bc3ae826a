import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { maskFields, requireSignIn } from './core/guards';
import { AuditLogResolver } from './modules/audit/audit-log.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { DictionaryResolver } from './modules/dictionary/dictionary.resolver';
import { GridResolver } from './modules/grid/grid.resolver';
import { GridReportResolver } from './modules/grid-report/grid-report.resolver';
import { OrgResolver } from './modules/org/org.resolver';
import { SupervisedPersonResolver, SupervisionHistoryResolver } from './modules/person/person.resolver';
import { SupportGroupResolver } from './modules/person/support-group.resolver';
import { VisitResolver } from './modules/person/visit.resolver';
import { RoleResolver } from './modules/role/role.resolver';
import { SubjectResolver } from './modules/role/subject.resolver';
import { TaskHistoryResolver, TaskReminderResolver, TaskResolver } from './modules/task/task.resolver';
import { UserResolver } from './modules/user/user.resolver';

export const RESOLVERS = [AuthResolver, OrgResolver, GridResolver, UserResolver, RoleResolver, DictionaryResolver, AuditLogResolver, SupervisedPersonResolver, SupervisionHistoryResolver, SupportGroupResolver, VisitResolver, TaskResolver, TaskHistoryResolver, TaskReminderResolver, GridReportResolver, SubjectResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, so a second build would only repeat the work. */
export function schema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: true,
    // CONTRACT.md names the scalar DateTime (ISO-8601), not type-graphql's default DateTimeISO.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    globalMiddlewares: [requireSignIn, maskFields],
  }));
}

/** The SDL as committed in schema/schema.graphql: sorted, so that a diff shows only real changes. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schema()))}\n`;
}
