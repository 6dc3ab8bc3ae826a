import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import type { FileDownload, ImportReport } from '../../core/import-report';
import { importTemplate, intCell, readImportRows, RowErrors, type ImportColumn } from '../../core/import-sheet';
import { audit, diff } from '../audit/audit.service';
import { Org, OrgLevel } from '../org/org.entity';
import { Grid } from './grid.entity';

export const GRID_IMPORT_MAX_ROWS = 5000;

type Key = 'orgCode' | 'number' | 'name' | 'level' | 'parentNumber' | 'households' | 'population' | 'boundary';
const COLUMNS: ImportColumn<Key>[] = [
  { key: 'orgCode', header: '社区代码', required: true, width: 15, text: true, note: '12 位代码：社区/村或乡镇/街道（在您的管理范围内）' },
  { key: 'number', header: '网格编号', required: true, width: 9, note: '组织内唯一，1–99999' },
  { key: 'name', header: '网格名称', required: true, width: 20 },
  { key: 'level', header: '层级', width: 6, note: '1、2 或 3（一级/二级/三级网格），默认 1' },
  { key: 'parentNumber', header: '上级网格编号', width: 12, note: '同一组织中高一级的网格（已有或本表中的）；一级网格不填' },
  { key: 'households', header: '户数', width: 8 },
  { key: 'population', header: '人口', width: 8 },
  { key: 'boundary', header: '四至', width: 40, note: '东、南、西、北的边界，文字' },
];

export const gridsTemplate = (): Promise<FileDownload> => importTemplate('网格导入模板.xlsx', '网格', COLUMNS);

interface Planned {
  row: number;
  org: Org;
  number: number;
  name: string;
  level: number;
  parentNumber: number | null;
  households: number | null;
  population: number | null;
  boundary: string | null;
  existing: Grid | null;
}
const values = (g: Pick<Grid, 'name' | 'level' | 'households' | 'population' | 'boundary'> & { parentNumber: number | null }) => ({
  name: g.name,
  level: g.level,
  parentNumber: g.parentNumber,
  households: g.households ?? null,
  population: g.population ?? null,
  boundary: g.boundary ?? null,
});

/**
 * Imports grids from an xlsx laid out like the template, all or nothing; staff come with the accounts
 * import. A row's key is (community code, number): an existing grid the caller may update is updated
 * when a value differs, a new one is created where the caller may create grids. A parent grid is an
 * existing grid of the same org or a row of the file, exactly one level up.
 */
export async function importGrids(ctx: Context, fileBase64: string, dryRun: boolean): Promise<ImportReport> {
  const rows = await readImportRows(fileBase64, COLUMNS, GRID_IMPORT_MAX_ROWS);
  const errors = new RowErrors(COLUMNS);
  const codes = [...new Set(rows.map((r) => r.cells.orgCode).filter((c) => /^\d{12}$/.test(c)))];
  const orgScope = ctx.where('read', 'Org');
  const orgs = new Map(
    (orgScope && codes.length ? await ctx.em.find(Org, { $and: [orgScope, { code: { $in: codes } }] } as never) : []).map((o) => [o.code!, o]),
  );
  const gridScope = ctx.where('read', 'Grid');
  const existing = new Map(
    (gridScope && orgs.size ? await ctx.em.find(Grid, { $and: [gridScope, { org: { $in: [...orgs.values()].map((o) => o.id) } }] } as never) : []).map((g) => [
      `${g.org.id}/${g.number}`,
      g,
    ]),
  );
  // Numbers taken in those orgs by grids the caller cannot read: a new row may not reuse them.
  const taken = new Set(
    orgs.size
      ? (await ctx.em.find(Grid, { org: { $in: [...orgs.values()].map((o) => o.id) } }, { fields: ['org', 'number'] })).map((g) => `${g.org.id}/${g.number}`)
      : [],
  );
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const org = orgs.get(cells.orgCode);
    if (!cells.orgCode) errors.say(row, 'orgCode', 'field.required');
    else if (!/^\d{12}$/.test(cells.orgCode)) errors.say(row, 'orgCode', 'field.orgCode');
    else if (!org) errors.say(row, 'orgCode', 'import.orgUnknown');
    else if (org.level !== OrgLevel.COMMUNITY && org.level !== OrgLevel.TOWNSHIP) errors.say(row, 'orgCode', 'field.gridOrg');
    if (!cells.number) errors.say(row, 'number', 'field.required');
    const number = intCell(errors, row, 'number', cells.number, 1, 99999);
    if (!cells.name) errors.say(row, 'name', 'field.required');
    else if (cells.name.length > 100) errors.say(row, 'name', 'field.tooLong', { max: 100 });
    const level = cells.level ? intCell(errors, row, 'level', cells.level, 1, 3) : 1;
    const parentNumber = intCell(errors, row, 'parentNumber', cells.parentNumber, 1, 99999);
    const households = intCell(errors, row, 'households', cells.households, 0, 100000);
    const population = intCell(errors, row, 'population', cells.population, 0, 1000000);
    if (cells.boundary.length > 1000) errors.say(row, 'boundary', 'field.tooLong', { max: 1000 });
    if (level === 1 && parentNumber) errors.say(row, 'parentNumber', 'field.gridParentLevel');
    if (level && level > 1 && !cells.parentNumber) errors.say(row, 'parentNumber', 'field.gridParentLevel');
    if (org && number) {
      const key = `${org.id}/${number}`;
      if (seen.has(key)) errors.say(row, 'number', 'import.duplicateIn', { row: seen.get(key)! });
      else {
        seen.set(key, row);
        if (taken.has(key) && !existing.has(key)) errors.say(row, 'number', 'conflict.duplicate', { field: String(number) });
      }
    }
    if (errors.has(row)) continue;
    planned.push({
      row,
      org: org!,
      number: number!,
      name: cells.name,
      level: level!,
      parentNumber: parentNumber ?? null,
      households: households ?? null,
      population: population ?? null,
      boundary: cells.boundary || null,
      existing: existing.get(`${org!.id}/${number}`) ?? null,
    });
  }
  const numberOf = new Map([...existing.values()].map((g) => [g.id, g.number]));
  const parentNumberOf = (g: Grid) => (g.parent ? (numberOf.get(g.parent.id) ?? null) : null);
  const levelOf = new Map<string, number>([...existing.values()].map((g) => [`${g.org.id}/${g.number}`, g.level]));
  for (const p of planned) levelOf.set(`${p.org.id}/${p.number}`, p.level);
  for (const p of planned) {
    const parentLevel = p.parentNumber ? levelOf.get(`${p.org.id}/${p.parentNumber}`) : undefined;
    if (p.parentNumber && parentLevel === undefined) errors.say(p.row, 'parentNumber', 'import.gridUnknown', { number: p.parentNumber });
    else if (p.parentNumber && parentLevel !== p.level - 1) errors.say(p.row, 'parentNumber', 'field.gridParentLevel');
    const org = { id: p.org.id, path: p.org.path, level: p.org.level };
    const target = asSubject('Grid', p.existing ? { id: p.existing.id, number: p.existing.number, level: p.existing.level, org } : { id: 'new', org });
    if (!ctx.ability.can(p.existing ? 'update' : 'create', target)) errors.say(p.row, 'orgCode', 'forbidden');
  }
  const good = planned.filter((p) => !errors.has(p.row));
  if (errors.list.length) return { created: 0, updated: 0, unchanged: 0, errors: errors.sorted(), nothingWritten: true };
  const stored = (g: Grid) =>
    values({ name: g.name, level: g.level, households: g.households, population: g.population, boundary: g.boundary, parentNumber: parentNumberOf(g) });
  const changed = good.filter((p) => p.existing && JSON.stringify(stored(p.existing)) !== JSON.stringify(values(p)));
  const created = good.filter((p) => !p.existing);
  const report = { created: created.length, updated: changed.length, unchanged: good.length - created.length - changed.length };
  if (dryRun) return { ...report, errors: [], nothingWritten: true };
  await ctx.em.transactional(async (em) => {
    const byKey = new Map([...existing.values()].map((g) => [`${g.org.id}/${g.number}`, g.id]));
    const parentId = (p: Planned) => (p.parentNumber ? byKey.get(`${p.org.id}/${p.parentNumber}`)! : null);
    // Level by level, so every parent has its id before its children point at it.
    for (const level of [1, 2, 3]) {
      const made = created
        .filter((p) => p.level === level)
        .map((p) => {
          const { parentNumber: _, ...fields } = values(p);
          const grid = em.create(Grid, { ...fields, number: p.number, org: p.org, parent: parentId(p) } as never);
          return [p, grid] as const;
        });
      await em.flush();
      for (const [p, grid] of made) byKey.set(`${p.org.id}/${p.number}`, grid.id);
    }
    for (const p of changed) {
      const grid = await em.findOneOrFail(Grid, p.existing!.id);
      const before = stored(grid);
      const { parentNumber: _, ...fields } = values(p);
      em.assign(grid, { ...fields, parent: parentId(p) } as never);
      audit(ctx, em, { operation: 'importGrids', targetType: 'Grid', targetId: grid.id, ...diff(before, values(p)) });
    }
    await em.flush();
    audit(ctx, em, { operation: 'importGrids', targetType: 'Grid', targetId: null, after: report });
  });
  return { ...report, errors: [], nothingWritten: false };
}
