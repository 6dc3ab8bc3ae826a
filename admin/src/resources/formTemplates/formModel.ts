/** A template's content as the builder edits it and the filling screen renders it (issue 9's shapes). */
export const FIELD_TYPES = ['TEXT', 'NUMBER', 'INTEGER', 'DATE', 'SELECT', 'MULTI_SELECT', 'BOOLEAN', 'TABLE', 'COMPUTED'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const COLUMN_TYPES = ['TEXT', 'NUMBER', 'INTEGER', 'DATE', 'SELECT', 'BOOLEAN'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export const PERIOD_TYPES = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ONCE'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];
export type Severity = 'ERROR' | 'WARNING';

export interface FormOption {
  value: string;
  label: string;
  score?: number | null;
}

export interface FormColumn {
  key: string;
  label: string;
  labelEn?: string | null;
  type: ColumnType;
  /** the column whose values group a table's rows in the aggregate */
  rowKey?: boolean;
  options?: FormOption[] | null;
}

export interface FormField {
  key: string;
  label: string;
  labelEn?: string | null;
  type: FieldType;
  required?: boolean | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  help?: string | null;
  options?: FormOption[] | null;
  /** options come from this dictionary type instead of `options` */
  dictionaryType?: string | null;
  columns?: FormColumn[] | null;
  expression?: string | null;
}

export interface FormSection {
  key: string;
  label: string;
  labelEn?: string | null;
  fields: FormField[];
}

export interface FormRule {
  id?: string | null;
  code: string;
  expression: string;
  severity: Severity;
  message: string;
  /** the org that added it; the filer's own level may only add, never edit a higher level's */
  orgName?: string | null;
  editable?: boolean | null;
}

export type TableRow = Record<string, unknown>;
export type FormValues = Record<string, unknown>;

export const isNumeric = (type: FieldType | ColumnType) => type === 'NUMBER' || type === 'INTEGER';

export const allFields = (sections: readonly FormSection[]): FormField[] => sections.flatMap((s) => s.fields);

/** A key that is new among `taken`: `f1`, `f2` … */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}

export const labelOf = (item: { label: string; labelEn?: string | null }, locale: string) => (locale === 'en' && item.labelEn ? item.labelEn : item.label);

/** Moves the item at `from` by `by` places (−1 up, +1 down) in a copy of the list. */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
