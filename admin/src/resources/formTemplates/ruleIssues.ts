import type { FieldIssue } from './FormRenderer';
import type { RuleResult } from './formExpression';

/** The failed rules' messages next to every field each rule reads. */
export function issuesByField(results: readonly RuleResult[]): Record<string, FieldIssue[]> {
  const out: Record<string, FieldIssue[]> = {};
  for (const { rule, outcome, fields } of results) {
    if (outcome !== 'fail') continue;
    for (const key of fields) (out[key] ??= []).push({ severity: rule.severity, message: rule.message, ruleCode: rule.code });
  }
  return out;
}
