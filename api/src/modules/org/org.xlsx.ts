import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import type { FileDownload, ImportReport } from '../../core/import-report';
import { importTemplate, readImportRows, RowErrors, type ImportColumn, type ImportRow } from '../../core/import-sheet';
import { FieldErrors } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { Org, OrgLevel } from './org.entity';
import { checkPlacement } from './org.service';

export const ORG_IMPORT_MAX_ROWS = 5000;

type Key = 'code' | 'name' | 'level' | 'parentCode';
const COLUMNS: ImportColumn<Key>[] = [
  {
    key: 'code',
    header: '代码',
    required: true,
    width: 15,
    text: true,
    note: '12 位行政区划代码，须以上级代码的有效前缀开头（省 2 位、市 4 位、区县 6 位、乡镇/街道 9 位）',
  },
  { key: 'name', header: '名称', required: true, width: 24 },
  { key: 'level', header: '层级', required: true, width: 12, note: '省、市、区县、乡镇/街道、社区/村、部门（或 PROVINCE … DEPARTMENT）' },
  { key: 'parentCode', header: '上级代码', required: true, width: 15, text: true, note: '已有组织（在您的管理范围内）或本表中的组织' },
];

const LEVEL_NAMES: Record<OrgLevel, string[]> = {
  PROVINCE: ['省', '省级'],
  CITY: ['市', '市级'],
  COUNTY: ['区县', '区', '县', '区/县'],
  TOWNSHIP: ['乡镇/街道', '乡镇', '街道', '乡', '镇'],
  COMMUNITY: ['社区/村', '社区', '村'],
  DEPARTMENT: ['部门'],
};
const levelOf = (v: string) => (Object.keys(LEVEL_NAMES) as OrgLevel[]).find((l) => l === v.toUpperCase() || LEVEL_NAMES[l].includes(v));

/** Digits of a division code that name the org itself at each level; the rest are zeros. */
const SIGNIFICANT: Record<OrgLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9, COMMUNITY: 12, DEPARTMENT: 12 };

/** A child's code starts with its parent's significant digits, differs from it, and (for an administrative org) ends in zeros past its own. */
export function codeFitsParent(code: string, level: OrgLevel, parent: { code?: string | null; level: OrgLevel }): boolean {
  if (code === parent.code) return false;
  if (parent.code && !code.startsWith(parent.code.slice(0, SIGNIFICANT[parent.level]))) return false;
  return level === OrgLevel.DEPARTMENT || /^0*$/.test(code.slice(SIGNIFICANT[level]));
}

export const orgsTemplate = (): Promise<FileDownload> => importTemplate('组织机构导入模板.xlsx', '组织机构', COLUMNS);

interface Planned {
  row: number;
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string;
  existing: Org | null;
}

/** A parent known to the import: an org the caller reads, or one planned earlier in the file. */
type ParentRef = { code: string; level: OrgLevel; org: Org | null; path: string | null };

/**
 * Imports orgs from an xlsx laid out like the template, all or nothing. A row's code is its key: a code
 * already in the caller's scope is updated when its name or level differ (a move to another parent is
 * reported, not done: moving a subtree is `updateOrg`); a new code is created under its parent, which is
 * an org the caller may read or a row of the file, and must lie where the caller may create orgs.
 */
export async function importOrgs(ctx: Context, fileBase64: string, dryRun: boolean): Promise<ImportReport> {
  const rows = await readImportRows(fileBase64, COLUMNS, ORG_IMPORT_MAX_ROWS);
  const errors = new RowErrors(COLUMNS);
  const codes = [...new Set(rows.flatMap((r) => [r.cells.code, r.cells.parentCode]).filter((c) => /^\d{12}$/.test(c)))];
  const scope = ctx.where('read', 'Org');
  const known = scope && codes.length ? await ctx.em.find(Org, { $and: [scope, { code: { $in: codes } }] } as never) : [];
  const byCode = new Map(known.map((o) => [o.code!, o]));
  // Codes taken by orgs the caller cannot see: a new row may not reuse them.
  const taken = new Set((await ctx.em.find(Org, { code: { $in: codes } }, { fields: ['code'] })).map((o) => o.code!));
  const planned = checkRows(rows, errors, byCode, taken);
  placeRows(ctx, planned, errors, byCode);
  const good = planned.filter((p) => !errors.has(p.row));
  const changed = good.filter((p) => p.existing && (p.existing.name !== p.name || p.existing.level !== p.level));
  const report = {
    created: good.filter((p) => !p.existing).length,
    updated: changed.length,
    unchanged: good.length - changed.length - good.filter((p) => !p.existing).length,
  };
  if (errors.list.length) return { created: 0, updated: 0, unchanged: 0, errors: errors.sorted(), nothingWritten: true };
  if (dryRun) return { ...report, errors: [], nothingWritten: true };
  await ctx.em.transactional(async (em) => {
    const created = good.filter((p) => !p.existing);
    const ids = created.length
      ? await em.execute<{ id: string }[]>("select nextval('org_id_seq')::text as id from generate_series(1, ?)", [created.length])
      : [];
    const paths = new Map<string, { id: string; path: string }>();
    // Rows come parents first (placeRows ordered them), so each parent's path is known when its child is made.
    const rows = created.map((p, i) => {
      const id = ids[i]!.id;
      const parent = byCode.get(p.parentCode) ?? paths.get(p.parentCode)!;
      const path = `${parent.path}${id}/`;
      paths.set(p.code, { id, path });
      return { id, code: p.code, name: p.name, level: p.level, parent: parent.id, path };
    });
    if (rows.length) await em.insertMany(Org, rows as never[]);
    for (const p of changed) {
      const org = await em.findOneOrFail(Org, p.existing!.id);
      const before = { name: org.name, level: org.level };
      em.assign(org, { name: p.name, level: p.level });
      audit(ctx, em, { operation: 'importOrgs', targetType: 'Org', targetId: org.id, ...diff(before, { name: org.name, level: org.level }) });
    }
    await em.flush();
    audit(ctx, em, { operation: 'importOrgs', targetType: 'Org', targetId: null, after: { ...report, codes: created.map((p) => p.code) } });
  });
  return { ...report, errors: [], nothingWritten: false };
}

function checkRows(rows: ImportRow<Key>[], errors: RowErrors<Key>, byCode: Map<string, Org>, taken: Set<string>): Planned[] {
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  for (const { row, cells } of rows) {
    const { code, name, parentCode } = cells;
    if (!code) errors.say(row, 'code', 'field.required');
    else if (!/^\d{12}$/.test(code)) errors.say(row, 'code', 'field.orgCode');
    else if (seen.has(code)) errors.say(row, 'code', 'import.duplicateIn', { row: seen.get(code)! });
    else if (taken.has(code) && !byCode.has(code)) errors.say(row, 'code', 'conflict.duplicate', { field: code });
    if (!name) errors.say(row, 'name', 'field.required');
    else if (name.length > 100) errors.say(row, 'name', 'field.tooLong', { max: 100 });
    const level = cells.level ? levelOf(cells.level) : undefined;
    if (!cells.level) errors.say(row, 'level', 'field.required');
    else if (!level) errors.say(row, 'level', 'import.choice', { choices: '省, 市, 区县, 乡镇/街道, 社区/村, 部门' });
    if (!parentCode) errors.say(row, 'parentCode', 'field.required');
    else if (!/^\d{12}$/.test(parentCode)) errors.say(row, 'parentCode', 'field.orgCode');
    if (/^\d{12}$/.test(code) && !seen.has(code)) seen.set(code, row);
    if (!errors.has(row)) planned.push({ row, code, name, level: level!, parentCode, existing: byCode.get(code) ?? null });
  }
  return planned;
}

/**
 * Resolves each row's parent (an org the caller reads, or another row), checks level and code prefix
 * against it and that the caller may create (or update) the org there; leaves `planned` parents first.
 */
function placeRows(ctx: Context, planned: Planned[], errors: RowErrors<Key>, byCode: Map<string, Org>) {
  const inFile = new Map(planned.map((p) => [p.code, p]));
  const resolved = new Map<string, ParentRef>();
  const order: Planned[] = [];
  const visiting = new Set<string>();
  const resolve = (p: Planned): ParentRef | null => {
    if (resolved.has(p.code)) return resolved.get(p.code)!;
    if (visiting.has(p.code) || errors.has(p.row)) return null;
    visiting.add(p.code);
    const ref = place(p);
    visiting.delete(p.code);
    if (!ref) return null;
    resolved.set(p.code, ref);
    order.push(p);
    return ref;
  };
  const place = (p: Planned): ParentRef | null => {
    const existingParent = byCode.get(p.parentCode);
    const fileParent = existingParent ? undefined : inFile.get(p.parentCode);
    const parent: ParentRef | null = existingParent
      ? { code: existingParent.code!, level: existingParent.level, org: existingParent, path: existingParent.path }
      : fileParent
        ? resolve(fileParent)
        : null;
    if (!parent) {
      errors.say(p.row, 'parentCode', fileParent ? 'import.parentBad' : 'field.unknown');
      return null;
    }
    if (p.existing) {
      if (p.existing.path !== `${parent.path}${p.existing.id}/`) errors.say(p.row, 'parentCode', 'import.orgMove');
      else if (!ctx.ability.can('update', asSubject('Org', p.existing))) errors.say(p.row, 'code', 'forbidden');
    } else if (
      !ctx.ability.can('create', asSubject('Org', { parent: parent.org && { id: parent.org.id }, level: p.level, path: `${parent.path ?? '/'}new/` }))
    ) {
      errors.say(p.row, 'parentCode', 'forbidden');
    }
    const placement = new FieldErrors();
    checkPlacement(placement, p.level, { level: parent.level });
    if (!placement.empty) errors.add(p.row, 'level', placement.list[0]!.message);
    else if (!codeFitsParent(p.code, p.level, parent)) errors.say(p.row, 'code', 'import.codePrefix', { parent: parent.code });
    if (errors.has(p.row)) return null;
    // A new org's path is known only once written; its children need just its parent's path plus one step, which `forbidden` checks above do not use.
    return { code: p.code, level: p.level, org: p.existing, path: p.existing ? p.existing.path : `${parent.path ?? '/'}new/` };
  };
  for (const p of planned) resolve(p);
  planned.splice(0, planned.length, ...order);
}
