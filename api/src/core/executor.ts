import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations kept per document (Apollo keeps each parsed document, so a repeated query finds its own). */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

/**
 * graphql-jit's errors are of its own class, whose message cannot be reassigned (Apollo's plugins and ours
 * rewrite messages): each becomes graphql-js's own, with the same message, path, cause and extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (converted as { locations?: unknown }).locations = error.locations;
  return converted;
}

/**
 * The variable `value` of input type `type` with every input object's left-out fields that have a default
 * filled in with it (as a client would spell it): graphql-jit 0.8.9 refuses a left-out non-null field even when
 * it has a default (`direction: SortDirection! = ASC`), where graphql-js takes the default.
 */
function withDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  if (isNonNullType(type)) return withDefaults(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((v) => withDefaults(type.ofType, v)) : withDefaults(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object') return value;
  const filled: Record<string, unknown> = { ...value };
  for (const field of Object.values(type.getFields())) {
    if (field.name in filled) filled[field.name] = withDefaults(field.type, filled[field.name]);
    else if (field.defaultValue !== undefined) filled[field.name] = valueFromASTUntyped(astFromValue(field.defaultValue, field.type)!);
  }
  return filled;
}

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult {
  let byName = compiled.get(document);
  if (!byName) compiled.set(document, (byName = new Map()));
  const key = operationName ?? '';
  let query = byName.get(key);
  if (!query) byName.set(key, (query = compileQuery(schema, document, operationName)));
  return query;
}

/**
 * Apollo's hook for another executor (its gateway interface): operations are compiled once by graphql-jit
 * into plain functions, instead of graphql-js walking the document for every field of every row.
 */
export function jitExecutor(schema: GraphQLSchema): GatewayInterface {
  const executor: GatewayExecutor = async ({ document, operation, request, context, operationName }) => {
    // Variables are checked as graphql-js checks them, so that Apollo knows a bad one for the client's fault (400, BAD_USER_INPUT).
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const query = compiledFor(schema, document, operationName ?? request.operationName ?? undefined);
    if (!isCompiledQuery(query)) return { errors: query.errors?.map(asGraphQLError) };
    const given = request.variables ?? {};
    const filled = Object.fromEntries(
      (operation.variableDefinitions ?? [])
        .filter((d) => d.variable.name.value in given)
        .map((d) => [d.variable.name.value, withDefaults(typeFromAST(schema, d.type) as GraphQLInputType, given[d.variable.name.value])]),
    );
    const result = await query.query(undefined, context, filled);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
