/**
 * The rule and computed-field language of forms: a Pratt parser from text to an AST. Pure
 * TypeScript with no Node import, so the panel imports this very file for inline feedback and the
 * server stays the authority. Nothing here or in the evaluator turns user text into code.
 *
 *   households >= 0 and floating <= registered * 2
 *   if(closed > received, 0, received - closed)
 *   sum(entries.count) == eventsReceived
 *   cumulative >= prev(cumulative)
 *   yearStartHouseholds == value("COMMUNITY_ANNUAL", yearEndHouseholds, "Y-1")
 */

export const MAX_EXPRESSION_LENGTH = 2000;
const MAX_DEPTH = 40;

export type Node =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'boolean'; value: boolean; at: number }
  | { kind: 'null'; at: number }
  /** A field (`households`) or a table column (`entries.count`). */
  | { kind: 'field'; name: string; column?: string; at: number }
  | { kind: 'unary'; op: '-' | 'not'; operand: Node; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node; at: number }
  | { kind: 'call'; name: FunctionName; args: Node[]; at: number };

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

/** The functions the language knows, with how many arguments each takes. */
export const FUNCTIONS = {
  if: [3, 3],
  sum: [1, 1],
  count: [1, 1],
  min: [1, 1],
  max: [1, 1],
  abs: [1, 1],
  round: [1, 2],
  isEmpty: [1, 1],
  prev: [1, 1],
  prevYear: [1, 1],
  value: [2, 3],
} as const satisfies Record<string, readonly [number, number]>;
export type FunctionName = keyof typeof FUNCTIONS;
const isFunctionName = (name: string): name is FunctionName => Object.prototype.hasOwnProperty.call(FUNCTIONS, name);

/** Why an expression does not parse; `position` is the 0-based character offset, `code` a message key (`expr.*`). */
export class ExpressionError extends Error {
  constructor(
    readonly code: string,
    readonly position: number,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code} at ${position}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`);
    this.name = 'ExpressionError';
  }
}

type Token =
  | { type: 'number'; value: number; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'name'; value: string; at: number }
  | { type: 'op'; value: string; at: number }
  | { type: 'end'; at: number };

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '=', '!', '(', ')', ',', '.'];
const NAME_START = /[A-Za-z_\u4e00-\u9fff]/;
const NAME_PART = /[A-Za-z0-9_\u4e00-\u9fff]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i))!;
      tokens.push({ type: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (c === '"' || c === "'") {
      const start = i++;
      let value = '';
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
      if (i >= text.length) throw new ExpressionError('expr.unterminatedString', start);
      i++;
      tokens.push({ type: 'string', value, at: start });
    } else if (NAME_START.test(c)) {
      const start = i;
      while (i < text.length && NAME_PART.test(text[i])) i++;
      tokens.push({ type: 'name', value: text.slice(start, i), at: start });
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new ExpressionError('expr.unexpectedCharacter', i, { character: c });
      tokens.push({ type: 'op', value: op, at: i });
      i += op.length;
    }
  }
  tokens.push({ type: 'end', at: text.length });
  return tokens;
}

// Binding powers, loosest first: or < and < not < comparison < + - < * / % < unary minus.
const INFIX: Record<string, { op: BinaryOp; power: number }> = {
  or: { op: 'or', power: 1 },
  '||': { op: 'or', power: 1 },
  and: { op: 'and', power: 2 },
  '&&': { op: 'and', power: 2 },
  '==': { op: '==', power: 4 },
  '=': { op: '==', power: 4 },
  '!=': { op: '!=', power: 4 },
  '<': { op: '<', power: 4 },
  '<=': { op: '<=', power: 4 },
  '>': { op: '>', power: 4 },
  '>=': { op: '>=', power: 4 },
  '+': { op: '+', power: 5 },
  '-': { op: '-', power: 5 },
  '*': { op: '*', power: 6 },
  '/': { op: '/', power: 6 },
  '%': { op: '%', power: 6 },
};
const NOT_POWER = 3;
const NEGATE_POWER = 7;

/** Parses `text` into an AST or throws an ExpressionError with the position of the first problem. */
export function parse(text: string): Node {
  if (typeof text !== 'string' || text.trim() === '') throw new ExpressionError('expr.empty', 0);
  if (text.length > MAX_EXPRESSION_LENGTH) throw new ExpressionError('expr.tooLong', MAX_EXPRESSION_LENGTH, { max: MAX_EXPRESSION_LENGTH });
  const tokens = tokenize(text);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const isOp = (t: Token, value: string) => t.type === 'op' && t.value === value;
  const expectOp = (value: string) => {
    const t = next();
    if (!isOp(t, value)) throw unexpected(t, value);
    return t;
  };
  const unexpected = (t: Token, expected?: string) =>
    t.type === 'end'
      ? new ExpressionError('expr.unexpectedEnd', t.at, expected ? { expected } : {})
      : new ExpressionError('expr.unexpectedToken', t.at, { token: String(t.value), ...(expected ? { expected } : {}) });
  const infixOf = (t: Token) => (t.type === 'op' || (t.type === 'name' && (t.value === 'and' || t.value === 'or')) ? INFIX[t.value] : undefined);

  function expression(minPower: number): Node {
    if (++depth > MAX_DEPTH) throw new ExpressionError('expr.tooDeep', peek().at, { max: MAX_DEPTH });
    let left = prefix();
    for (;;) {
      const t = peek();
      const infix = infixOf(t);
      if (!infix || infix.power <= minPower) break;
      next();
      const right = expression(infix.power);
      left = { kind: 'binary', op: infix.op, left, right, at: t.at };
    }
    depth--;
    return left;
  }

  function prefix(): Node {
    const t = next();
    switch (t.type) {
      case 'number':
        return { kind: 'number', value: t.value, at: t.at };
      case 'string':
        return { kind: 'string', value: t.value, at: t.at };
      case 'end':
        throw unexpected(t);
      case 'op':
        if (t.value === '(') {
          const inner = expression(0);
          expectOp(')');
          return inner;
        }
        if (t.value === '-') return { kind: 'unary', op: '-', operand: expression(NEGATE_POWER), at: t.at };
        if (t.value === '+') return expression(NEGATE_POWER);
        if (t.value === '!') return { kind: 'unary', op: 'not', operand: expression(NOT_POWER), at: t.at };
        throw unexpected(t);
      case 'name':
        return name(t);
    }
  }

  function name(t: Token & { type: 'name' }): Node {
    if (t.value === 'true' || t.value === 'false') return { kind: 'boolean', value: t.value === 'true', at: t.at };
    if (t.value === 'null') return { kind: 'null', at: t.at };
    if (t.value === 'not') return { kind: 'unary', op: 'not', operand: expression(NOT_POWER), at: t.at };
    if (t.value === 'and' || t.value === 'or') throw unexpected(t);
    if (isOp(peek(), '(')) {
      if (!isFunctionName(t.value)) throw new ExpressionError('expr.unknownFunction', t.at, { name: t.value });
      next();
      const args: Node[] = [];
      if (!isOp(peek(), ')')) {
        do args.push(expression(0));
        while (isOp(peek(), ',') && next());
      }
      expectOp(')');
      const [min, max] = FUNCTIONS[t.value];
      if (args.length < min || args.length > max) throw new ExpressionError('expr.arity', t.at, { name: t.value, min, max });
      checkArguments(t.value, args);
      return { kind: 'call', name: t.value, args, at: t.at };
    }
    if (isOp(peek(), '.')) {
      next();
      const column = next();
      if (column.type !== 'name') throw unexpected(column, 'column');
      if (isOp(peek(), '.') || isOp(peek(), '(')) throw unexpected(peek());
      return { kind: 'field', name: t.value, column: column.value, at: t.at };
    }
    return { kind: 'field', name: t.value, at: t.at };
  }

  const ast = expression(0);
  if (peek().type !== 'end') throw unexpected(peek());
  return ast;
}

/** prev/prevYear take a field, value() a template code string, a field and a period string: literal, so that what a rule reads is known before it runs. */
function checkArguments(name: FunctionName, args: Node[]): void {
  const [first, second, third] = args;
  if ((name === 'prev' || name === 'prevYear') && (first.kind !== 'field' || first.column)) throw new ExpressionError('expr.fieldExpected', first.at, { name });
  if (name !== 'value') return;
  if (first.kind !== 'string') throw new ExpressionError('expr.templateExpected', first.at);
  if (second.kind !== 'field' || second.column) throw new ExpressionError('expr.fieldExpected', second.at, { name });
  if (third && third.kind !== 'string') throw new ExpressionError('expr.periodExpected', third.at);
}

/** What an expression reads: the fields of this form, of the previous periods, and of other forms. */
export interface References {
  fields: { name: string; column?: string; at: number }[];
  prev: string[];
  prevYear: string[];
  values: { template: string; field: string; period: string | null; at: number }[];
}

/** Lists what `ast` reads, so that the server can fetch the previous periods and other forms once. */
export function references(ast: Node): References {
  const out: References = { fields: [], prev: [], prevYear: [], values: [] };
  const walk = (node: Node): void => {
    switch (node.kind) {
      case 'field':
        out.fields.push({ name: node.name, column: node.column, at: node.at });
        return;
      case 'unary':
        return walk(node.operand);
      case 'binary':
        walk(node.left);
        return walk(node.right);
      case 'call': {
        const [first, second, third] = node.args;
        if (node.name === 'prev' || node.name === 'prevYear') {
          const field = first as Node & { kind: 'field' };
          out[node.name].push(field.name);
          out.fields.push({ name: field.name, at: field.at });
          return;
        }
        if (node.name === 'value') {
          out.values.push({
            template: (first as Node & { kind: 'string' }).value,
            field: (second as Node & { kind: 'field' }).name,
            period: third?.kind === 'string' ? third.value : null,
            at: node.at,
          });
          return;
        }
        if (['sum', 'count', 'min', 'max'].includes(node.name) && first.kind === 'field') {
          out.fields.push({ name: first.name, column: first.column, at: first.at });
          return;
        }
        node.args.forEach(walk);
        return;
      }
      default:
        return;
    }
  };
  walk(ast);
  return out;
}
