import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { leanResolvers } from './core/field-resolvers';
import { guardSchema } from './core/guards';
import { resolveListItems } from './core/pagination';
import { exposeSubjects, SubjectResolver } from './core/subjects.resolver';
import { registry } from './modules';

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, so a second build would only repeat the work. */
export function schema(): Promise<GraphQLSchema> {
  exposeSubjects(registry.subjects);
  return (built ??= buildSchema({
    resolvers: [SubjectResolver, ...registry.resolvers],
    validate: true,
    // CONTRACT.md names the scalar DateTime (ISO-8601), not type-graphql's default DateTimeISO.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  }).then((generated) => guardSchema(resolveListItems(leanResolvers(generated, registry)), registry)));
}

/** The SDL as committed in schema/schema.graphql: sorted, so that a diff shows only real changes. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schema()))}\n`;
}
