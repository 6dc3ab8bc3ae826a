/** The form expression language, shared by the API (authoritative) and the panel (inline feedback). Pure: no Node imports. */
export { ExpressionError, FUNCTIONS, MAX_EXPRESSION_LENGTH, parse, references, type BinaryOp, type FunctionName, type Node, type References } from './parser';
export { checkExpression, checkRule, evaluate, type EvalEnv, type FormValues, type RuleOutcome, type Value } from './evaluate';
export { isPeriodOf, periodTypeOf, previousPeriod, previousYearPeriod, resolvePeriod, type PeriodType } from './period';
export { EXPRESSION_MESSAGES } from './messages';
