import type { EntityManager } from '@mikro-orm/postgresql';
import { isDate } from '../../core/calendar';
import { FieldErrors } from '../../core/validate';
import { checkRule, evaluate, parse, previousPeriod, previousYearPeriod, references, resolvePeriod, type EvalEnv, type FormValues } from './expression';
import { FormFieldType, type FormColumn, type FormField } from './form.definition';
import { RuleSeverity, type FormRule } from './form.entity';
import type { FormIssue, FormValidation } from './form.inputs';
import { pgArray } from './form.sql';
import { SUBMITTED_STATUSES } from './form.workflow';

const MAX_TEXT = 2000;
export const MAX_TABLE_ROWS = 500;

type Choice = Pick<FormField, 'type' | 'options' | 'dictionaryType' | 'min' | 'max'>;

/** Allowed values of a choice: its options, or the enabled codes of its dictionary type (looked up once per save). */
export type DictionaryCodes = ReadonlyMap<string, ReadonlySet<string>>;

/** One cell's value checked and normalised for its type, or an error key; null/'' clear it. */
function cell(item: Choice, raw: unknown, dictionaries: DictionaryCodes): { value?: unknown; error?: [string, Record<string, string | number>?] } {
  if (raw === null || raw === undefined || raw === '') return { value: undefined };
  const range = (n: number) =>
    item.min != null && n < item.min
      ? { error: ['field.min', { min: item.min }] as [string, Record<string, number>] }
      : item.max != null && n > item.max
        ? { error: ['field.max', { max: item.max }] as [string, Record<string, number>] }
        : { value: n };
  const allowed = (v: string) => (item.dictionaryType ? !!dictionaries.get(item.dictionaryType)?.has(v) : !!item.options?.some((o) => o.value === v));
  switch (item.type) {
    case FormFieldType.TEXT:
      return typeof raw === 'string' && raw.length <= MAX_TEXT ? { value: raw } : { error: ['field.tooLong', { max: MAX_TEXT }] };
    case FormFieldType.NUMBER:
      return typeof raw === 'number' && Number.isFinite(raw) ? range(raw) : { error: ['form.type', { type: 'number' }] };
    case FormFieldType.INTEGER:
      return Number.isSafeInteger(raw) ? range(raw as number) : { error: ['form.type', { type: 'integer' }] };
    case FormFieldType.DATE:
      return typeof raw === 'string' && isDate(raw) ? { value: raw } : { error: ['field.format'] };
    case FormFieldType.BOOLEAN:
      return typeof raw === 'boolean' ? { value: raw } : { error: ['form.type', { type: 'true/false' }] };
    case FormFieldType.SELECT:
      return typeof raw === 'string' && allowed(raw) ? { value: raw } : { error: ['form.option'] };
    case FormFieldType.MULTI_SELECT:
      return Array.isArray(raw) && raw.every((v) => typeof v === 'string' && allowed(v))
        ? { value: [...new Set(raw as string[])] }
        : { error: ['form.option'] };
    default:
      return { error: ['form.unknownField'] };
  }
}

/**
 * Checks values against a template and returns them normalised: known keys only, each of its type,
 * tables as rows of known columns; COMPUTED fields are evaluated here, never taken from the filer.
 * Errors name `values.<key>` (`values.<key>.<row>.<column>` in tables).
 */
export function normaliseValues(errors: FieldErrors, fields: readonly FormField[], raw: unknown, dictionaries: DictionaryCodes): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.add('values', 'field.format');
    return out;
  }
  const input = raw as Record<string, unknown>;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(input))
    if (!byKey.has(key) || byKey.get(key)!.type === FormFieldType.COMPUTED) if (input[key] != null) errors.add(`values.${key}`, 'form.unknownField');
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(input, field.key) || field.type === FormFieldType.COMPUTED) continue;
    const value = input[field.key];
    if (field.type === FormFieldType.TABLE) {
      if (value == null) continue;
      if (!Array.isArray(value)) {
        errors.add(`values.${field.key}`, 'field.format');
        continue;
      }
      if (value.length > MAX_TABLE_ROWS) errors.add(`values.${field.key}`, 'form.tooManyRows', { max: MAX_TABLE_ROWS });
      out[field.key] = value.slice(0, MAX_TABLE_ROWS).map((row, i) => tableRow(errors, `values.${field.key}.${i}`, field.columns ?? [], row, dictionaries));
      continue;
    }
    const c = cell(field, value, dictionaries);
    if (c.error) errors.add(`values.${field.key}`, c.error[0], c.error[1]);
    else if (c.value !== undefined) out[field.key] = c.value;
  }
  for (const field of fields) {
    if (field.type !== FormFieldType.COMPUTED || !field.expression) continue;
    const v = evaluate(parse(field.expression), { values: out });
    if (v !== null) out[field.key] = v;
  }
  return out;
}

function tableRow(errors: FieldErrors, path: string, columns: readonly FormColumn[], row: unknown, dictionaries: DictionaryCodes) {
  const out: Record<string, unknown> = {};
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    errors.add(path, 'field.format');
    return out;
  }
  const input = row as Record<string, unknown>;
  const known = new Set(columns.map((c) => c.key));
  for (const key of Object.keys(input)) if (!known.has(key) && input[key] != null) errors.add(`${path}.${key}`, 'form.unknownField');
  for (const column of columns) {
    if (!Object.prototype.hasOwnProperty.call(input, column.key)) continue;
    const c = cell(column, input[column.key], dictionaries);
    if (c.error) errors.add(`${path}.${column.key}`, c.error[0], c.error[1]);
    else if (c.value !== undefined) out[column.key] = c.value;
  }
  return out;
}

/** The dictionary types a template's choices draw from, to look up once. */
export const dictionaryTypesOf = (fields: readonly FormField[]) => [
  ...new Set(fields.flatMap((f) => [f.dictionaryType, ...(f.columns ?? []).map((c) => c.dictionaryType)]).filter((t): t is string => !!t)),
];

export async function loadDictionaries(em: EntityManager, types: string[]): Promise<DictionaryCodes> {
  if (!types.length) return new Map();
  const rows = await em.execute<{ type: string; code: string }[]>('select type, code from dictionary where enabled and type = any(?::text[])', [
    pgArray(types),
  ]);
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.type, (out.get(r.type) ?? new Set()).add(r.code));
  return out;
}

/**
 * What prev(), prevYear() and value() of `rules` read for one submission, fetched in one statement:
 * the latest handed-in submission of the same org per template code and period.
 */
export async function environment(
  em: EntityManager,
  at: { orgId: string; templateCode: string; period: string },
  values: FormValues,
  rules: readonly FormRule[],
): Promise<EvalEnv & { others: Record<string, FormValues> }> {
  const prev = previousPeriod(at.period);
  const prevYear = previousYearPeriod(at.period);
  const wanted: [string, string][] = [];
  if (prev) wanted.push([at.templateCode, prev]);
  if (prevYear) wanted.push([at.templateCode, prevYear]);
  for (const rule of rules) {
    for (const v of references(parse(rule.expression)).values) {
      const period = resolvePeriod(at.period, v.period ?? 'P');
      if (period) wanted.push([v.template, period]);
    }
  }
  const found = new Map<string, FormValues>();
  if (wanted.length) {
    const rows = await em.execute<{ template_code: string; period: string; values: FormValues }[]>(
      `select distinct on (template_code, period) template_code, period, values from form_submission
        where org_id = ? and status = any(?::submission_status[]) and (template_code, period) in (${wanted.map(() => '(?, ?)').join(', ')})
        order by template_code, period, submitted_at desc nulls last, id desc`,
      [at.orgId, pgArray(SUBMITTED_STATUSES), ...wanted.flat()],
    );
    for (const r of rows) found.set(`${r.template_code} ${r.period}`, r.values);
  }
  return {
    values,
    period: at.period,
    prev: prev ? (found.get(`${at.templateCode} ${prev}`) ?? null) : null,
    prevYear: prevYear ? (found.get(`${at.templateCode} ${prevYear}`) ?? null) : null,
    other: (template, period) => found.get(`${template} ${period}`) ?? null,
    others: Object.fromEntries(found),
  };
}

/** Runs the required checks (when `complete`) and every rule that applies; explanations are keyed by rule code. */
export function validate(
  fields: readonly FormField[],
  rules: readonly FormRule[],
  env: EvalEnv,
  { complete, explanations = {}, t }: { complete: boolean; explanations?: Record<string, string>; t: (key: string) => string },
): FormValidation {
  const errors: FormIssue[] = [];
  const warnings: FormIssue[] = [];
  if (complete) {
    for (const f of fields) {
      const v = env.values[f.key];
      if (f.required && (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))) {
        errors.push({
          rule: null,
          severity: RuleSeverity.ERROR,
          message: `${f.label}: ${t('field.required')}`,
          fields: [f.key],
          level: null,
          orgName: null,
          explanation: null,
        });
      }
    }
  }
  for (const rule of rules) {
    const ast = parse(rule.expression);
    if (checkRule(ast, env) !== 'fail') continue;
    const keys = [...new Set(references(ast).fields.map((f) => f.name))];
    const issue: FormIssue = {
      rule: rule.code,
      severity: rule.severity,
      message: rule.message,
      fields: keys,
      level: rule.org.level,
      orgName: rule.org.name,
      explanation: explanations[rule.code] ?? null,
    };
    (rule.severity === RuleSeverity.ERROR ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}
