import { startTestApp, type TestApp } from '../../support/app';
import { templateHeaders, xlsx } from './sheets';

let app: TestApp;
let township: string;

const IMPORT = `mutation($f: String!, $d: Boolean) { importOrgs(fileBase64: $f, dryRun: $d) { created updated unchanged nothingWritten errors { row column message } } }`;
const HEADERS = ['代码', '名称', '层级', '上级代码'];
const GULOU = '110118001000';

/** Three new communities of 鼓楼街道 (codes 110118001<9nn>), the third a department-free village. */
const good = (prefix: string) => [
  [`${prefix}1`, '导入一社区', '社区', GULOU],
  [`${prefix}2`, '导入二社区', 'COMMUNITY', GULOU],
  [`${prefix}3`, '导入三村', '村', GULOU],
];
const orgsNamed = (like: string) =>
  app.query<{ code: string; name: string; level: string; version: number; parent: string }>(
    'select o.code, o.name, o.level, o.version, p.code as parent from org o join org p on p.id = o.parent_id where o.name like ? order by o.code',
    [like],
  );

beforeAll(async () => {
  app = await startTestApp();
  township = await app.login('township');
});
afterAll(() => app.stop());

describe('importOrgs', () => {
  it('requires a sign-in and the right to create orgs', async () => {
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, good('11011800195')) })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, good('11011800195')) }, { token: await app.login('gridworker') });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const tpl = await app.gql('{ orgsTemplate { filename contentBase64 } }', {}, { token: township });
    expect(tpl.data.orgsTemplate.filename).toBe('组织机构导入模板.xlsx');
    expect(await templateHeaders(tpl.data.orgsTemplate.contentBase64)).toEqual(HEADERS);
  });

  it('reports every planted error by row and column and writes nothing; the fixed file imports; re-import changes nothing; an edited row updates only that row', async () => {
    const rows = [
      ...good('11011800191'),
      ['12345', '坏代码社区', '社区', GULOU], // 5: bad code
      ['110118001925', '无上级社区', '社区', '110118009000'], // 6: unknown parent
      ['110118001911', '重复社区', '社区', GULOU], // 7: duplicate code (row 2)
      ['110118002926', '错前缀社区', '社区', GULOU], // 8: code outside the parent's prefix
      ['110118001927', '错层级', '省', GULOU], // 9: a province under a township
    ];
    const bad = await app.gql(IMPORT, { f: await xlsx(HEADERS, rows) }, { token: township, lang: 'en' });
    expect(bad.data.importOrgs).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      errors: [
        { row: 5, column: '代码', message: 'must be a 12-digit administrative-division code' },
        { row: 6, column: '上级代码', message: 'does not exist or is outside your scope' },
        { row: 7, column: '代码', message: 'repeats row 2' },
        {
          row: 8,
          column: '代码',
          message: 'must start with the significant digits of the parent code 110118001000 and end in zeros past its own level',
        },
        { row: 9, column: '层级', message: 'must be a lower level than the parent (TOWNSHIP)' },
      ],
    });
    expect(await orgsNamed('导入%')).toEqual([]);

    const fixed = await xlsx(HEADERS, good('11011800191'));
    const dry = await app.gql(IMPORT, { f: fixed, d: true }, { token: township });
    expect(dry.data.importOrgs).toEqual({ created: 3, updated: 0, unchanged: 0, nothingWritten: true, errors: [] });
    expect(await orgsNamed('导入%')).toEqual([]);
    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importOrgs).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      nothingWritten: false,
      errors: [],
    });
    const imported = await orgsNamed('导入%');
    expect(imported).toEqual([
      { code: '110118001911', name: '导入一社区', level: 'COMMUNITY', version: 1, parent: GULOU },
      { code: '110118001912', name: '导入二社区', level: 'COMMUNITY', version: 1, parent: GULOU },
      { code: '110118001913', name: '导入三村', level: 'COMMUNITY', version: 1, parent: GULOU },
    ]);
    const visible = await app.gql('{ orgs(filter: { q: "导入" }) { total } }', {}, { token: township });
    expect(visible.data.orgs.total).toBe(3);

    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importOrgs).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      nothingWritten: false,
      errors: [],
    });
    expect(await orgsNamed('导入%')).toEqual(imported);

    const edited = good('11011800191');
    edited[1]![1] = '导入二社区（改名）';
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, edited) }, { token: township })).data.importOrgs).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
      nothingWritten: false,
      errors: [],
    });
    expect(await orgsNamed('导入%')).toEqual([imported[0], { ...imported[1], name: '导入二社区（改名）', version: 2 }, imported[2]]);
    const [entry] = await app.query<{ before: unknown; after: unknown }>(
      "select before, after from audit_log where operation = 'importOrgs' and target_id is not null order by id desc limit 1",
    );
    expect(entry).toEqual({ before: { name: '导入二社区' }, after: { name: '导入二社区（改名）' } });
  });

  it('takes parents from the same file, in any order, and nests them', async () => {
    const rows = [
      ['110118001931', '嵌套导入社区', '社区', '110118001930'],
      ['110118001930', '嵌套导入部门', '部门', GULOU],
    ];
    // A department has no children: the community under it is refused by level, and both rows write nothing.
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, rows) }, { token: township, lang: 'en' });
    expect(res.data.importOrgs.errors).toEqual([{ row: 2, column: '层级', message: 'must be a lower level than the parent (DEPARTMENT)' }]);
    const county = await app.login('admin');
    const nested = [
      ['110118001940', '嵌套导入社区', '社区', '110118940000'],
      ['110118940000', '嵌套导入街道', '街道', '110118000000'],
    ];
    // 110118001940 is not under 110118940: the prefix check names the parent.
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, nested) }, { token: county })).data.importOrgs.errors).toEqual([
      { row: 2, column: '代码', message: '代码须以上级代码 110118940000 的有效前缀开头，且本级之后为 0' },
    ]);
    nested[0]![0] = '110118940001';
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, nested) }, { token: county })).data.importOrgs).toMatchObject({ created: 2, errors: [] });
    expect(await orgsNamed('嵌套导入%')).toEqual([
      { code: '110118940000', name: '嵌套导入街道', level: 'TOWNSHIP', version: 1, parent: '110118000000' },
      { code: '110118940001', name: '嵌套导入社区', level: 'COMMUNITY', version: 1, parent: '110118940000' },
    ]);
    const [{ ok }] = await app.query<{ ok: boolean }>(
      "select c.path = p.path || c.id || '/' as ok from org c join org p on p.id = c.parent_id where c.code = '110118940001'",
    );
    expect(ok).toBe(true);
  });

  it('keeps a township inside its own subtree', async () => {
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, [['110118002951', '导入越界社区', '社区', '110118002000']]) }, { token: township });
    expect(res.data.importOrgs.errors).toEqual([{ row: 2, column: '上级代码', message: '不存在或不在您的权限范围内' }]);
    // Nor may it take over a code of another township by "updating" it.
    const taken = await app.gql(IMPORT, { f: await xlsx(HEADERS, [['110118002001', '改名', '社区', GULOU]]) }, { token: township });
    expect(taken.data.importOrgs.errors).toEqual([{ row: 2, column: '代码', message: '110118002001 已存在' }]);
    expect((await app.query("select name from org where code = '110118002001'"))[0].name).toBe('康居社区居民委员会');
  });
});
