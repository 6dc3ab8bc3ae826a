import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../../api/src/modules/person/id-number';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tokens: Record<string, string> = {};

const IMPORT = `mutation($f: String!, $m: ImportMode, $d: Boolean) { importSupervisedPeople(fileBase64: $f, mode: $m, dryRun: $d) {
  created updated unchanged nothingWritten errors { row column message } } }`;
const HEADERS = [
  '姓名',
  '性别',
  '民族',
  '身份证号',
  '出生日期',
  '联系电话',
  '现住址',
  '社区代码',
  '网格编号',
  '人员类别',
  '风险等级',
  '开始日期',
  '结束日期',
  '简要案情',
  '备注',
];

/** 50 people for 鼓楼社区's four grids; `bad` replaces cells of some rows (row numbers count the header as 1). */
function rows(bad: Record<number, Record<number, string>> = {}): string[][] {
  return Array.from({ length: 50 }, (_, i) => {
    const row = [
      `导入${i + 1}`,
      i % 2 ? '女' : '',
      '汉族',
      makeIdNumber('110105', `1975${String((i % 12) + 1).padStart(2, '0')}15`, 600 + i * 2 + (i % 2 ? 0 : 1)), // odd sequence: male
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

/** Each import test starts from the seed: no imported people. */
const clearImported = () => app.query("delete from supervised_person where name like '导入%'");
const importedCount = async () => Number((await app.query<{ n: string }>("select count(*) as n from supervised_person where name like '导入%'"))[0]!.n);
/** The report of an import that must be answered; an answer with errors fails here and shows them. */
async function imported(file: string, token: string, options: { m?: 'VALID_ROWS'; d?: boolean } = {}) {
  const res = await app.gql(IMPORT, { f: file, ...options }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.importSupervisedPeople;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const a of ['community', 'gridworker', 'judicial', 'police', 'assessor']) tokens[a] = await app.login(a);
});
afterAll(() => app.stop());

describe('xlsx import', () => {
  it('requires authentication', async () => {
    expect((await app.gql(IMPORT, { f: await xlsx(rows()) })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('offers a template with the import columns', async () => {
    const res = await app.gql('{ supervisedPeopleTemplate { filename contentBase64 } }', {}, { token: tokens.gridworker });
    expect(res.data.supervisedPeopleTemplate.filename).toMatch(/\.xlsx$/);
    expect((await readXlsx(res.data.supervisedPeopleTemplate.contentBase64))[0]).toEqual(HEADERS);
    expect((await app.gql('{ supervisedPeopleTemplate { filename } }', {}, { token: tokens.assessor })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('reports all 3 bad rows of 50 by row and column, and writes nothing', async () => {
    await clearImported();
    const good = rows()[9]![3]!;
    const file = await xlsx(rows({ 11: { 3: `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}` }, 21: { 8: '99' }, 31: { 9: '赌博' } }));
    expect(await imported(file, tokens.community)).toEqual({
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
    expect(await importedCount()).toBe(0);

    const dry = await imported(file, tokens.community, { m: 'VALID_ROWS', d: true });
    expect(dry).toMatchObject({ created: 47, nothingWritten: true });
    expect(dry.errors).toHaveLength(3);
    expect(await importedCount()).toBe(0);
  });

  it('imports the valid rows only when asked to', async () => {
    await clearImported();
    const file = await xlsx(rows({ 5: { 0: '' } }).slice(0, 5));
    expect(await imported(file, tokens.community, { m: 'VALID_ROWS' })).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      nothingWritten: false,
      errors: [{ row: 5, column: '姓名', message: '不能为空' }],
    });
    expect(await importedCount()).toBe(4);
  });

  it('never duplicates a person when the same file comes again, and updates what changed', async () => {
    const asCommunity = async (data: string[][]) => imported(await xlsx(data), tokens.community);
    await clearImported();
    const data = rows();
    expect(await asCommunity(data.slice(0, 4))).toMatchObject({ created: 4 });
    // The 4 already there have phone cells: the community sees phones masked, so a filled one is written, never compared.
    expect(await asCommunity(data)).toMatchObject({ created: 46, updated: 4, unchanged: 0, errors: [] });
    expect(await importedCount()).toBe(50);
    expect(await asCommunity(data)).toEqual({ created: 0, updated: 50, unchanged: 0, nothingWritten: false, errors: [] });
    // Blank phone and offence cells keep what is stored (unseen values are not erased), so only a visible change counts.
    const blank = data.map((r) => r.map((cell, i) => (i === 5 || i === 13 ? '' : cell)));
    expect(await asCommunity(blank)).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    blank[7]![6] = '鼓楼西大街1号';
    blank[8]![3] = blank[8]![3]!.replace(/X$/, 'x');
    expect(await asCommunity(blank)).toMatchObject({ created: 0, updated: 1, unchanged: 49 });
    expect(await importedCount()).toBe(50);
    const [row] = await app.query<{ phone: string; address: string; offence_summary: string | null }>(
      'select phone, address, offence_summary from supervised_person where id_number = ?',
      [data[7]![3]],
    );
    expect(row).toEqual({ phone: data[7]![5], address: '鼓楼西大街1号', offence_summary: data[7]![13] });
  });

  it('answers a dry run the same whether a hidden offence summary or masked phone matches or not (no oracle)', async () => {
    const idNumber = makeIdNumber('110105', '19660606', 881);
    const base = rows()
      .slice(0, 1)
      .map((r) => ['口径一', '', r[2]!, idNumber, '', '13600001111', r[6]!, r[7]!, '1', '缓刑', '低', '2026-01-15', '', '盗窃罪，缓刑一年', '']);
    expect(await imported(await xlsx(base), tokens.judicial)).toMatchObject({ created: 1 });
    const report = async (phone: string, offence: string) =>
      imported(await xlsx([base[0]!.map((c, i) => (i === 5 ? phone : i === 13 ? offence : c))]), tokens.community, { d: true });
    const right = await report('13600001111', '盗窃罪，缓刑一年');
    expect(right).toEqual({ created: 0, updated: 1, unchanged: 0, nothingWritten: true, errors: [] });
    expect(await report('13600009999', '诈骗罪')).toEqual(right);
    // The judicial officer sees both in full and is told the truth.
    expect(await imported(await xlsx(base), tokens.judicial, { d: true })).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
  });

  it('reports a person active in another grid as needing a transfer, audits the hit and stops after 10 an hour', async () => {
    const [{ id: worker }] = await app.query<{ id: string }>("select id::text from user_account where username = 'gridworker'");
    const elsewhere = await app.query<{ id: string; id_number: string; code: string }>(
      `select p.id::text, p.id_number, d.code from supervised_person p join dictionary d on d.id = p.category_id join org o on o.id = p.org_id
        where p.status = 'ACTIVE' and o.code <> '110118001002' order by p.id limit 11`,
    );
    const grid1 = rows()[0]!;
    const rowFor = (p: { id_number: string; code: string }, i: number) => [
      `撞号${i}`,
      '',
      '',
      p.id_number,
      '',
      '',
      '',
      '110118001002',
      '1',
      p.code,
      '',
      '',
      '',
      '',
      '',
    ];
    const dry = await imported(await xlsx(elsewhere.slice(0, 3).map(rowFor)), tokens.gridworker, { d: true });
    expect(dry.errors).toEqual([1, 2, 3].map((i) => ({ row: i + 1, column: '身份证号', message: '此人已有在管记录，需提出转移申请' })));
    const hits = await app.query<{ target_id: string }>("select target_id from audit_log where user_id = ? and operation = 'idNumberClash' order by id", [
      worker,
    ]);
    expect(hits.map((h) => h.target_id)).toEqual(elsewhere.slice(0, 3).map((p) => p.id));
    // 8 more hits in one file exceed the 10 an hour: RATE_LIMITED, and from then on no ID number of this user is looked up.
    const over = await app.gql(IMPORT, { f: await xlsx(elsewhere.slice(3, 11).map(rowFor)), d: true }, { token: tokens.gridworker });
    expect(over.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    const fresh = [[...grid1.slice(0, 3), makeIdNumber('110105', '19500101', 771), ...grid1.slice(4, 8), '1', ...grid1.slice(9)]];
    expect((await app.gql(IMPORT, { f: await xlsx(fresh), d: true }, { token: tokens.gridworker })).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    await app.query("delete from audit_log where user_id = ? and operation = 'idNumberClash'", [worker]);
    expect(await imported(await xlsx(fresh), tokens.gridworker, { d: true })).toMatchObject({
      created: 1,
      errors: [],
    });
  });

  it('refuses rows outside the caller scope and repeated rows, and files that are not the template', async () => {
    const data = rows()
      .slice(0, 3)
      .map((r, i) => [r[0]!, '', r[2]!, makeIdNumber('110105', '19600101', 900 + i), ...r.slice(4)]);
    data[2]![3] = data[1]![3]!;
    expect((await imported(await xlsx(data), tokens.gridworker)).errors).toEqual([
      { row: 3, column: '网格编号', message: '该社区下没有编号为 2 的网格，或不在您的权限范围内' },
      { row: 4, column: '网格编号', message: '该社区下没有编号为 3 的网格，或不在您的权限范围内' },
    ]);
    data[2]![8] = '1';
    expect((await imported(await xlsx([data[0]!, data[2]!, data[2]!]), tokens.gridworker)).errors).toEqual([
      { row: 4, column: '身份证号', message: '与第 3 行重复（同一身份证号与类别）' },
    ]);
    const wrong = await app.gql(IMPORT, { f: await xlsx(rows(), ['姓名', '身份证号']) }, { token: tokens.community });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileBase64' }] });
    const garbage = await app.gql(IMPORT, { f: Buffer.from('not a spreadsheet').toString('base64') }, { token: tokens.community });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileBase64' }] });
    expect((await app.gql(IMPORT, { f: await xlsx(rows()) }, { token: tokens.police })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
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
    // The birth date is the 8 digits the mask hides: blank too.
    expect(body.every((r) => r[col('出生日期')] === '')).toBe(true);
  });

  it('gives the judicial officer full values of correction cases, filtered', async () => {
    const [header, ...body] = await sheet(tokens.judicial, { categoryCode: '01' });
    const ids = body.map((r) => r[header!.indexOf('身份证号')]);
    const expected = await app.query<{ id_number: string }>(
      "select p.id_number from supervised_person p join dictionary d on d.id = p.category_id where d.code = '01' and p.org_id in (select id from org where path like (select path from org where code = '110118001000') || '%')",
    );
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id_number)));
    expect(body.every((r) => r[header!.indexOf('人员类别')] === '缓刑')).toBe(true);
    expect(body.some((r) => r[header!.indexOf('简要案情')] !== '')).toBe(true);
    const born = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    expect(body.every((r) => r[header!.indexOf('出生日期')] === born(r[header!.indexOf('身份证号')]!))).toBe(true);
  });

  it('exports nothing to the assessor and leaves an audit entry', async () => {
    const [header, ...body] = await sheet(tokens.assessor);
    expect(header).toContain('身份证号');
    expect(body).toEqual([]);
    const [entry] = await app.query<{ username: string }>("select username from audit_log where operation = 'exportSupervisedPeople' order by id desc limit 1");
    expect(entry!.username).toBe('assessor');
  });
});
