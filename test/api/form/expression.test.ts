import {
  checkExpression,
  checkRule,
  evaluate,
  ExpressionError,
  MAX_EXPRESSION_LENGTH,
  parse,
  previousPeriod,
  previousYearPeriod,
  references,
  resolvePeriod,
} from '../../../api/src/modules/form/expression';
import type { EvalEnv } from '../../../api/src/modules/form/expression';

const run = (text: string, env: Partial<EvalEnv> = {}) => evaluate(parse(text), { values: {}, ...env });

function errorOf(text: string): ExpressionError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('form expression language', () => {
  test('precedence and associativity', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('10 - 4 - 3')).toBe(3);
    expect(run('12 / 3 / 2')).toBe(2);
    expect(run('-2 * 3 + 10 % 4')).toBe(-4);
    expect(run('1 + 2 > 2 and 3 < 2 or true')).toBe(true);
    expect(run('not 1 > 2 and false')).toBe(false);
    expect(run('!(1 > 2) && 2 >= 2')).toBe(true);
    expect(run('a = 3', { values: { a: 3 } })).toBe(true);
    expect(run('0.1 + 0.2 == 0.3')).toBe(true);
    expect(run('"社区" == "社区" and "a" < "b"')).toBe(true);
    expect(run('if(a > 10, "big", "small")', { values: { a: 11 } })).toBe('big');
    expect(run('round(2 / 3, 2) + abs(-1)')).toBe(1.67);
  });

  test('table functions over a column', () => {
    const values = {
      entries: [
        { category: '城管', count: 4 },
        { category: '计生', count: 2.5 },
        { category: '党群', count: null },
        { category: '经济', count: 7 },
      ],
      empty: [],
    };
    expect(run('sum(entries.count)', { values })).toBe(13.5);
    expect(run('count(entries.count)', { values })).toBe(3);
    expect(run('count(entries.category)', { values })).toBe(4);
    expect(run('min(entries.count)', { values })).toBe(2.5);
    expect(run('max(entries.count)', { values })).toBe(7);
    expect(run('sum(empty.count)', { values })).toBe(0);
    expect(run('count(empty.count)', { values })).toBe(0);
    expect(run('max(empty.count)', { values })).toBeNull();
    expect(run('entries.count + 1', { values })).toBeNull();
    expect(references(parse('sum(entries.count) <= received')).fields.map((f) => `${f.name}.${f.column ?? ''}`)).toEqual(['entries.count', 'received.']);
  });

  test('prev, prevYear and value with and without data', () => {
    const env: EvalEnv = {
      values: { cumulative: 30, yearStart: 120 },
      period: '2026-11',
      prev: { cumulative: 25 },
      prevYear: { cumulative: 280 },
      other: (template, period) => (template === 'ANNUAL' && period === '2025' ? { yearEnd: 120 } : null),
    };
    expect(run('cumulative >= prev(cumulative)', env)).toBe(true);
    expect(run('cumulative - prevYear(cumulative)', env)).toBe(-250);
    expect(run('yearStart == value("ANNUAL", yearEnd, "Y-1")', env)).toBe(true);
    expect(run('value("ANNUAL", yearEnd, "2025")', env)).toBe(120);
    expect(run('value("ANNUAL", yearEnd, "Y")', env)).toBeNull();
    expect(run('value("OTHER", yearEnd)', env)).toBeNull();
    // No previous submission: null, and the rule is skipped, not fired.
    const alone: EvalEnv = { values: { cumulative: 30 }, period: '2026-11' };
    expect(run('prev(cumulative)', alone)).toBeNull();
    expect(run('value("ANNUAL", yearEnd, "Y-1")', alone)).toBeNull();
    expect(checkRule(parse('cumulative >= prev(cumulative)'), alone)).toBe('skip');
    expect(checkRule(parse('cumulative >= prev(cumulative)'), { ...alone, prev: { cumulative: 31 } })).toBe('fail');
    expect(references(parse('a >= prev(b) and value("X", c, "Y-1") > prevYear(d)'))).toMatchObject({
      prev: ['b'],
      prevYear: ['d'],
      values: [{ template: 'X', field: 'c', period: 'Y-1' }],
    });
  });

  test('periods', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('2026-H2')).toBe('2026-H1');
    expect(previousPeriod('2026')).toBe('2025');
    expect(previousPeriod('ONCE')).toBeNull();
    expect(previousYearPeriod('2026-11')).toBe('2025-11');
    expect(resolvePeriod('2026-11', 'Y-1')).toBe('2025');
    expect(resolvePeriod('2026-11', 'P-1')).toBe('2026-10');
    expect(resolvePeriod('2026-11', 'nonsense')).toBeNull();
  });

  test('division by zero and missing values give defined results', () => {
    expect(run('1 / 0')).toBeNull();
    expect(run('5 % 0')).toBeNull();
    expect(run('a / b', { values: { a: 1, b: 0 } })).toBeNull();
    expect(run('missing + 1')).toBeNull();
    expect(run('missing > 1')).toBeNull();
    expect(run('not missing')).toBeNull();
    expect(run('missing > 1 and false')).toBe(false);
    expect(run('missing > 1 or true')).toBe(true);
    expect(run('missing > 1 and true')).toBeNull();
    expect(run('if(missing, 1, 2)')).toBe(2);
    expect(run('isEmpty(missing) and not isEmpty(a)', { values: { a: 0 } })).toBe(true);
    expect(run('"a" + 1')).toBeNull();
    expect(run('1e308 * 10')).toBeNull();
    expect(checkRule(parse('a / b > 1'), { values: { a: 1, b: 0 } })).toBe('skip');
  });

  test('a syntax error reports its position', () => {
    expect(errorOf('a + * b')).toMatchObject({ code: 'expr.unexpectedToken', position: 4 });
    expect(errorOf('sum(entries.count')).toMatchObject({ code: 'expr.unexpectedEnd', position: 17 });
    expect(errorOf('a > 1 #')).toMatchObject({ code: 'expr.unexpectedCharacter', position: 6 });
    expect(errorOf('"abc')).toMatchObject({ code: 'expr.unterminatedString', position: 0 });
    expect(errorOf('if(a, b)')).toMatchObject({ code: 'expr.arity', position: 0 });
    expect(errorOf('a b')).toMatchObject({ code: 'expr.unexpectedToken', position: 2 });
    expect(errorOf('prev(1)')).toMatchObject({ code: 'expr.fieldExpected', position: 5 });
    expect(errorOf('')).toMatchObject({ code: 'expr.empty' });
    const fields = new Map([
      ['households', {}],
      ['entries', { columns: ['category', 'count'] }],
    ]);
    expect(checkExpression('households > 0 and sum(entries.amount) > 0', fields)).toMatchObject({ code: 'expr.unknownColumn', position: 23 });
    expect(checkExpression('households > 0 and people > 0', fields)).toMatchObject({ code: 'expr.unknownField', position: 19 });
    expect(checkExpression('households > sum(entries.count)', fields)).toBeNull();
  });

  test('hostile expressions are refused or inert', () => {
    expect(errorOf('constructor.constructor("return process")()')).toMatchObject({ code: 'expr.unexpectedToken', position: 23 });
    expect(errorOf('toString()')).toMatchObject({ code: 'expr.unknownFunction', position: 0 });
    expect(errorOf('a.b.c')).toMatchObject({ code: 'expr.unexpectedToken', position: 3 });
    // Field lookups read own properties of the values only: nothing from Object.prototype.
    expect(run('constructor')).toBeNull();
    expect(run('__proto__')).toBeNull();
    expect(run('toString == null')).toBeNull();
    expect(run('hasOwnProperty')).toBeNull();
    expect(run('sum(constructor.name)')).toBeNull();
    const parsed = JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}') as Record<string, unknown>;
    expect(run('polluted', { values: parsed })).toBeNull();
    expect(run('a * 2', { values: parsed })).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Very long or deeply nested input is refused before any work, with a position.
    expect(errorOf('1+'.repeat(MAX_EXPRESSION_LENGTH))).toMatchObject({ code: 'expr.tooLong' });
    expect(errorOf(`${'('.repeat(100)}1${')'.repeat(100)}`)).toMatchObject({ code: 'expr.tooDeep' });
    expect(errorOf(`${'-'.repeat(500)}1`)).toMatchObject({ code: 'expr.tooDeep' });
  });
});
