import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { FieldErrors } from './errors';

/**
 * The limits every argument of every operation obeys, checked in one place (the schema's field
 * guards, core/guards.ts) before any resolver runs: the README's "Input limits" lists them.
 */
export const INPUT_LIMITS = {
  /** Any text in a query's arguments: search text (`q`), codes, months. */
  queryText: 100,
  /** Any text in a mutation's arguments; each field's own, smaller limit is its service's to check. */
  mutationText: 10_000,
  /** Items in any list argument (ids, statuses, sorts, role ids …). */
  listItems: 500,
  /** Days a range may span when both ends are given (`from`/`to`, `createdFrom`/`createdTo` …), both days counted. */
  rangeDays: 366,
  /** Every Date and DateTime argument lies in these years (both included). */
  years: [1900, 2099] as const,
  /** Nesting of a JSON value (role rules are three deep). */
  jsonDepth: 10,
};

interface FieldLimits {
  /** Longer text than the operation's default, e.g. a base64 file. */
  maxLength?: Record<string, number>;
  /** The operation may come in a request body larger than the default (file imports). */
  largeBody?: boolean;
}

/** On an import mutation: which arguments may carry more text than usual, and that its request body may be large. */
export const LargeInput = (maxLength: Record<string, number>) => Extensions({ inputLimits: { maxLength, largeBody: true } satisfies FieldLimits });

export const limitsOf = (field: { extensions?: Record<string, unknown> | null }) => (field.extensions?.inputLimits ?? {}) as FieldLimits;

const DAY = 86_400_000;

/** `from`/`to` and `xFrom`/`xTo` pairs of one object. */
function ranges(value: Record<string, unknown>): [string, string][] {
  return Object.keys(value)
    .filter((k) => k === 'from' || k.endsWith('From'))
    .map((k) => [k, k === 'from' ? 'to' : `${k.slice(0, -4)}To`] as [string, string])
    .filter(([, to]) => to in value);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

class Walker {
  readonly errors = new FieldErrors();
  private readonly named = new Set<string>();

  constructor(private readonly isQuery: boolean) {}

  private fail(field: string, key: string, params: Record<string, string | number> = {}) {
    if (this.named.has(field)) return;
    this.named.add(field);
    this.errors.add(field, key, params);
  }

  /** Checks an object of arguments or input fields; in queries a null field means "no constraint", as if left out. */
  object(value: Record<string, unknown>, fields: readonly (GraphQLArgument | GraphQLInputField)[], prefix: string, maxLength: Record<string, number> = {}) {
    for (const f of fields) {
      if (!(f.name in value)) continue;
      const path = prefix + f.name;
      if (value[f.name] === null && this.isQuery) {
        delete value[f.name];
        continue;
      }
      this.value(value[f.name], f.type, path, maxLength[f.name]);
    }
    for (const [fromKey, toKey] of ranges(value)) {
      const from = value[fromKey];
      const to = value[toKey];
      if (!(from instanceof Date) || !(to instanceof Date)) continue;
      const type = fields.find((f) => f.name === toKey)?.type;
      const wholeDays = type && getNamedType(type).name === 'Date';
      if (to < from) this.fail(prefix + toKey, 'field.min', { min: wholeDays ? isoDay(from) : from.toISOString() });
      else if ((to.getTime() - from.getTime()) / DAY + (wholeDays ? 1 : 0) > INPUT_LIMITS.rangeDays)
        this.fail(prefix + toKey, 'field.rangeDays', { max: INPUT_LIMITS.rangeDays });
    }
  }

  private value(value: unknown, type: GraphQLInputType, path: string, maxLength?: number): void {
    if (value == null) return;
    if (isNonNullType(type)) return this.value(value, type.ofType, path, maxLength);
    if (isListType(type)) {
      const items = Array.isArray(value) ? value : [value];
      if (items.length > INPUT_LIMITS.listItems) return this.fail(path, 'field.tooManyItems', { max: INPUT_LIMITS.listItems });
      for (const item of items) this.value(item, type.ofType, path, maxLength);
      return;
    }
    // Fields of a mutation's `input` are named as the services name them: `name`, not `input.name`.
    if (isInputObjectType(type)) return this.object(value as Record<string, unknown>, Object.values(type.getFields()), path === 'input' ? '' : `${path}.`);
    if (value instanceof Date) return this.date(value, path);
    this.scalar(value, path, maxLength ?? (this.isQuery ? INPUT_LIMITS.queryText : INPUT_LIMITS.mutationText));
  }

  private date(value: Date, path: string) {
    const [min, max] = INPUT_LIMITS.years;
    const year = value.getUTCFullYear();
    if (year < min || year > max) this.fail(path, 'field.dateRange', { min: `${min}-01-01`, max: `${max}-12-31` });
  }

  /** Text anywhere, also inside JSON values (PostgreSQL cannot store U+0000); JSON values nest at most `jsonDepth` deep. */
  private scalar(value: unknown, path: string, maxLength: number): void {
    const pending: [unknown, number][] = [[value, 0]];
    while (pending.length) {
      const [v, depth] = pending.pop()!;
      if (typeof v === 'string') {
        if (v.includes('\u0000')) return this.fail(path, 'field.nul');
        if (v.length > maxLength) return this.fail(path, 'field.tooLong', { max: maxLength });
      } else if (v && typeof v === 'object' && !(v instanceof Date)) {
        if (depth >= INPUT_LIMITS.jsonDepth) return this.fail(path, 'field.tooDeep', { max: INPUT_LIMITS.jsonDepth });
        for (const [k, item] of Object.entries(v)) pending.push([k, depth + 1], [item, depth + 1]);
      }
    }
  }
}

/** A field's arguments: text length and NUL bytes, list sizes, ranges; BAD_USER_INPUT naming each field. */
export function checkInputLimits<C>(args: Record<string, unknown>, field: GraphQLField<unknown, C>, isQuery: boolean): void {
  const walker = new Walker(isQuery);
  walker.object(args, field.args, '', limitsOf(field).maxLength);
  walker.errors.throwIfAny();
}
