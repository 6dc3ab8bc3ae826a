import type { FieldIssue } from './FormRenderer';
import { allFields, isNumeric, type FormSection, type FormValues } from './formModel';

const blank = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0);

/** Required and min/max, checked as the filer types; the rules come on top. */
export function boundsIssues(
  sections: readonly FormSection[],
  values: FormValues,
  translate: (key: string, options?: object) => string,
): Record<string, FieldIssue[]> {
  const out: Record<string, FieldIssue[]> = {};
  for (const field of allFields(sections)) {
    const v = values[field.key];
    const add = (message: string) => (out[field.key] ??= []).push({ severity: 'ERROR', message });
    if (field.required && blank(v)) add(translate('gridgov.forms.fill.required'));
    if (isNumeric(field.type) && typeof v === 'number') {
      if (field.min != null && v < field.min) add(translate('gridgov.forms.fill.belowMin', { min: field.min }));
      if (field.max != null && v > field.max) add(translate('gridgov.forms.fill.aboveMax', { max: field.max }));
      if (field.type === 'INTEGER' && !Number.isInteger(v)) add(translate('gridgov.forms.fill.integer'));
    }
  }
  return out;
}

export function mergeIssues(...lists: Record<string, FieldIssue[]>[]): Record<string, FieldIssue[]> {
  const out: Record<string, FieldIssue[]> = {};
  for (const list of lists) {
    for (const [key, issues] of Object.entries(list)) {
      const have = (out[key] ??= []);
      for (const issue of issues) if (!have.some((h) => h.message === issue.message)) have.push(issue);
    }
  }
  return out;
}
