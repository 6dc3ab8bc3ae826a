import { makeIdNumber } from '../../../api/src/modules/person/id-number';
import { startTestApp, type TestApp } from '../../support/app';
import { readXlsx, templateHeaders, xlsx } from './sheets';

let app: TestApp;
let township: string;

const IMPORT = `mutation($f: String!, $d: Boolean, $p: InitialPasswordRule) { importUsers(fileBase64: $f, dryRun: $d, initialPassword: $p) {
  created updated unchanged nothingWritten errors { row column message } passwords { username name password } passwordsFile { filename contentBase64 } } }`;
const HEADERS = ['用户名', '姓名', '身份证号', '手机号', '组织代码', '网格编号', '角色'];
const GULOU_COMMUNITY = '110118001002';
/** Valid ID numbers of 密云 (110228 is its former county prefix, still on ID cards). */
const id = (n: number) => makeIdNumber('110228', `1988${String((n % 12) + 1).padStart(2, '0')}0${(n % 9) + 1}`, 100 + n);
const badCheck = (v: string) => v.slice(0, 17) + (v[17] === '0' ? '1' : '0');

const good = (tag: string) => [
  [`imp_${tag}_1`, '导入网格员一', id(1), '13900000001', GULOU_COMMUNITY, '3', 'grid_worker'],
  [`imp_${tag}_2`, '导入网格员二', id(2), '', GULOU_COMMUNITY, '3、4', 'grid_worker'],
  [`imp_${tag}_3`, '导入书记', id(3), '13900000003', GULOU_COMMUNITY, '', 'community_secretary'],
];
const accounts = (tag: string) =>
  app.query<{ username: string; name: string; phone: string | null; id_number: string; must: boolean; version: number; roles: string; grids: string | null }>(
    `select u.username, u.name, u.phone, u.id_number, u.must_change_password as must, u.version,
            (select string_agg(r.code, ',' order by r.code) from user_role ur join role r on r.id = ur.role_id where ur.user_id = u.id) as roles,
            (select string_agg(g.number::text, ',' order by g.number) from user_grid ug join grid g on g.id = ug.grid_id where ug.user_id = u.id) as grids
       from user_account u where u.username like ? order by u.username`,
    [`imp\\_${tag}\\_%`],
  );

beforeAll(async () => {
  app = await startTestApp();
  township = await app.login('township');
});
afterAll(() => app.stop());

describe('importUsers', () => {
  it('requires a sign-in and the right to create accounts', async () => {
    const f = await xlsx(HEADERS, good('auth'));
    expect((await app.gql(IMPORT, { f })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(IMPORT, { f }, { token: await app.login('community') })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const tpl = await app.gql('{ usersTemplate { filename contentBase64 } }', {}, { token: township });
    expect(await templateHeaders(tpl.data.usersTemplate.contentBase64)).toEqual(HEADERS);
  });

  it('reports every planted error and writes nothing; the fixed file imports; re-import changes nothing; an edited row updates only that row', async () => {
    const rows = [
      ...good('a'),
      ['imp_a_4', '校验位错', badCheck(id(4)), '', GULOU_COMMUNITY, '', 'grid_worker'], // 5
      ['imp_a_5', '未知角色', id(5), '', GULOU_COMMUNITY, '', 'no_such_role'], // 6
      ['imp_a_6', '越权角色', id(6), '', GULOU_COMMUNITY, '', 'judicial_officer'], // 7: wider than township's own rights
      ['imp_a_1', '重复用户名', id(7), '', GULOU_COMMUNITY, '', 'grid_worker'], // 8
      ['imp_a_8', '未知网格', id(8), '', GULOU_COMMUNITY, '99', 'grid_worker'], // 9
      ['imp_a_9', '越界组织', id(9), '', '110118002001', '', 'grid_worker'], // 10: another township's community
    ];
    const bad = await app.gql(IMPORT, { f: await xlsx(HEADERS, rows) }, { token: township, lang: 'en' });
    expect(bad.data.importUsers).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      passwords: [],
      passwordsFile: null,
      errors: [
        { row: 5, column: '身份证号', message: 'the check digit of the ID number is wrong' },
        { row: 6, column: '角色', message: 'there is no role with code no_such_role' },
        { row: 7, column: '角色', message: expect.stringMatching(/^is wider than your own permissions: judicial_officer: /) },
        { row: 8, column: '用户名', message: 'repeats row 2' },
        { row: 9, column: '网格编号', message: 'the community has no grid number 99, or it is outside your scope' },
        { row: 10, column: '组织代码', message: 'does not exist or is outside your scope' },
      ],
    });
    expect(await accounts('a')).toEqual([]);

    const fixed = await xlsx(HEADERS, good('a'));
    expect((await app.gql(IMPORT, { f: fixed, d: true }, { token: township })).data.importUsers).toMatchObject({
      created: 3,
      nothingWritten: true,
      errors: [],
    });
    expect(await accounts('a')).toEqual([]);
    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importUsers).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      nothingWritten: false,
      errors: [],
      passwords: [],
      passwordsFile: null,
    });
    const imported = await accounts('a');
    expect(imported).toEqual([
      { username: 'imp_a_1', name: '导入网格员一', phone: '13900000001', id_number: id(1), must: true, version: 1, roles: 'grid_worker', grids: '3' },
      { username: 'imp_a_2', name: '导入网格员二', phone: null, id_number: id(2), must: true, version: 1, roles: 'grid_worker', grids: '3,4' },
      { username: 'imp_a_3', name: '导入书记', phone: '13900000003', id_number: id(3), must: true, version: 1, roles: 'community_secretary', grids: null },
    ]);
    expect((await app.gql(IMPORT, { f: fixed }, { token: township })).data.importUsers).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await accounts('a')).toEqual(imported);

    const edited = good('a');
    edited[1]![5] = '4';
    expect((await app.gql(IMPORT, { f: await xlsx(HEADERS, edited) }, { token: township })).data.importUsers).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 2,
      errors: [],
    });
    expect(await accounts('a')).toEqual([imported[0], { ...imported[1], grids: '4', version: 2 }, imported[2]]);
    // The audit entry names the change; an ID number never appears in any entry, not even masked.
    const entries = await app.query<{ before: unknown; after: unknown }>("select before, after from audit_log where operation = 'importUsers' order by id");
    const [updated] = await app.query("select before, after from audit_log where operation = 'importUsers' and target_id is not null");
    expect(updated).toEqual({ before: { gridIds: [expect.any(String), expect.any(String)] }, after: { gridIds: [expect.any(String)] } });
    expect(JSON.stringify(entries)).not.toContain(id(1).slice(-4));
  });

  it('lets an imported account sign in with the last 8 of its ID number, only to change it', async () => {
    await app.gql(IMPORT, { f: await xlsx(HEADERS, good('b')) }, { token: township });
    const token = await app.login('imp_b_1', id(1).slice(-8));
    const blocked = await app.gql('{ users(limit: 1) { total } }', {}, { token });
    expect(blocked.errors?.[0]?.extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await app.gql('{ me { username mustChangePassword } }', {}, { token })).data.me).toEqual({ username: 'imp_b_1', mustChangePassword: true });
    const change = await app.gql(
      'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      { o: id(1).slice(-8), n: 'Grid#Worker2026' },
      { token },
    );
    expect(change.data).toEqual({ changePassword: true });
    const works = await app.gql('{ grids(limit: 5) { total items { number } } }', {}, { token });
    expect(works.data.grids).toEqual({ total: 1, items: [{ number: 3 }] });
  });

  it('masks an account ID number to its region for those who do not manage accounts', async () => {
    await app.gql(IMPORT, { f: await xlsx(HEADERS, good('c')) }, { token: township });
    const q = '{ users(filter: { q: "imp_c_1" }) { items { idNumber } } }';
    expect((await app.gql(q, {}, { token: township })).data.users.items).toEqual([{ idNumber: id(1) }]);
    expect((await app.gql(q, {}, { token: await app.login('community') })).data.users.items).toEqual([{ idNumber: '110228************' }]);
  });

  it('returns random passwords once, in the result and as xlsx', async () => {
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, good('d')), p: 'RANDOM' }, { token: township });
    const { passwords, passwordsFile } = res.data.importUsers;
    expect(passwords.map((p: { username: string }) => p.username)).toEqual(['imp_d_1', 'imp_d_2', 'imp_d_3']);
    const sheet = await readXlsx(passwordsFile.contentBase64);
    expect(sheet).toEqual([
      ['用户名', '姓名', '初始密码'],
      ...passwords.map((p: { username: string; name: string; password: string }) => [p.username, p.name, p.password]),
    ]);
    await expect(app.login('imp_d_2', id(2).slice(-8))).rejects.toThrow();
    expect(await app.login('imp_d_2', passwords[1].password)).toEqual(expect.any(String));
  });

  it('refuses two of the three administrators on one account', async () => {
    const admin = await app.login('admin');
    const rows = [['imp_e_1', '双管理员', id(1), '', '110000000000', '', 'security_admin、auditor']];
    const res = await app.gql(IMPORT, { f: await xlsx(HEADERS, rows) }, { token: admin, lang: 'en' });
    expect(res.data.importUsers.errors).toEqual([
      { row: 2, column: '角色', message: expect.stringMatching(/^is wider than your own permissions: security_admin/) },
      { row: 2, column: '角色', message: expect.stringMatching(/^is wider than your own permissions: auditor/) },
    ]);
  });
});
