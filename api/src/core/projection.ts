import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { isObjectType, Kind, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Registry } from './registry';

/**
 * The properties of an entity a selection reads, sorted (the id always among them); null: every column.
 * A list reads only these (core/rows.ts), so a page of 50 grids does not parse, convert and keep the
 * dates, counters and texts nobody asked for.
 */
export type Projection = readonly string[] | null;

/** The fields a selection asks (through fragments too), each with the selections made below it. */
export type SelectedFields = Map<string, SelectionSetNode[]>;

export function selectedFields(sets: readonly (SelectionSetNode | undefined)[], fragments: Record<string, FragmentDefinitionNode>): SelectedFields {
  const fields: SelectedFields = new Map();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const below = fields.get(s.name.value) ?? [];
        if (s.selectionSet) below.push(s.selectionSet);
        fields.set(s.name.value, below);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(fragments[s.name.value]?.selectionSet);
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** `Type.field` of the fields answered by the record's property of the same name and nothing else (`plainFields`). */
const plain = new Set<string>();

/**
 * Leaves the fields type-graphql answers with the record's property of the same name, with no resolver,
 * middleware, role or argument of their own, to graphql-js's default resolver (type-graphql's wrapper cost a
 * closure and a middleware chain on every field of every row), and notes them: a projection reads those, and
 * only those, as columns. Runs on the schema as built, before any field gets a resolver of ours (lists' items, guards).
 */
export function plainFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const computed = new Set(storage.fieldResolvers.map((r) => `${typeName.get(r.getObjectType?.() ?? r.target) ?? '?'}.${r.schemaName}`));
  for (const { target, name } of storage.objectTypes) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      // Declared on the class itself, else inherited (as type-graphql merges them).
      const meta =
        storage.fields.find((f) => f.target === target && f.schemaName === field.name) ??
        storage.fields.find((f) => target.prototype instanceof f.target && f.schemaName === field.name);
      const bare = !!meta && meta.name === field.name && !meta.middlewares?.length && !meta.roles?.length && !meta.params?.length && !field.args.length;
      if (!bare || computed.has(`${name}.${field.name}`)) continue;
      field.resolve = undefined;
      plain.add(`${name}.${field.name}`);
    }
  }
  return schema;
}

const isColumn = (p: EntityProperty | undefined): boolean =>
  !!p &&
  p.persist !== false &&
  !p.hidden &&
  !!p.fieldNames?.length &&
  (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && !!p.owner));

/**
 * What the `fields` selected of GraphQL `type` (rows of `meta`) read: a plain field that is a column reads
 * that column; a relation (`registry.relations`) reads its key; any other field may read anything (null).
 */
export function projectionOf(registry: Registry, meta: EntityMetadata, type: string, fields: SelectedFields): Projection {
  const props = new Set(['id']);
  const relations = registry.relations[type];
  for (const name of fields.keys()) {
    if (name === '__typename') continue;
    const relation = relations?.[name];
    if (relation) props.add(relation.key);
    else if (plain.has(`${type}.${name}`) && isColumn(meta.properties[name as never])) props.add(name);
    else return null;
  }
  return [...props].sort();
}
