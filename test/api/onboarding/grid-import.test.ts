import { startTestApp, type TestApp } from '../../support/app';
import { templateHeaders, xlsx } from './sheets';

let app: TestApp;
let township: string;

const IMPORT = `mutation($f: String!, $d: Boolean) { importGrids(fileBase64: $f, dryRun: $d) { created updated unchanged nothingWritten errors { row column message } } }`;
const HEADERS = ['社区代码', '网格编号', '网格名称', '层级', '上级网格编号', '户数', '人口', '四至'];
/** 白檀社区 of 鼓楼街道; the demo numbers its grids from 1 to at most 4. */
const BAITAN = '110118001001';

const good = () => [
  [BAITAN, '201', '导入201号网格', '1', '', '160', '420', '东至白檀路，南至鼓楼街，西至檀溪巷，北至云水道'],
  [BAITAN, '202', '导入202号网格', '2', '201', '80', '200', ''],
  [BAITAN, '203', '导入203号网格', '', '', '', '', ''],
];
const gridsNamed = () =>
  app.query<{
    number: number;
    name: string;
    level: number;
    households: number | null;
    population: number | null;
    boundary: string | null;
    parent: number | null;
    version: number;
  }>(
    `select g.number, g.name, g.level, g.households, g.population, g.boundary, p.number as parent, g.version
       from grid g left join grid p on p.id = g.parent_id where g.name like '导入%' order by g.number`,
  );

beforeAll(async () => {
  app = await startTestApp();
  township = await app.login('township');
});
afterAll(() => app.stop());

describe('importGrids', () => {
  it('requires a sign-in and the right to create grids', async () => {
    const f = await xlsx(HEADERS, good());
    expect((await app.gql(IMPORT, { f })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(IMPORT, { f }, { token: await app.login('county') })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const tpl = await app.gql('{ gridsTemplate { filename contentBase64 } }', {}, { token: township });
    expect(await templateHeaders(tpl.data.gridsTemplate.contentBase64)).toEqual(HEADERS);
  });

  it('reports every planted error and writes nothing; the fixed file imports; re-import changes nothing; an edited row updates only that row', async () => {
    const rows = [
      ...good(),
      ['1100', '204', '坏代码', '1', '', '', '', ''], // 5: bad code
      ['110118009001', '205', '未知社区', '1', '', '', '', ''], // 6: unknown (or out-of-scope) community
      [BAITAN, '201', '重复编号', '1', '', '', '', ''], // 7: duplicate number (row 2)
      [BAITAN, '1', '已有编号', '1', '202', '', '', ''], // 8: a level-1 grid with a parent
      [BAITAN, '206', '上级未知', '2', '299', '', '', ''], // 9: unknown parent grid
      [BAITAN, '207', '户数有误', '1', '', 'abc', '', ''], // 10: households not a number
    ];
    const bad = await app.gql(IMPORT, { f: await xlsx(HEADERS, rows) }, { token: township, lang: 'en' });
    expect(bad.data.importGrids).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      errors: [
        { row: 5, column: '社区代码', message: 'must be a 12-digit administrative-division code' },
        { row: 6, column: '社区代码', message: 'the community code does not exist or is outside your scope' },
        { row: 7, column: '网格编号', message: 'repeats row 2' },
        { row: 8, column: '上级网格编号', message: 'the parent grid must be exactly one level up' },
        { row: 9, column: '上级网格编号', message: 'the community has no grid number 299, or it is outside your scope' },
        { row: 10, column: '户数', message: 'must be an integer' },
      ],
    });
    expect(await gridsNamed()).toEqual([]);

    const fixed = await xlsx(HEADERS, good());
    expect((await app.gql(IMPORT, { f: fixed, d: true }, { token: township })).data.importGrids).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      errors: [],
    });
    expect(await gridsNamed()).toEqual([]);
    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importGrids).toMatchObject({ created: 3, nothingWritten: false });
    const imported = await gridsNamed();
    expect(imported).toEqual([
      {
        number: 201,
        name: '导入201号网格',
        level: 1,
        households: 160,
        population: 420,
        boundary: '东至白檀路，南至鼓楼街，西至檀溪巷，北至云水道',
        parent: null,
        version: 1,
      },
      { number: 202, name: '导入202号网格', level: 2, households: 80, population: 200, boundary: null, parent: 201, version: 1 },
      { number: 203, name: '导入203号网格', level: 1, households: null, population: null, boundary: null, parent: null, version: 1 },
    ]);
    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importGrids).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      nothingWritten: false,
      errors: [],
    });
    expect(await gridsNamed()).toEqual(imported);

    const edited = good();
    edited[2]![5] = '175';
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, edited) }, { token: township })).data.importGrids).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
      nothingWritten: false,
      errors: [],
    });
    expect(await gridsNamed()).toEqual([imported[0], imported[1], { ...imported[2], households: 175, version: 2 }]);
  });

  it('keeps a township inside its own subtree', async () => {
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, [['110118002001', '301', '越界网格', '1', '', '', '', '']]) }, { token: township });
    expect(res.data.importGrids.errors).toEqual([{ row: 2, column: '社区代码', message: '社区代码不存在或不在您的权限范围内' }]);
    expect(await app.query("select id from grid where name = '越界网格'")).toEqual([]);
  });
});
