import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FieldErrors } from '../../core/validate';
import { checkExpression } from './expression';

export enum FormFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  INTEGER = 'INTEGER',
  DATE = 'DATE',
  SELECT = 'SELECT',
  MULTI_SELECT = 'MULTI_SELECT',
  BOOLEAN = 'BOOLEAN',
  TABLE = 'TABLE',
  COMPUTED = 'COMPUTED',
}
registerEnumType(FormFieldType, { name: 'FormFieldType', description: 'TABLE: rows of typed columns; COMPUTED: an expression over the other fields' });

export const NUMERIC_TYPES: readonly FormFieldType[] = [FormFieldType.NUMBER, FormFieldType.INTEGER, FormFieldType.COMPUTED];

@ObjectType('FormOption', { description: 'A choice of a SELECT/MULTI_SELECT; `score` scores survey answers' })
@InputType('FormOptionInput')
export class FormOption {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;

  @Field(() => Float, { nullable: true })
  score?: number | null;
}

@ObjectType('FormSection')
@InputType('FormSectionInput')
export class FormSection {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;
}

@ObjectType('FormColumn', { description: 'A column of a TABLE field' })
@InputType('FormColumnInput')
export class FormColumn {
  @Field(() => String)
  key!: string;

  @Field(() => FormFieldType, { description: 'TEXT, NUMBER, INTEGER, DATE, SELECT or BOOLEAN' })
  type!: FormFieldType;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => Float, { nullable: true })
  min?: number | null;

  @Field(() => Float, { nullable: true })
  max?: number | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => [FormOption], { nullable: true })
  options?: FormOption[] | null;

  @Field(() => String, { nullable: true, description: 'Options from this dictionary type instead of `options`' })
  dictionaryType?: string | null;
}

@ObjectType('FormField', { description: 'One field of a form template' })
@InputType('FormFieldInput')
export class FormField {
  @Field(() => String, { description: 'The name rules and values use: letters, digits, _' })
  key!: string;

  @Field(() => FormFieldType)
  type!: FormFieldType;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the section it is shown in' })
  section?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => Float, { nullable: true })
  min?: number | null;

  @Field(() => Float, { nullable: true })
  max?: number | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => String, { nullable: true })
  helpEn?: string | null;

  @Field(() => [FormOption], { nullable: true })
  options?: FormOption[] | null;

  @Field(() => String, { nullable: true, description: 'SELECT/MULTI_SELECT: options from this dictionary type' })
  dictionaryType?: string | null;

  @Field(() => [FormColumn], { nullable: true, description: 'TABLE: its columns' })
  columns?: FormColumn[] | null;

  @Field(() => String, { nullable: true, description: 'TABLE: the column whose value keys a row for aggregation (民情日志 by category)' })
  rowKey?: string | null;

  @Field(() => [String], { nullable: true, description: 'TABLE: fixed row keys offered to the filer' })
  rows?: string[] | null;

  @Field(() => String, { nullable: true, description: 'COMPUTED: the expression' })
  expression?: string | null;
}

export interface FormDefinition {
  sections: FormSection[];
  fields: FormField[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]{0,49}$/;
const RESERVED = new Set(['true', 'false', 'null', 'and', 'or', 'not']);
const COLUMN_TYPES = new Set([
  FormFieldType.TEXT,
  FormFieldType.NUMBER,
  FormFieldType.INTEGER,
  FormFieldType.DATE,
  FormFieldType.SELECT,
  FormFieldType.BOOLEAN,
]);
export const MAX_FIELDS = 300;
const MAX_COLUMNS = 30;
const MAX_OPTIONS = 200;
const MAX_LABEL = 200;

/** The field keys an expression may name, with the columns of each table. */
export const fieldIndex = (fields: readonly FormField[]) => new Map(fields.map((f) => [f.key, { columns: f.columns?.map((c) => c.key) }]));

function checkOptions(errors: FieldErrors, path: string, item: { type: FormFieldType; options?: FormOption[] | null; dictionaryType?: string | null }) {
  const choice = item.type === FormFieldType.SELECT || item.type === FormFieldType.MULTI_SELECT;
  if (!choice) {
    if (item.options?.length || item.dictionaryType) errors.add(`${path}.options`, 'form.optionsNotAllowed');
    return;
  }
  if (!item.options?.length && !item.dictionaryType) errors.add(`${path}.options`, 'field.required');
  if ((item.options?.length ?? 0) > MAX_OPTIONS) errors.add(`${path}.options`, 'field.tooManyItems', { max: MAX_OPTIONS });
  const values = new Set<string>();
  item.options?.forEach((o, i) => {
    if (!o.value || o.value.length > 50) errors.add(`${path}.options.${i}.value`, 'field.required');
    if (values.has(o.value)) errors.add(`${path}.options.${i}.value`, 'form.duplicateKey', { key: o.value });
    values.add(o.value);
    if (!o.label?.trim() || o.label.length > MAX_LABEL) errors.add(`${path}.options.${i}.label`, 'field.required');
    if (o.score != null && !Number.isFinite(o.score)) errors.add(`${path}.options.${i}.score`, 'field.format');
  });
}

function checkRange(errors: FieldErrors, path: string, item: { min?: number | null; max?: number | null }) {
  if (item.min != null && item.max != null && item.min > item.max) errors.add(`${path}.max`, 'field.min', { min: item.min });
}

/**
 * Checks a template's sections and fields: keys unique and usable in expressions, every type's own
 * settings (a table's columns and row key, a computed field's expression over the other fields).
 * Errors name the path (`fields.3.columns.1.key`).
 */
export function checkDefinition(errors: FieldErrors, { sections, fields }: FormDefinition): void {
  const sectionKeys = new Set<string>();
  sections.forEach((s, i) => {
    if (!KEY.test(s.key)) errors.add(`sections.${i}.key`, 'form.key');
    if (sectionKeys.has(s.key)) errors.add(`sections.${i}.key`, 'form.duplicateKey', { key: s.key });
    sectionKeys.add(s.key);
    if (!s.label?.trim() || s.label.length > MAX_LABEL) errors.add(`sections.${i}.label`, 'field.required');
  });
  if (!fields.length) errors.add('fields', 'field.required');
  if (fields.length > MAX_FIELDS) errors.add('fields', 'field.tooManyItems', { max: MAX_FIELDS });
  const keys = new Set<string>();
  const index = fieldIndex(fields);
  fields.forEach((f, i) => {
    const path = `fields.${i}`;
    if (!KEY.test(f.key) || RESERVED.has(f.key)) errors.add(`${path}.key`, 'form.key');
    if (keys.has(f.key)) errors.add(`${path}.key`, 'form.duplicateKey', { key: f.key });
    keys.add(f.key);
    if (!f.label?.trim() || f.label.length > MAX_LABEL) errors.add(`${path}.label`, 'field.required');
    if ((f.help?.length ?? 0) > 1000) errors.add(`${path}.help`, 'field.tooLong', { max: 1000 });
    if (f.section && !sectionKeys.has(f.section)) errors.add(`${path}.section`, 'field.unknown');
    checkRange(errors, path, f);
    checkOptions(errors, path, f);
    if (f.type === FormFieldType.TABLE) {
      const columns = f.columns ?? [];
      if (!columns.length) errors.add(`${path}.columns`, 'field.required');
      if (columns.length > MAX_COLUMNS) errors.add(`${path}.columns`, 'field.tooManyItems', { max: MAX_COLUMNS });
      const columnKeys = new Set<string>();
      columns.forEach((c, j) => {
        const cpath = `${path}.columns.${j}`;
        if (!KEY.test(c.key) || RESERVED.has(c.key)) errors.add(`${cpath}.key`, 'form.key');
        if (columnKeys.has(c.key)) errors.add(`${cpath}.key`, 'form.duplicateKey', { key: c.key });
        columnKeys.add(c.key);
        if (!COLUMN_TYPES.has(c.type)) errors.add(`${cpath}.type`, 'form.columnType');
        if (!c.label?.trim() || c.label.length > MAX_LABEL) errors.add(`${cpath}.label`, 'field.required');
        checkRange(errors, cpath, c);
        checkOptions(errors, cpath, c);
      });
      if (f.rowKey && !columnKeys.has(f.rowKey)) errors.add(`${path}.rowKey`, 'field.unknown');
      if ((f.rows?.length ?? 0) > MAX_OPTIONS) errors.add(`${path}.rows`, 'field.tooManyItems', { max: MAX_OPTIONS });
    } else if (f.columns?.length || f.rowKey || f.rows?.length) {
      errors.add(`${path}.columns`, 'form.columnsNotAllowed');
    }
    if (f.type === FormFieldType.COMPUTED) {
      if (!f.expression) errors.add(`${path}.expression`, 'field.required');
      else {
        const problem = checkExpression(f.expression, index);
        if (problem) errors.add(`${path}.expression`, problem.code, { position: problem.position + 1, ...problem.detail });
      }
    } else if (f.expression) errors.add(`${path}.expression`, 'form.expressionNotAllowed');
  });
}
