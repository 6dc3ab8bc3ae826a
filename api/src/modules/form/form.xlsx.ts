import type ExcelJS from 'exceljs';
import type { FilterQuery } from '@mikro-orm/core';
import { subject as asSubject } from '@casl/ability';
import { findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { t } from '../../core/i18n';
import type { FileDownload, ImportReport, ImportRowError } from '../../core/import-report';
import { subtreeRange } from '../../core/rules';
import { FieldErrors } from '../../core/validate';
import { newWorkbook, readSheet } from '../../core/xlsx';
import { audit } from '../audit/audit.service';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { FormFieldType, type FormField } from './form.definition';
import { FormSubmission, FormTemplate, ReportingRound, SubmissionHistory } from './form.entity';
import { FormAggregateGroupBy } from './form.inputs';
import { formAggregate } from './form.stats';
import { dictionaryTypesOf, loadDictionaries, normaliseValues } from './form.values';
import { SubmissionAction, submissionTransition } from './form.workflow';

const IMPORT_MAX_ROWS = 1000;
const ORG_CODE = '组织代码';

/** The spreadsheet columns of a template: a scalar field is one column; a table one column per fixed row key and numeric column. */
function columnsOf(fields: readonly FormField[]) {
  const out: { header: string; key: string; field: FormField; rowKey?: string; column?: string }[] = [];
  for (const f of fields) {
    if (f.type !== FormFieldType.TABLE) out.push({ header: f.label, key: f.key, field: f });
    else
      for (const rowKey of f.rows ?? [])
        for (const c of f.columns ?? [])
          if (c.key !== f.rowKey) out.push({ header: `${f.label}/${rowKey}/${c.label}`, key: `${f.key}.${rowKey}.${c.key}`, field: f, rowKey, column: c.key });
  }
  return out;
}

function cellOf(values: Record<string, unknown>, col: ReturnType<typeof columnsOf>[number]): unknown {
  const v = values[col.field.key];
  if (!col.rowKey) return Array.isArray(v) ? v.join(',') : (v ?? null);
  const row = Array.isArray(v) ? (v as Record<string, unknown>[]).find((r) => r[col.field.rowKey!] === col.rowKey) : undefined;
  return row?.[col.column!] ?? null;
}

/**
 * The round as xlsx: 填报 (one row per form the caller may read, with the org hierarchy from the
 * round's org down) and 汇总 (the aggregate by child org, with the total), both within scope.
 */
export async function exportRound(ctx: Context, roundId: string, orgId?: string | null): Promise<FileDownload> {
  const round = await findReadable(ctx, ReportingRound, 'ReportingRound', roundId);
  if (!round) throw notFound('ReportingRound');
  const template = await ctx.em.findOneOrFail(FormTemplate, round.template.id);
  const top = orgId ? await findReadable(ctx, Org, 'Org', orgId) : await ctx.em.findOneOrFail(Org, round.org.id);
  if (!top) throw notFound('Org');
  const wb = await newWorkbook();
  const columns = columnsOf(template.fields);
  const scope = ctx.where('read', 'FormSubmission');
  if (scope) {
    const ws = wb.addWorksheet('填报');
    const forms = await ctx.em.find(
      FormSubmission,
      { $and: [scope, { round: round.id, org: { path: subtreeRange(top.path) } }] } as FilterQuery<FormSubmission>,
      {
        populate: ['org'],
        orderBy: [{ org: { code: 'asc' } }, { id: 'asc' }],
      },
    );
    const ids = [...new Set(forms.flatMap((s) => s.org.path.split('/').filter(Boolean)))];
    const names = new Map((await ctx.em.find(Org, { id: { $in: ids } }, { fields: ['id', 'name'] })).map((o) => [o.id, o.name]));
    ws.addRow(['上级', '组织', ORG_CODE, '状态', '上报时间', ...columns.map((c) => c.header)]).font = { bold: true };
    for (const s of forms) {
      const between = s.org.path.slice(top.path.length).split('/').filter(Boolean).slice(0, -1);
      ws.addRow([
        [top.name, ...between.map((id) => names.get(id) ?? '')].join(' / '),
        s.org.name,
        s.org.code ?? '',
        s.status,
        s.submittedAt ?? null,
        ...columns.map((c) => cellOf(s.values, c) as ExcelJS.CellValue),
      ]);
    }
  }
  if (ctx.where('read', 'FormStats')) {
    const agg = await formAggregate(ctx, round.id, orgId, FormAggregateGroupBy.CHILD_ORG, true);
    const ws = wb.addWorksheet('汇总');
    const keys = [...new Map(agg.total.values.map((v) => [`${v.field}.${v.rowKey ?? ''}.${v.column ?? ''}`, v])).values()];
    const label = (v: (typeof keys)[number]) => {
      const f = template.fields.find((x) => x.key === v.field);
      const c = f?.columns?.find((x) => x.key === v.column);
      return v.column ? `${f?.label ?? v.field}/${v.rowKey}/${c?.label ?? v.column}` : (f?.label ?? v.field);
    };
    ws.addRow(['组织', '份数', ...keys.map(label)]).font = { bold: true };
    const line = (g: typeof agg.total) => [
      g.label,
      g.submissions,
      ...keys.map((k) => g.values.find((v) => v.field === k.field && v.column === k.column && v.rowKey === k.rowKey)?.sum ?? 0),
    ];
    for (const g of agg.groups) ws.addRow(line(g));
    ws.addRow(line({ ...agg.total, label: `${top.name} 合计` })).font = { bold: true };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return { filename: `${template.code}-${round.period}.xlsx`, contentBase64: Buffer.from(buffer).toString('base64') };
}

/**
 * Fills forms of a round from xlsx, one row per org by 组织代码, columns by field label or key
 * (tables as `label/row key/column label`): all or nothing, every bad cell reported by row and
 * column. A caller who may update a form in scope imports it (代报), while it is DRAFT or RETURNED.
 */
export async function importSubmissions(ctx: Context, roundId: string, fileBase64: string, dryRun: boolean): Promise<ImportReport> {
  const round = await findReadable(ctx, ReportingRound, 'ReportingRound', roundId);
  if (!round) throw notFound('ReportingRound');
  const template = await ctx.em.findOneOrFail(FormTemplate, round.template.id);
  const { header, rows } = await readSheet(fileBase64, { field: 'fileBase64', maxRows: IMPORT_MAX_ROWS });
  const errors: ImportRowError[] = [];
  const codeCol = header.get(ORG_CODE);
  if (!codeCol) return { created: 0, updated: 0, unchanged: 0, errors: [{ row: 1, column: ORG_CODE, message: t('field.required') }], nothingWritten: true };
  const columns = columnsOf(template.fields);
  const byHeader = new Map<number, (typeof columns)[number]>();
  for (const [text, col] of header) {
    const c = columns.find((x) => x.header === text || x.key === text);
    if (c) byHeader.set(col, c);
  }
  const scope = ctx.where('update', 'FormSubmission');
  const forms = scope ? await ctx.em.find(FormSubmission, { $and: [scope, { round: round.id }] } as FilterQuery<FormSubmission>, { populate: ['org'] }) : [];
  const byCode = new Map(forms.map((s) => [s.org.code ?? '', s]));
  const dictionaries = await loadDictionaries(ctx.em, dictionaryTypesOf(template.fields));
  const planned: { submission: FormSubmission; values: Record<string, unknown> }[] = [];
  const seen = new Set<string>();
  for (const { row, cells } of rows) {
    const code = cells[codeCol] ?? '';
    const submission = byCode.get(code);
    if (
      !submission ||
      !ctx.ability.can(
        'update',
        asSubject('FormSubmission', { id: submission.id, status: submission.status, org: { id: submission.org.id, path: submission.org.path } }),
      )
    ) {
      errors.push({ row, column: ORG_CODE, message: t('form.importOrg') });
      continue;
    }
    if (seen.has(code)) {
      errors.push({ row, column: ORG_CODE, message: t('form.duplicateKey', { key: code }) });
      continue;
    }
    seen.add(code);
    if (!submissionTransition(submission.status, SubmissionAction.SAVE)) {
      errors.push({
        row,
        column: ORG_CODE,
        message: t('form.transition', { status: t(`form.submissionStatus.${submission.status}`), action: t(`form.action.${SubmissionAction.SAVE}`) }),
      });
      continue;
    }
    const raw: Record<string, unknown> = { ...submission.values };
    const headerOf = new Map<string, string>();
    for (const [col, c] of byHeader) {
      const text = cells[col] ?? '';
      const value = parseCell(c.rowKey ? (c.field.columns ?? []).find((x) => x.key === c.column)!.type : c.field.type, text);
      if (!c.rowKey) {
        raw[c.key] = value;
        headerOf.set(`values.${c.key}`, [...header].find(([, n]) => n === col)![0]);
        continue;
      }
      const table = (Array.isArray(raw[c.field.key]) ? [...(raw[c.field.key] as Record<string, unknown>[])] : []).map((r) => ({ ...r }));
      let index = table.findIndex((r) => r[c.field.rowKey!] === c.rowKey);
      if (index < 0) index = table.push({ [c.field.rowKey!]: c.rowKey }) - 1;
      table[index]![c.column!] = value;
      raw[c.field.key] = table;
      headerOf.set(`values.${c.field.key}.${index}.${c.column}`, [...header].find(([, n]) => n === col)![0]);
    }
    const rowErrors = new FieldErrors();
    const values = normaliseValues(rowErrors, template.fields, raw, dictionaries);
    for (const e of rowErrors.list) errors.push({ row, column: headerOf.get(e.field) ?? e.field, message: e.message });
    if (rowErrors.empty) planned.push({ submission, values });
  }
  if (errors.length || dryRun) return { created: 0, updated: errors.length ? 0 : planned.length, unchanged: 0, errors, nothingWritten: true };
  await ctx.em.transactional(async (em) => {
    for (const { submission, values } of planned) {
      const s = await em.findOneOrFail(FormSubmission, submission.id);
      s.values = values;
      em.create(SubmissionHistory, {
        submission: s,
        at: new Date(),
        user: em.getReference(User, ctx.actor!.id),
        username: ctx.actor!.username,
        action: SubmissionAction.SAVE,
        from: s.status,
        to: s.status,
        comment: 'xlsx',
      });
    }
    audit(ctx, em, { operation: 'importSubmissions', targetType: 'ReportingRound', targetId: round.id, after: { forms: planned.length } });
  });
  return { created: 0, updated: planned.length, unchanged: 0, errors: [], nothingWritten: false };
}

/** A cell's text as the type's JSON value; what does not parse stays text, and the value check names it. */
function parseCell(type: FormFieldType, text: string): unknown {
  if (text === '') return null;
  if (type === FormFieldType.NUMBER || type === FormFieldType.INTEGER) return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (type === FormFieldType.BOOLEAN) return text === '是' || text === 'true' ? true : text === '否' || text === 'false' ? false : text;
  if (type === FormFieldType.MULTI_SELECT) return text.split(/[,，]/).map((s) => s.trim());
  return text;
}
