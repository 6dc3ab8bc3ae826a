import type { EntityMetadata } from '@mikro-orm/core';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { isPlainField } from './field-resolvers';
import type { Registry } from './registry';
import { isColumn } from './rows';

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

/**
 * What the `fields` selected of GraphQL `type` (rows of `meta`) read: a plain field (core/field-resolvers.ts)
 * that is a column reads that column; a relation (`registry.relations`) reads its key; any other field may read anything (null).
 */
export function projectionOf(registry: Registry, meta: EntityMetadata, type: string, fields: SelectedFields): Projection {
  const props = new Set(['id']);
  const relations = registry.relations[type];
  for (const name of fields.keys()) {
    if (name === '__typename') continue;
    const relation = relations?.[name];
    if (relation) props.add(relation.key);
    else if (isPlainField(type, name) && isColumn(meta.properties[name as never])) props.add(name);
    else return null;
  }
  return interned(meta, [...props].sort());
}

/** Projections kept per entity, so that a list asked again in the same shape finds its column list worked out (core/rows.ts). */
const projections = new WeakMap<EntityMetadata, Map<string, readonly string[]>>();
/** Every shape a panel or an app asks is kept; a client inventing shapes finds new ones worked out each time. */
const PROJECTIONS_KEPT = 1000;

function interned(meta: EntityMetadata, props: readonly string[]): readonly string[] {
  let kept = projections.get(meta);
  if (!kept) projections.set(meta, (kept = new Map()));
  const key = props.join();
  const found = kept.get(key);
  if (found) return found;
  if (kept.size < PROJECTIONS_KEPT) kept.set(key, props);
  return props;
}
