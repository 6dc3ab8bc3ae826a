import {
  AddFormRuleDocument,
  CreateFormTemplateDocument,
  DeleteFormTemplateDocument,
  FormTemplateDocument,
  FormTemplatesDocument,
  PublishFormTemplateDocument,
  RemoveFormRuleDocument,
  UpdateFormTemplateDocument,
  type FormTemplateFieldsFragment,
  type FormTemplateFilter,
  type FormTemplateInput,
  type FormTemplateQuery,
  type FormTemplateSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { type ResourceApi } from '../../providers/resourceApi';
import { toDefinitionInput, toRule, toSections } from './definition';
import type { FormRule } from './formModel';
import type { TemplateDraft } from './TemplateBuilder';

export type TemplateRecord = FormTemplateFieldsFragment & Partial<Omit<NonNullable<FormTemplateQuery['formTemplate']>, keyof FormTemplateFieldsFragment>>;

export const toDraft = (record: TemplateRecord): TemplateDraft => ({
  code: record.code,
  name: record.name,
  periodType: record.periodType,
  sections: toSections({ sections: record.sections ?? [], fields: record.fields ?? [] }),
  rules: (record.rules ?? []).map(toRule),
});

const toInput = (draft: TemplateDraft): FormTemplateInput => ({
  code: draft.code.trim(),
  name: draft.name.trim(),
  periodType: draft.periodType,
  ...toDefinitionInput(draft.sections),
});

const ruleKey = (r: FormRule) => JSON.stringify([r.code, r.expression, r.severity, r.message]);

/**
 * Rules are rows of their own (an org adds them, never edits a higher level's): a changed rule is
 * removed and added again. Compared by content, since a new revision carries copies of the rules.
 */
async function saveRules(templateId: string, next: readonly FormRule[], previous: readonly FormRule[]): Promise<void> {
  const wanted = new Set(next.map(ruleKey));
  const had = new Set(previous.map(ruleKey));
  for (const r of previous) if (r.id && r.editable !== false && !wanted.has(ruleKey(r))) await request(RemoveFormRuleDocument, { id: r.id });
  for (const r of next) {
    if (had.has(ruleKey(r))) continue;
    await request(AddFormRuleDocument, { input: { templateId, code: r.code.trim(), expression: r.expression, severity: r.severity, message: r.message } });
  }
}

export const formTemplatesApi: ResourceApi<TemplateRecord, FormTemplateFilter, FormTemplateSortField> = {
  sortFields: { code: 'CODE', name: 'NAME', updatedAt: 'UPDATED_AT' },
  filtersByIds: false,
  list: async (args) => {
    const filter = { ...args.filter, status: typeof args.filter.status === 'string' ? [args.filter.status] : args.filter.status };
    return (await request(FormTemplatesDocument, { ...args, filter })).formTemplates;
  },
  one: async (id) => (await request(FormTemplateDocument, { id })).formTemplate,
  create: async (data) => {
    const draft = data as unknown as TemplateDraft;
    const { createFormTemplate } = await request(CreateFormTemplateDocument, { input: toInput(draft) });
    await saveRules(createFormTemplate.id, draft.rules, []);
    return createFormTemplate;
  },
  /** Sends the definition only when it changed (with the version seen); a published template answers with its next draft revision. */
  update: async (id, data, previous) => {
    const draft = data as unknown as TemplateDraft;
    const before = toDraft(previous as unknown as TemplateRecord);
    const input = toInput(draft);
    let record = previous as unknown as TemplateRecord;
    if (JSON.stringify(input) !== JSON.stringify(toInput(before))) {
      record = (await request(UpdateFormTemplateDocument, { id, input, version: record.version })).updateFormTemplate;
    }
    const current = record.id === id ? before.rules : ((await request(FormTemplateDocument, { id: record.id })).formTemplate?.rules ?? []).map(toRule);
    await saveRules(record.id, draft.rules, current);
    return record;
  },
  remove: async (id) => (await request(DeleteFormTemplateDocument, { id })).deleteFormTemplate,
};

export const publishTemplate = async (id: string, version: number) => (await request(PublishFormTemplateDocument, { id, version })).publishFormTemplate;
