import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from './context';
import type { Registry } from './registry';

/** `Type.field` of the fields answered by the record's property of the same name and nothing else. */
const plain = new Set<string>();

/** Whether `type.field` is answered by the record's property of the same name and nothing else (a projection reads it as a column). */
export const isPlainField = (type: string, field: string): boolean => plain.has(`${type}.${field}`);

type ResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];

/**
 * A field resolver method called straight, when all it takes is the record, the context and the info:
 * type-graphql's wrapper sorted its parameters, built a middleware chain and looked up the resolver
 * instance on every call, for every row (about an eighth of Q1's server CPU). A record that is not an
 * instance of the root parameter's type still goes through type-graphql (`wrapped`), which converts it.
 */
function direct(resolver: ResolverMetadata, wrapped: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> | null {
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const bare =
    resolver.kind === 'external' &&
    !resolver.middlewares?.length &&
    !resolver.roles?.length &&
    params.length <= 3 &&
    params.every((p) => p.kind === 'context' || p.kind === 'info' || (p.kind === 'root' && !p.propertyName));
  if (!bare) return null;
  const root = params.find((p) => p.kind === 'root');
  const rootType = root?.kind === 'root' ? (root.getType?.() as unknown) : undefined;
  if (rootType !== undefined && typeof rootType !== 'function') return null;
  // type-graphql's default container keeps one instance per resolver class, made with no arguments.
  const instance = new (resolver.target as new () => Record<string, (...values: unknown[]) => unknown>)();
  const method = instance[resolver.methodName]!;
  const [a, b, c] = params.map((p): ((root: unknown, ctx: Context, info: unknown) => unknown) => {
    if (p.kind === 'root') return (root) => root;
    if (p.kind === 'context') return p.propertyName ? (_root, ctx) => (ctx as unknown as Record<string, unknown>)[p.propertyName!] : (_root, ctx) => ctx;
    return (_root, _ctx, info) => info;
  });
  // Spelled out by arity: no array per call.
  const call: GraphQLFieldResolver<unknown, Context> = c
    ? (root, _args, ctx, info) => method.call(instance, a!(root, ctx, info), b!(root, ctx, info), c(root, ctx, info))
    : b
      ? (root, _args, ctx, info) => method.call(instance, a!(root, ctx, info), b(root, ctx, info))
      : a
        ? (root, _args, ctx, info) => method.call(instance, a(root, ctx, info))
        : () => method.call(instance);
  if (!rootType) return call;
  const type = rootType as new () => object;
  return (root, args, ctx, info) => (root == null || root instanceof type ? call(root, args, ctx, info) : wrapped(root, args, ctx, info));
}

/**
 * Takes type-graphql's per-call wrappers off the fields that need none, before any field gets a resolver of
 * ours (lists' items, guards): a plain field of an entity (the record's property of the same name, with no
 * resolver, middleware, role or argument) is left to the default resolver and noted as plain; a field resolver
 * taking only the record, the context and the info is called straight.
 */
export function leanResolvers(schema: GraphQLSchema, registry: Registry): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const resolvers = new Map(storage.fieldResolvers.map((r) => [`${typeName.get(r.getObjectType?.() ?? r.target) ?? '?'}.${r.schemaName}`, r]));
  for (const { target, name } of storage.objectTypes) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolver = resolvers.get(`${name}.${field.name}`);
      if (resolver) {
        if (field.resolve) field.resolve = direct(resolver, field.resolve) ?? field.resolve;
        continue;
      }
      // Declared on the class itself, else inherited (as type-graphql merges them).
      const meta =
        storage.fields.find((f) => f.target === target && f.schemaName === field.name) ??
        storage.fields.find((f) => target.prototype instanceof f.target && f.schemaName === field.name);
      if (!meta || meta.name !== field.name || meta.middlewares?.length || meta.roles?.length || meta.params?.length || field.args.length) continue;
      // Only an entity's properties are values as they are: another type's may be promises (a list's total),
      // which a default resolver compiled by graphql-jit (core/executor.ts) would not wait for.
      if (!registry.entities.includes(target)) continue;
      field.resolve = undefined;
      plain.add(`${name}.${field.name}`);
    }
  }
  return schema;
}
