import { ExpressionError, parse, references, type Node } from './parser';
import { resolvePeriod } from './period';

/**
 * Evaluates the AST of parser.ts. Defined results everywhere, no exceptions:
 * - a missing value is null, and null propagates: arithmetic or a comparison with null is null,
 *   `not null` is null; `and`/`or` follow SQL's three-valued logic (false and null = false,
 *   true or null = true); `if(null, a, b)` takes `b`, as SQL's CASE does;
 * - division (and %) by zero is null, and so is any result that is not a finite number;
 * - a value of the wrong type (text in arithmetic, a table column outside an aggregate) is null;
 * - sum/count ignore empty cells; over no rows sum and count are 0, min/max null; over a missing table all are null but count (0).
 * A rule fires only when its expression is exactly `false`; null means "cannot be checked" (the
 * required-field check reports what is missing).
 */

/** A scalar of a form, or a list (a table column, a multi-select answer). */
export type Value = number | string | boolean | null | readonly (number | string | boolean | null)[];
/** A submission's values by field key: scalars, string lists (multi-select) and tables (lists of rows by column key). */
export type FormValues = Readonly<Record<string, unknown>>;

export interface EvalEnv {
  values: FormValues;
  /** The period the values belong to (`2026-11`), for value()'s relative periods. */
  period?: string;
  /** The same form of the same org for the previous period / the same period last year; null when none. */
  prev?: FormValues | null;
  prevYear?: FormValues | null;
  /** Another form of the same org by template code and period; null when none. */
  other?: (template: string, period: string) => FormValues | null;
}

const own = (map: unknown, key: string): unknown =>
  map !== null && typeof map === 'object' && !Array.isArray(map) && Object.prototype.hasOwnProperty.call(map, key)
    ? (map as Record<string, unknown>)[key]
    : undefined;

function scalar(raw: unknown): number | string | boolean | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

function fieldValue(values: FormValues | null | undefined, name: string, column?: string): Value {
  const raw = own(values, name);
  if (column !== undefined) return Array.isArray(raw) ? raw.map((row) => scalar(own(row, column))) : null;
  if (Array.isArray(raw)) return raw.every((item) => typeof item !== 'object' || item === null) ? raw.map(scalar) : null;
  return scalar(raw);
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);
const numbers = (v: Value): number[] | null => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : null);
// Sums of decimals (0.1 + 0.2) must equal their written total (0.3): equality allows a relative 1e-9.
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function compare(op: string, a: Value, b: Value): boolean | null {
  if (a === null || b === null || Array.isArray(a) || Array.isArray(b)) return null;
  if (typeof a !== typeof b) return op === '!=' ? true : op === '==' ? false : null;
  if (op === '==') return typeof a === 'number' ? sameNumber(a, b as number) : a === b;
  if (op === '!=') return typeof a === 'number' ? !sameNumber(a, b as number) : a !== b;
  if (typeof a === 'boolean') return null;
  const x = a as number | string;
  const y = b as number | string;
  if (op === '<') return x < y;
  if (op === '<=') return x <= y || (typeof x === 'number' && sameNumber(x, y as number));
  if (op === '>') return x > y;
  return x >= y || (typeof x === 'number' && sameNumber(x, y as number));
}

function arithmetic(op: string, a: Value, b: Value): number | null {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  if (op === '+') return finite(a + b);
  if (op === '-') return finite(a - b);
  if (op === '*') return finite(a * b);
  if (b === 0) return null;
  return finite(op === '/' ? a / b : a % b);
}

const truth = (v: Value): boolean | null => (typeof v === 'boolean' ? v : null);

/** The value of `ast` over `env`; never throws. */
export function evaluate(ast: Node, env: EvalEnv): Value {
  const ev = (node: Node): Value => {
    switch (node.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return node.value;
      case 'null':
        return null;
      case 'field':
        return fieldValue(env.values, node.name, node.column);
      case 'unary': {
        const v = ev(node.operand);
        if (node.op === '-') return typeof v === 'number' ? -v : null;
        const t = truth(v);
        return t === null ? null : !t;
      }
      case 'binary': {
        if (node.op === 'and' || node.op === 'or') {
          const left = truth(ev(node.left));
          const short = node.op === 'and' ? false : true;
          if (left === short) return short;
          const right = truth(ev(node.right));
          if (right === short) return short;
          return left === null || right === null ? null : !short;
        }
        const left = ev(node.left);
        const right = ev(node.right);
        return ['+', '-', '*', '/', '%'].includes(node.op) ? arithmetic(node.op, left, right) : compare(node.op, left, right);
      }
      case 'call':
        return call(node);
    }
  };

  const call = (node: Node & { kind: 'call' }): Value => {
    const [first, second, third] = node.args;
    switch (node.name) {
      case 'if': {
        return truth(ev(first)) === true ? ev(second) : ev(third);
      }
      case 'sum':
      case 'count':
      case 'min':
      case 'max': {
        const list = ev(first);
        if (!Array.isArray(list)) return node.name === 'count' ? (list === null ? 0 : 1) : typeof list === 'number' ? list : null;
        if (node.name === 'count') return list.filter((x) => x !== null && x !== '').length;
        const ns = numbers(list)!;
        if (node.name === 'sum') return finite(ns.reduce((s, n) => s + n, 0));
        if (ns.length === 0) return null;
        return node.name === 'min' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'abs': {
        const v = ev(first);
        return typeof v === 'number' ? Math.abs(v) : null;
      }
      case 'round': {
        const v = ev(first);
        const digits = second ? ev(second) : 0;
        if (typeof v !== 'number' || typeof digits !== 'number' || digits < 0 || digits > 10) return null;
        const scale = 10 ** Math.trunc(digits);
        return Math.round(v * scale) / scale;
      }
      case 'isEmpty': {
        const v = ev(first);
        return v === null || v === '' || (Array.isArray(v) && v.length === 0);
      }
      case 'prev':
      case 'prevYear': {
        if (first.kind !== 'field') return null;
        return fieldValue(node.name === 'prev' ? env.prev : env.prevYear, first.name);
      }
      case 'value': {
        if (first.kind !== 'string' || second.kind !== 'field' || !env.other || !env.period) return null;
        const period = resolvePeriod(env.period, third?.kind === 'string' ? third.value : 'P');
        return period === null ? null : fieldValue(env.other(first.value, period), second.name);
      }
    }
  };

  return ev(ast);
}

export type RuleOutcome = 'pass' | 'fail' | 'skip';

/** A rule's outcome: fails only on exactly `false`, is skipped when its value is unknown (null or not a boolean). */
export function checkRule(ast: Node, env: EvalEnv): RuleOutcome {
  const v = evaluate(ast, env);
  return v === false ? 'fail' : v === true ? 'pass' : 'skip';
}

/** Parses and checks an expression against the keys of a template's fields: the first problem, with its position, or null. */
export function checkExpression(text: string, fields: ReadonlyMap<string, { columns?: readonly string[] }>): ExpressionError | null {
  try {
    const ast = parse(text);
    const refs = references(ast);
    for (const ref of refs.fields) {
      const field = fields.get(ref.name);
      if (!field) return new ExpressionError('expr.unknownField', ref.at, { name: ref.name });
      if (ref.column !== undefined && !field.columns?.includes(ref.column))
        return new ExpressionError('expr.unknownColumn', ref.at, { name: `${ref.name}.${ref.column}` });
    }
    return null;
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
}
