import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../../api/src/modules/person/id-number';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tokens: Record<string, string> = {};

const IMPORT = `mutation($f: String!, $m: ImportMode, $d: Boolean) { importSupervisedPeople(fileBase64: $f, mode: $m, dryRun: $d) {
  created updated unchanged nothingWritten errors { row column message } } }`;
const HEADERS = ['姓名', '性别', '民族', '身份证号', '出生日期', '联系电话', '现住址', '社区代码', '网格编号', '人员类别', '风险等级', '开始日期', '结束日期', '简要案情', '备注'];

/**
 * 50 people for 鼓楼社区's four grids; `bad` replaces cells of some rows (row numbers count the header as 1).
 * Each test imports a batch of its own (names 导入<batch>-…, born 1970 + batch in 东城区, where the demo
 * has nobody), so what one test writes never meets another.
 */
function rows(batch: number, bad: Record<number, Record<number, string>> = {}): string[][] {
  return Array.from({ length: 50 }, (_, i) => {
    const row = [
      `导入${batch}-${i + 1}`,
      i % 2 ? '女' : '',
      '汉族',
      makeIdNumber('110101', `${1970 + batch}${String((i % 12) + 1).padStart(2, '0')}15`, 600 + i * 2 + (i % 2 ? 0 : 1)), // odd sequence: male
      '',
      `1360000${String(i).padStart(4, '0')}`,
      `鼓楼东大街${i + 1}号`,
      '110118001002',
      String((i % 4) + 1),
      i % 3 ? '缓刑' : '05',
      ['低', '中', '高'][i % 3]!,
      '2026-01-15',
      '',
      i % 3 ? '盗窃罪，缓刑一年' : '',
      '',
    ];
    for (const [col, value] of Object.entries(bad[i + 2] ?? {})) row[Number(col)] = value;
    return row;
  });
}

async function xlsx(data: string[][], headers = HEADERS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow(headers);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function readXlsx(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
  const out: string[][] = [];
  const ws = wb.worksheets[0]!;
  ws.eachRow((r) => out.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).text)));
  return out;
}

const importedCount = async (batch: number) => Number((await app.query<{ n: string }>('select count(*) as n from supervised_person where name like ?', [`导入${batch}-%`]))[0]!.n);

beforeAll(async () => {
  app = await startTestApp();
  for (const a of ['community', 'gridworker', 'judicial', 'police', 'assessor']) tokens[a] = await app.login(a);
});
afterAll(() => app.stop());

describe('xlsx import', () => {
  it('requires authentication', async () => {
    expect((await app.gql(IMPORT, { f: await xlsx(rows(0)) })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('offers a template with the import columns', async () => {
    const res = await app.gql('{ supervisedPeopleTemplate { filename contentBase64 } }', {}, { token: tokens.gridworker });
    expect(res.data.supervisedPeopleTemplate.filename).toMatch(/\.xlsx$/);
    expect((await readXlsx(res.data.supervisedPeopleTemplate.contentBase64))[0]).toEqual(HEADERS);
    expect((await app.gql('{ supervisedPeopleTemplate { filename } }', {}, { token: tokens.assessor })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('reports all 3 bad rows of 50 by row and column, and writes nothing', async () => {
    const good = rows(1)[9]![3]!;
    const file = await xlsx(rows(1, { 11: { 3: `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}` }, 21: { 8: '99' }, 31: { 9: '赌博' } }));
    const res = await app.gql(IMPORT, { f: file }, { token: tokens.community });
    expect(res.errors).toBeUndefined();
    expect(res.data.importSupervisedPeople).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      errors: [
        { row: 11, column: '身份证号', message: '身份证号校验位错误' },
        { row: 21, column: '网格编号', message: '该社区下没有编号为 99 的网格，或不在您的权限范围内' },
        { row: 31, column: '人员类别', message: '不是人员类别字典中的有效类别' },
      ],
    });
    expect(await importedCount(1)).toBe(0);

    const dry = await app.gql(IMPORT, { f: file, m: 'VALID_ROWS', d: true }, { token: tokens.community });
    expect(dry.data.importSupervisedPeople).toMatchObject({ created: 47, nothingWritten: true });
    expect(dry.data.importSupervisedPeople.errors).toHaveLength(3);
    expect(await importedCount(1)).toBe(0);
  });

  it('imports the valid rows only when asked to', async () => {
    const file = await xlsx(rows(2, { 5: { 0: '' } }).slice(0, 5));
    const res = await app.gql(IMPORT, { f: file, m: 'VALID_ROWS' }, { token: tokens.community });
    expect(res.data.importSupervisedPeople).toEqual({ created: 4, updated: 0, unchanged: 0, nothingWritten: false, errors: [{ row: 5, column: '姓名', message: '不能为空' }] });
    expect(await importedCount(2)).toBe(4);
  });

  it('never duplicates a person when the same file comes again, and updates what changed', async () => {
    const data = rows(3);
    const start = await app.gql(IMPORT, { f: await xlsx(data.slice(0, 4)) }, { token: tokens.community });
    expect(start.data.importSupervisedPeople).toMatchObject({ created: 4, updated: 0, unchanged: 0, errors: [] });
    const first = await app.gql(IMPORT, { f: await xlsx(data) }, { token: tokens.community });
    expect(first.data.importSupervisedPeople).toMatchObject({ created: 46, updated: 0, unchanged: 4, errors: [] });
    expect(await importedCount(3)).toBe(50);
    const again = await app.gql(IMPORT, { f: await xlsx(data) }, { token: tokens.community });
    expect(again.data.importSupervisedPeople).toEqual({ created: 0, updated: 0, unchanged: 50, nothingWritten: false, errors: [] });
    data[7]![5] = '13999999999';
    expect(data[4]![3]).toMatch(/X$/);
    data[4]![3] = data[4]![3]!.replace(/X$/, 'x');
    const changed = await app.gql(IMPORT, { f: await xlsx(data) }, { token: tokens.community });
    expect(changed.data.importSupervisedPeople).toMatchObject({ created: 0, updated: 1, unchanged: 49 });
    expect(await importedCount(3)).toBe(50);
    const [row] = await app.query<{ phone: string }>('select phone from supervised_person where id_number = ?', [data[7]![3]]);
    expect(row!.phone).toBe('13999999999');
  });

  it('refuses rows outside the caller scope and repeated rows, and files that are not the template', async () => {
    const data = rows(4).slice(0, 3).map((r, i) => [r[0]!, '', r[2]!, makeIdNumber('110105', '19600101', 900 + i), ...r.slice(4)]);
    data[2]![3] = data[1]![3]!;
    const res = await app.gql(IMPORT, { f: await xlsx(data) }, { token: tokens.gridworker });
    expect(res.data.importSupervisedPeople.errors).toEqual([
      { row: 3, column: '网格编号', message: '该社区下没有编号为 2 的网格，或不在您的权限范围内' },
      { row: 4, column: '网格编号', message: '该社区下没有编号为 3 的网格，或不在您的权限范围内' },
    ]);
    data[2]![8] = '1';
    const dup = await app.gql(IMPORT, { f: await xlsx([data[0]!, data[2]!, data[2]!]) }, { token: tokens.gridworker });
    expect(dup.data.importSupervisedPeople.errors).toEqual([{ row: 4, column: '身份证号', message: '与第 3 行重复（同一身份证号与类别）' }]);
    const wrong = await app.gql(IMPORT, { f: await xlsx(rows(4), ['姓名', '身份证号']) }, { token: tokens.community });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileBase64' }] });
    const garbage = await app.gql(IMPORT, { f: Buffer.from('not a spreadsheet').toString('base64') }, { token: tokens.community });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileBase64' }] });
    expect((await app.gql(IMPORT, { f: await xlsx(rows(4)) }, { token: tokens.police })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('xlsx export', () => {
  const EXPORT = 'query($f: SupervisedPersonFilter) { exportSupervisedPeople(filter: $f) { filename contentBase64 } }';
  const sheet = async (token: string, filter?: Record<string, unknown>) => {
    const res = await app.gql(EXPORT, { f: filter }, { token });
    expect(res.errors).toBeUndefined();
    return readXlsx(res.data.exportSupervisedPeople.contentBase64);
  };

  it('masks ID numbers and phones and leaves out offence details for the grid worker', async () => {
    const [header, ...body] = await sheet(tokens.gridworker);
    const col = (name: string) => header!.indexOf(name);
    const total = (await app.gql('{ supervisedPeople { total } }', {}, { token: tokens.gridworker })).data.supervisedPeople.total;
    expect(body).toHaveLength(total);
    expect(body.every((r) => /^\d{6}\*{8}[\dX]{4}$/.test(r[col('身份证号')]!))).toBe(true);
    expect(body.every((r) => /^\d{3}\*{4}\d{4}$/.test(r[col('联系电话')]!))).toBe(true);
    expect(body.every((r) => r[col('简要案情')] === '')).toBe(true);
  });

  it('gives the judicial officer full values of correction cases, filtered', async () => {
    const [header, ...body] = await sheet(tokens.judicial, { categoryCode: '01' });
    const ids = body.map((r) => r[header!.indexOf('身份证号')]);
    const expected = await app.query<{ id_number: string }>("select p.id_number from supervised_person p join dictionary d on d.id = p.category_id where d.code = '01' and p.org_id in (select id from org where path like (select path from org where code = '110118001000') || '%')");
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id_number)));
    expect(body.every((r) => r[header!.indexOf('人员类别')] === '缓刑')).toBe(true);
    expect(body.some((r) => r[header!.indexOf('简要案情')] !== '')).toBe(true);
  });

  it('exports nothing to the assessor and leaves an audit entry', async () => {
    const [header, ...body] = await sheet(tokens.assessor);
    expect(header).toContain('身份证号');
    expect(body).toEqual([]);
    const [entry] = await app.query<{ username: string }>("select username from audit_log where operation = 'exportSupervisedPeople' order by id desc limit 1");
    expect(entry!.username).toBe('assessor');
  });
});
