import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { AppError, badField } from '../../core/errors';
import { applyAccess } from '../../core/field-access';
import { beijingToday } from '../../core/calendar';
import { t } from '../../core/i18n';
import { FieldErrors } from '../../core/validate';
import { newWorkbook, readSheet } from '../../core/xlsx';
import { audit, diff } from '../audit/audit.service';
import type { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { User } from '../user/user.entity';
import { checkPersonValues, personCategories, type PersonValues } from './person.validation';
import { HistoryKind, kindOfCategory, RiskLevel, Sex, SupervisionStatus } from './person.enums';
import { RISK_NAMES, SEX_NAMES, STATUS_NAMES } from './person.names';
import { SupervisedPerson } from './person.entity';
import { type SupervisedPersonFilter } from './person.inputs';
import { ImportMode, type FileDownload, type ImportReport, type ImportRowError } from '../../core/import-report';
import { abilityShape, personConditions, personSnapshot } from './person.service';
import { assertClashBudget, clashLimited, recordClashes } from './id-number-clash';
import { SupervisionHistory } from './supervision-history.entity';
import { addSheet, workbookBase64, type ImportColumn } from '../../core/import-sheet';

export const IMPORT_MAX_ROWS = 5000;
export const EXPORT_MAX_ROWS = 10000;

type Key = keyof PersonValues | 'orgCode' | 'gridNumber' | 'category' | 'status';
type Column = ImportColumn<Key>;

/** The sheet's columns, in order; headers are what people fill in and what row errors name. */
export const COLUMNS: Column[] = [
  { key: 'name', header: '姓名', required: true, width: 10 },
  { key: 'sex', header: '性别', width: 6 },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'idNumber', header: '身份证号', required: true, width: 22, text: true },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'phone', header: '联系电话', width: 14, text: true },
  { key: 'address', header: '现住址', width: 24 },
  { key: 'orgCode', header: '社区代码', required: true, width: 15, text: true },
  { key: 'gridNumber', header: '网格编号', required: true, width: 9 },
  { key: 'category', header: '人员类别', required: true, width: 12 },
  { key: 'riskLevel', header: '风险等级', width: 9 },
  { key: 'supervisionStart', header: '开始日期', width: 12 },
  { key: 'supervisionEnd', header: '结束日期', width: 12 },
  { key: 'offenceSummary', header: '简要案情', width: 30 },
  { key: 'notes', header: '备注', width: 20 },
];
const EXPORT_COLUMNS: Column[] = [...COLUMNS, { key: 'status', header: '状态', width: 8 }];
const HEADER_OF = new Map<string, string>([...COLUMNS.map((c) => [c.key, c.header] as const), ['categoryCode', '人员类别'], ['gridId', '网格编号']]);

const fromName = <T extends string>(names: Record<T, string>, value: string): T | undefined =>
  (Object.keys(names) as T[]).find((k) => k === value.toUpperCase() || names[k] === value);

/** An empty sheet with the import columns, and a second sheet saying what each column takes. */
export async function importTemplate(ctx: Context): Promise<FileDownload> {
  const wb = await newWorkbook();
  addSheet(wb, '人员', COLUMNS);
  const help = wb.addWorksheet('说明');
  help.columns = [
    { header: '列', width: 12 },
    { header: '说明', width: 70 },
  ];
  const categories = [...(await personCategories(ctx.em)).values()].sort((a, b) => a.code.localeCompare(b.code));
  const notes: Record<string, string> = {
    姓名: '必填',
    性别: '男 / 女；可不填，由身份证号推出，填写时必须一致',
    身份证号: '必填，18 位，末位 X 大写或小写均可',
    出生日期: 'YYYY-MM-DD；可不填，由身份证号推出，填写时必须一致',
    社区代码: '必填，12 位行政区划代码',
    网格编号: '必填，社区内的网格编号，如 3',
    人员类别: `必填，名称或代码：${categories.map((c) => `${c.code} ${c.name}`).join('，')}`,
    风险等级: '低 / 中 / 高（默认低）',
    开始日期: 'YYYY-MM-DD',
    结束日期: 'YYYY-MM-DD',
  };
  for (const [column, note] of Object.entries(notes)) help.addRow([column, note]);
  return { filename: '重点人员导入模板.xlsx', contentBase64: await workbookBase64(wb) };
}

/** The sheet's data rows by column key; missing required columns are BAD_USER_INPUT. */
async function readPeopleSheet(fileBase64: string): Promise<{ row: number; cells: Record<string, string> }[]> {
  const { header, rows } = await readSheet(fileBase64, { field: 'fileBase64', maxRows: IMPORT_MAX_ROWS });
  const missing = COLUMNS.filter((c) => c.required && !header.has(c.header)).map((c) => c.header);
  if (missing.length) throw badField('fileBase64', 'import.header', { columns: missing.join('、') });
  const byKey = rows
    .map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries(COLUMNS.map((c) => [c.key, header.has(c.header) ? (cells[header.get(c.header)!] ?? '') : ''])),
    }))
    .filter((r) => Object.values(r.cells).some(Boolean));
  if (byKey.length === 0) throw badField('fileBase64', 'xlsx.empty');
  return byKey;
}

interface Planned {
  row: number;
  values: PersonValues;
  grid: Grid;
  category: Dictionary;
  existing: SupervisedPerson | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMPARED = [
  'name',
  'sex',
  'birthDate',
  'ethnicity',
  'phone',
  'address',
  'offenceSummary',
  'riskLevel',
  'supervisionStart',
  'supervisionEnd',
  'notes',
] as const;

/** Grids named by (community code, number) that the caller can read, with their orgs. */
async function gridsByCode(ctx: Context, em: EntityManager, codes: string[]): Promise<Map<string, Grid>> {
  const scope = ctx.where('read', 'Grid');
  if (!scope || codes.length === 0) return new Map();
  const grids = await em.find(Grid, { $and: [scope, { org: { code: { $in: codes } } }] } as never, { populate: ['org'] });
  return new Map(grids.map((g) => [`${g.org.code}/${g.number}`, g]));
}

/**
 * Imports people from an xlsx sheet laid out like the template. Every bad row and column is reported;
 * ALL_OR_NOTHING writes nothing when any row is bad, VALID_ROWS writes the good ones, dryRun writes
 * nothing. A row matching an ACTIVE record (same ID number and category) updates it when something
 * differs, so importing the same file twice creates nobody twice.
 */
export async function importPeople(ctx: Context, fileBase64: string, mode: ImportMode, dryRun: boolean): Promise<ImportReport> {
  const rows = await readPeopleSheet(fileBase64);
  const em = ctx.em;
  const errors: ImportRowError[] = [];
  const rowError = (row: number, key: string | null, message: string) => errors.push({ row, column: key ? (HEADER_OF.get(key) ?? key) : null, message });
  const categories = await personCategories(em);
  const byName = new Map([...categories.values()].map((c) => [c.name, c]));
  const grids = await gridsByCode(ctx, em, [...new Set(rows.map((r) => r.cells.orgCode!).filter(Boolean))]);
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const before = errors.length;
    const fieldErrors = new FieldErrors();
    const sex = cells.sex ? fromName<Sex>(SEX_NAMES.zh, cells.sex) : undefined;
    if (cells.sex && !sex) rowError(row, 'sex', t('import.choice', { choices: Object.values(SEX_NAMES.zh).join(', ') }));
    const riskLevel = cells.riskLevel ? fromName<RiskLevel>(RISK_NAMES.zh, cells.riskLevel) : undefined;
    if (cells.riskLevel && !riskLevel) rowError(row, 'riskLevel', t('import.choice', { choices: Object.values(RISK_NAMES.zh).join(', ') }));
    for (const key of ['birthDate', 'supervisionStart', 'supervisionEnd'] as const) {
      if (cells[key] && !DATE.test(cells[key]!)) rowError(row, key, t('import.date'));
    }
    const date = (key: string) => (cells[key] && DATE.test(cells[key]!) ? cells[key] : null);
    const values = checkPersonValues(fieldErrors, {
      ...cells,
      sex,
      riskLevel,
      birthDate: date('birthDate'),
      supervisionStart: date('supervisionStart'),
      supervisionEnd: date('supervisionEnd'),
    });
    for (const f of fieldErrors.list) rowError(row, f.field, f.message);
    const category = categories.get(cells.category!) ?? byName.get(cells.category!);
    if (!cells.category) rowError(row, 'category', t('field.required'));
    else if (!category) rowError(row, 'category', t('person.category'));
    const grid = grids.get(`${cells.orgCode}/${Number(cells.gridNumber)}`);
    if (!cells.orgCode) rowError(row, 'orgCode', t('field.required'));
    else if (!/^\d{12}$/.test(cells.orgCode)) rowError(row, 'orgCode', t('field.orgCode'));
    else if (!cells.gridNumber) rowError(row, 'gridNumber', t('field.required'));
    else if (!grid) rowError(row, 'gridNumber', t('import.gridUnknown', { number: cells.gridNumber }));
    if (errors.length > before) continue;
    const key = `${values.idNumber}/${category!.id}`;
    if (seen.has(key)) {
      rowError(row, 'idNumber', t('import.duplicateRow', { row: seen.get(key)! }));
      continue;
    }
    seen.set(key, row);
    planned.push({ row, values, grid: grid!, category: category!, existing: null });
  }
  await matchExisting(ctx, planned, rowError);
  const good = planned.filter((p) => !errors.some((e) => e.row === p.row));
  errors.sort((a, b) => a.row - b.row);
  // What the caller sees masked or not at all is never compared (that would tell it the stored value):
  // a filled cell counts as a change, an empty one keeps the stored value.
  const unseen = new Set(COMPARED.filter((k) => k !== 'birthDate' && ctx.fieldAccess('SupervisedPerson', k) !== 'full'));
  const changed = new Set(
    good.filter((p) => p.existing && COMPARED.some((k) => (unseen.has(k) ? p.values[k] != null : (p.existing![k] ?? null) !== (p.values[k] ?? null)))),
  );
  for (const p of good)
    for (const k of unseen) if (p.existing && p.values[k] == null) (p.values as unknown as Record<string, unknown>)[k] = p.existing[k] ?? null;
  const changedOf = (p: Planned) => changed.has(p);
  const report = {
    created: good.filter((p) => !p.existing).length,
    updated: good.filter(changedOf).length,
    unchanged: good.filter((p) => p.existing && !changedOf(p)).length,
    errors,
  };
  if (dryRun || (mode === ImportMode.ALL_OR_NOTHING && errors.length)) {
    return mode === ImportMode.ALL_OR_NOTHING && errors.length
      ? { created: 0, updated: 0, unchanged: 0, errors, nothingWritten: true }
      : { ...report, nothingWritten: true };
  }
  await writePlanned(
    ctx,
    good.filter((p) => !p.existing || changedOf(p)),
    report,
  );
  return { ...report, nothingWritten: false };
}

/**
 * Finds the ACTIVE record each row would update, and checks the caller may create or update it. A row
 * whose person is active where the caller may not update it is an ID-number hit (id-number-clash.ts):
 * audited, counted against the caller's hourly budget, and reported as needing a transfer.
 */
async function matchExisting(ctx: Context, planned: Planned[], rowError: (row: number, key: string | null, message: string) => void) {
  if (!planned.length) return;
  const left = await assertClashBudget(ctx, ctx.em);
  const existing = await ctx.em.find(
    SupervisedPerson,
    { idNumber: { $in: [...new Set(planned.map((p) => p.values.idNumber))] }, status: SupervisionStatus.ACTIVE },
    { populate: ['org'] },
  );
  const byKey = new Map(existing.map((e) => [`${e.idNumber}/${e.category.id}`, e]));
  const hits: string[] = [];
  for (const p of planned) {
    p.existing = byKey.get(`${p.values.idNumber}/${p.category.id}`) ?? null;
    const kind = kindOfCategory(p.category.code);
    const target = abilityShape({
      ...(p.existing ?? {}),
      id: p.existing?.id,
      kind,
      status: SupervisionStatus.ACTIVE,
      riskLevel: p.values.riskLevel,
      category: p.category,
      org: p.grid.org,
      grid: p.grid,
      responsible: p.existing?.responsible ?? null,
    });
    const allowed = ctx.ability.can(p.existing ? 'update' : 'create', asSubject('SupervisedPerson', target));
    if (p.existing && (p.existing.grid.id !== p.grid.id || !allowed)) {
      hits.push(p.existing.id);
      rowError(p.row, 'idNumber', t('person.transferNeeded'));
    } else if (!allowed) rowError(p.row, 'gridNumber', t('forbidden'));
  }
  await recordClashes(ctx, 'importSupervisedPeople', hits);
  if (hits.length > left) throw clashLimited();
}

async function writePlanned(ctx: Context, rows: Planned[], summary: { created: number; updated: number; unchanged: number }) {
  await ctx.em.transactional(async (em) => {
    const actor = ctx.actor ? em.getReference(User, ctx.actor.id) : null;
    for (const p of rows) {
      if (p.existing) {
        const person = await em.findOneOrFail(SupervisedPerson, p.existing.id);
        const before = personSnapshot(person);
        em.assign(person, p.values as never);
        audit(ctx, em, { operation: 'importSupervisedPeople', targetType: 'SupervisedPerson', targetId: person.id, ...diff(before, personSnapshot(person)) });
        continue;
      }
      const person = em.create(SupervisedPerson, {
        ...p.values,
        grid: p.grid,
        org: p.grid.org,
        category: p.category,
        kind: kindOfCategory(p.category.code),
        status: SupervisionStatus.ACTIVE,
      } as never);
      em.create(SupervisionHistory, {
        person,
        at: new Date(),
        kind: HistoryKind.CREATED,
        toStatus: SupervisionStatus.ACTIVE,
        toGrid: p.grid,
        user: actor,
        username: ctx.actor?.username ?? null,
        reason: 'import',
      } as never);
    }
    await em.flush();
    audit(ctx, em, { operation: 'importSupervisedPeople', targetType: 'SupervisedPerson', targetId: null, after: summary });
  });
}

/** The filtered list, within the caller's read scope, as xlsx; each sensitive column masked or blank by the caller's field rules. */
export async function exportPeople(ctx: Context, filter: SupervisedPersonFilter = {}): Promise<FileDownload> {
  const scope = ctx.where('read', 'SupervisedPerson');
  const people = scope
    ? await ctx.em.find(SupervisedPerson, { $and: [scope, ...(await personConditions(ctx, filter))] } as never, {
        populate: ['grid', 'org', 'category'],
        orderBy: [{ org: 'asc' }, { grid: 'asc' }, { name: 'asc' }, { id: 'asc' }] as never,
        limit: EXPORT_MAX_ROWS + 1,
      })
    : [];
  if (people.length > EXPORT_MAX_ROWS)
    throw new AppError(
      'BAD_USER_INPUT',
      'export.tooMany',
      { max: EXPORT_MAX_ROWS },
      { fields: [{ field: 'filter', message: t('export.tooMany', { max: EXPORT_MAX_ROWS }) }] },
    );
  const shown = (field: string, value: string | null | undefined) =>
    applyAccess(ctx.registry, 'SupervisedPerson', field, ctx.fieldAccess('SupervisedPerson', field), value ?? null) as string | null;
  const wb = await newWorkbook();
  const ws = addSheet(wb, '人员', EXPORT_COLUMNS);
  for (const p of people) {
    ws.addRow({
      name: p.name,
      sex: SEX_NAMES.zh[p.sex],
      ethnicity: p.ethnicity,
      idNumber: shown('idNumber', p.idNumber),
      birthDate: shown('birthDate', p.birthDate),
      phone: shown('phone', p.phone),
      address: p.address,
      orgCode: p.org.code,
      gridNumber: p.grid.number,
      category: p.category.name,
      riskLevel: RISK_NAMES.zh[p.riskLevel],
      supervisionStart: p.supervisionStart,
      supervisionEnd: p.supervisionEnd,
      offenceSummary: shown('offenceSummary', p.offenceSummary),
      notes: p.notes,
      status: STATUS_NAMES.zh[p.status],
    });
  }
  const stamp = beijingToday();
  return { filename: `重点人员-${stamp}.xlsx`, contentBase64: await workbookBase64(wb) };
}
