import type { RuleContext } from '../formTemplates/formExpression';
import type { FormRule, FormSection, FormValues, Severity } from '../formTemplates/formModel';

/** A validation message from the server (authoritative) or the panel's evaluator. */
export interface SubmissionIssue {
  ruleCode: string;
  severity: Severity;
  message: string;
  fields: string[];
}

export type SubmissionStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'ARCHIVED';
export type SubmissionAction = 'SAVE' | 'SUBMIT' | 'RETURN' | 'APPROVE' | 'UNLOCK' | 'ARCHIVE';

/** What the filling and approval screens need of one submission, whatever the query's exact shape. */
export interface SubmissionView {
  id: string;
  version: number;
  status: SubmissionStatus;
  period: string;
  orgName: string;
  templateName: string;
  dueAt?: string | null;
  sections: FormSection[];
  rules: FormRule[];
  values: FormValues;
  /** what prev(), prevYear() and value() read */
  context: RuleContext;
  explanations: Record<string, string>;
  returnReason?: string | null;
  fieldReasons: Record<string, string>;
  approvedBy?: string | null;
  approvedAt?: string | null;
  allowedActions: SubmissionAction[];
}
