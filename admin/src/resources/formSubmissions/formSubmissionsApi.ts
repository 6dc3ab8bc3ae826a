import {
  ApproveSubmissionDocument,
  FormSubmissionDocument,
  FormSubmissionsDocument,
  ReturnSubmissionDocument,
  SaveSubmissionDocument,
  SubmitSubmissionDocument,
  UnlockSubmissionDocument,
  type FormIssueFieldsFragment,
  type FormSubmissionFieldsFragment,
  type FormSubmissionFilter,
  type FormSubmissionQuery,
  type FormSubmissionSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import type { ResourceApi } from '../../providers/resourceApi';
import { toRule, toSections } from '../formTemplates/definition';
import type { FormValues } from '../formTemplates/formModel';
import type { SubmissionIssue, SubmissionView } from './submissionModel';

export type SubmissionRecord = NonNullable<FormSubmissionQuery['formSubmission']>;

const asValues = (v: unknown): FormValues => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as FormValues) : {});

/** referenceValues is { period, prev, prevYear, other: { "CODE PERIOD": values } }: what prev(), prevYear() and value() read. */
export function toView(s: SubmissionRecord): SubmissionView {
  const refs = asValues(s.referenceValues);
  const other = asValues(refs.other);
  return {
    id: s.id,
    version: s.version,
    status: s.status,
    period: s.period,
    orgName: s.org?.name ?? '',
    templateName: s.template?.name ?? '',
    dueAt: s.round?.dueAt,
    sections: toSections({ sections: s.template?.sections ?? [], fields: s.template?.fields ?? [] }),
    rules: s.rules.map(toRule),
    values: asValues(s.values),
    context: {
      period: s.period,
      prev: refs.prev ? asValues(refs.prev) : null,
      prevYear: refs.prevYear ? asValues(refs.prevYear) : null,
      other: (template, period) => (other[`${template} ${period}`] ? asValues(other[`${template} ${period}`]) : null),
    },
    explanations: Object.fromEntries(s.explanations.map((e) => [e.rule, e.text])),
    returnReason: s.returnReason,
    fieldReasons: Object.fromEntries(s.fieldReasons.map((r) => [r.field, r.reason])),
    approvedBy: s.approver?.name,
    approvedAt: s.approvedAt,
    allowedActions: s.allowedActions,
  };
}

const toIssue = (i: FormIssueFieldsFragment): SubmissionIssue => ({ ruleCode: i.rule ?? '', severity: i.severity, message: i.message, fields: i.fields });

export const formSubmissionsApi: ResourceApi<FormSubmissionFieldsFragment, FormSubmissionFilter, FormSubmissionSortField> = {
  sortFields: { 'org.name': 'ORG', status: 'STATUS', submittedAt: 'SUBMITTED_AT', updatedAt: 'UPDATED_AT' },
  filtersByIds: false,
  list: async (args) => {
    const filter = { ...args.filter, status: typeof args.filter.status === 'string' ? [args.filter.status] : args.filter.status };
    return (await request(FormSubmissionsDocument, { ...args, filter })).formSubmissions;
  },
  one: async (id) => (await request(FormSubmissionDocument, { id })).formSubmission,
};

export const loadSubmission = async (id: string) => (await request(FormSubmissionDocument, { id })).formSubmission;

export async function saveSubmission(id: string, version: number, values: FormValues): Promise<SubmissionIssue[]> {
  const { saveSubmission: result } = await request(SaveSubmissionDocument, { id, version, values });
  return [...result.validation.errors, ...result.validation.warnings].map(toIssue);
}

export const submitSubmission = (id: string, version: number, explanations: Record<string, string>) =>
  request(SubmitSubmissionDocument, {
    id,
    version,
    explanations: Object.entries(explanations)
      .filter(([, text]) => text.trim())
      .map(([rule, text]) => ({ rule, text: text.trim() })),
  });

export const returnSubmission = (id: string, version: number, reason: string, fieldReasons: Record<string, string>) =>
  request(ReturnSubmissionDocument, { id, version, reason, fieldReasons: Object.entries(fieldReasons).map(([field, r]) => ({ field, reason: r })) });

export const approveSubmission = (id: string, version: number) => request(ApproveSubmissionDocument, { id, version });

export const unlockSubmission = (id: string, reason: string) => request(UnlockSubmissionDocument, { id, reason });
