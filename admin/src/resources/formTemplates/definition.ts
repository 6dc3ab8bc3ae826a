import type { FormDefinitionFieldsFragment, FormFieldInput, FormRuleFieldsFragment, FormSectionInput } from '../../graphql/graphql';
import type { FormColumn, FormField, FormRule, FormSection } from './formModel';

/** null and blank out of an optional input, so an unchanged field compares equal. */
const opt = <T>(value: T | null | undefined): T | undefined => (value === null || value === undefined || value === '' ? undefined : value);

/** The API's flat fields (each naming its section) as the builder's nested sections; fields of no known section go to the first. */
export function toSections(def: FormDefinitionFieldsFragment): FormSection[] {
  const sections: FormSection[] = def.sections.map((s) => ({ key: s.key, label: s.label, labelEn: s.labelEn, fields: [] }));
  if (sections.length === 0 && def.fields.length) sections.push({ key: 's1', label: '', fields: [] });
  for (const f of def.fields) {
    const field: FormField = {
      ...f,
      columns: f.columns?.map((c): FormColumn => ({ ...c, type: c.type as FormColumn['type'], rowKey: c.key === f.rowKey })),
    };
    delete (field as { section?: unknown }).section;
    delete (field as { rowKey?: unknown }).rowKey;
    (sections.find((s) => s.key === f.section) ?? sections[0]!).fields.push(field);
  }
  return sections;
}

/** The builder's sections as the API's input: sections, and flat fields in order with their section key. */
export function toDefinitionInput(sections: readonly FormSection[]): { sections: FormSectionInput[]; fields: FormFieldInput[] } {
  return {
    sections: sections.map((s) => ({ key: s.key, label: s.label, labelEn: opt(s.labelEn) })),
    fields: sections.flatMap((s) =>
      s.fields.map((f): FormFieldInput => ({
        key: f.key.trim(),
        type: f.type,
        label: f.label,
        labelEn: opt(f.labelEn),
        section: s.key,
        required: f.required || undefined,
        min: opt(f.min),
        max: opt(f.max),
        unit: opt(f.unit),
        help: opt(f.help),
        dictionaryType: f.type === 'SELECT' || f.type === 'MULTI_SELECT' ? opt(f.dictionaryType) : undefined,
        options:
          (f.type === 'SELECT' || f.type === 'MULTI_SELECT') && !f.dictionaryType && f.options?.length
            ? f.options.map((o) => ({ value: o.value, label: o.label, score: opt(o.score) }))
            : undefined,
        expression: f.type === 'COMPUTED' ? opt(f.expression) : undefined,
        rowKey: f.type === 'TABLE' ? opt(f.columns?.find((c) => c.rowKey)?.key) : undefined,
        columns:
          f.type === 'TABLE'
            ? (f.columns ?? []).map((c) => ({
                key: c.key.trim(),
                type: c.type,
                label: c.label,
                labelEn: opt(c.labelEn),
                options: c.type === 'SELECT' && c.options?.length ? c.options.map((o) => ({ value: o.value, label: o.label, score: opt(o.score) })) : undefined,
              }))
            : undefined,
      })),
    ),
  };
}

export const toRule = (r: FormRuleFieldsFragment): FormRule => ({
  id: r.id,
  code: r.code,
  expression: r.expression,
  severity: r.severity,
  message: r.message,
  orgName: r.org?.name ?? null,
  editable: r.canRemove,
});
