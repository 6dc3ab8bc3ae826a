/**
 * The panel's side of the form expression language: the API's own parser and evaluator (pure
 * TypeScript, imported from the API module), so inline feedback and the server agree.
 */
import {
  EXPRESSION_MESSAGES,
  ExpressionError,
  checkExpression,
  checkRule,
  evaluate,
  parse,
  references,
  type EvalEnv,
  type RuleOutcome,
  type Value,
} from '../../../../api/src/modules/form/expression';
import { allFields, type FormRule, type FormSection, type FormValues } from './formModel';

export type { RuleOutcome, Value };
/** What a rule may read besides the form's own values: the previous periods and other forms of the same org. */
export type RuleContext = Omit<EvalEnv, 'values'>;

export interface SyntaxProblem {
  message: string;
  /** 0-based character offset into the expression */
  position: number;
}

type Locale = keyof typeof EXPRESSION_MESSAGES;

export function problemMessage(error: ExpressionError, locale: string): string {
  const catalog: Record<string, string> = EXPRESSION_MESSAGES[(locale === 'en' ? 'en' : 'zh') as Locale];
  const params: Record<string, string | number> = { ...error.detail, position: error.position + 1 };
  return (catalog[error.code] ?? error.code).replace(/\{(\w+)\}/g, (all, key: string) => (key in params ? String(params[key]) : all));
}

/** The template's field keys with their table columns, as the checker wants them. */
export const fieldShapes = (sections: readonly FormSection[]) =>
  new Map(allFields(sections).map((f) => [f.key, { columns: f.type === 'TABLE' ? (f.columns ?? []).map((c) => c.key) : undefined }]));

/** The first problem of an expression against the template's fields, or null when it is sound. */
export function syntaxProblem(expression: string, sections: readonly FormSection[], locale: string): SyntaxProblem | null {
  const error = checkExpression(expression, fieldShapes(sections));
  return error && { message: problemMessage(error, locale), position: error.position };
}

/** A computed field's value; an unparseable expression shows nothing (the builder reports it). */
export function computeField(expression: string, values: FormValues, context: RuleContext = {}): Value {
  try {
    return evaluate(parse(expression), { ...context, values });
  } catch (error) {
    if (error instanceof ExpressionError) return null;
    throw error;
  }
}

export interface RuleResult {
  rule: FormRule;
  outcome: RuleOutcome | 'invalid';
  /** the fields the rule reads: its message is shown next to each */
  fields: string[];
}

export function runRules(rules: readonly FormRule[], values: FormValues, context: RuleContext = {}): RuleResult[] {
  return rules.map((rule) => {
    try {
      const ast = parse(rule.expression);
      const fields = [...new Set(references(ast).fields.map((f) => f.name))];
      return { rule, outcome: checkRule(ast, { ...context, values }), fields };
    } catch (error) {
      if (error instanceof ExpressionError) return { rule, outcome: 'invalid' as const, fields: [] };
      throw error;
    }
  });
}
