import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../../api/src/modules/person/id-number';
import { createUser } from '../support/factories';
import { describePanel, screenshot, signIn, signOut } from './browser';

const HEADERS = ['用户名', '姓名', '身份证号', '手机号', '组织代码', '网格编号', '角色'];
const COMMUNITY = '110118001002';

/** An accounts sheet as a county would fill in the template, saved where the file input can pick it up. */
async function accountsFile(dir: string, name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

/** Whoever an earlier test signed in (if any) is forgotten: each test signs in its own account. */
async function signedOut(page: Page, baseUrl: string): Promise<void> {
  if (page.url().startsWith(baseUrl)) await signOut(page);
}

async function sheetRows(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  const ws = wb.worksheets[0]!;
  const out: string[][] = [];
  ws.eachRow((r) => out.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).text)));
  return out;
}

describePanel('onboarding: the API explorer and the account import in headless Chromium', (session) => {
  it('loads /graphiql from the server alone, runs `me` with a token and shows the docs', async () => {
    const { page, app } = session;
    const origin = new URL(app.url).origin;
    const elsewhere: string[] = [];
    // Everything not from gridgov itself is refused, as on a government network without internet.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });

    const token = await app.login('admin');
    // Signed out, so the explorer does not pick up a panel session an earlier test left.
    await signedOut(page, app.url);
    await page.goto(`${app.url}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    await page.locator('.graphiql-query-editor .view-lines').getByText('query Me').waitFor();
    await screenshot(page, 'onboarding-01-graphiql-signed-out');

    await page.locator('input[name="token"]').fill(token);
    await page.getByRole('button', { name: '使用令牌' }).click();
    await page.getByTestId('signed-in').getByText('系统管理员 (admin)').waitFor();

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"username": "admin"').waitFor();
    // Monaco draws spaces as no-break spaces.
    const shown = JSON.parse((await response.textContent())!.replace(/\u00a0/g, ' '));
    expect(shown.data.me).toMatchObject({
      username: 'admin',
      name: '系统管理员',
      roles: [{ code: 'system_admin', name: '系统管理员', scope: 'ALL' }],
      grids: [],
    });

    const docs = page.locator('.graphiql-doc-explorer');
    await screenshot(page, 'onboarding-02-graphiql-me');
    await docs.getByText('Mutation', { exact: true }).first().click();
    await docs.getByText('login', { exact: true }).first().waitFor();
    await screenshot(page, 'onboarding-03-graphiql-docs-mutations');
    await docs.getByText('AuthPayload', { exact: true }).first().click();
    await docs.getByText('Send as', { exact: false }).first().waitFor();
    await screenshot(page, 'onboarding-04-graphiql-docs-description');

    expect(elsewhere).toEqual([]);
    await page.unroute('**/*');
  }, 120_000);

  it('an admin imports an accounts file: sees the errors, fixes them, imports and downloads the one-time passwords', async () => {
    const { page, app } = session;
    const dir = mkdtempSync(join(tmpdir(), 'gridgov-import-'));
    const tag = Date.now().toString().slice(-6);
    const first = { username: `e2e_a_${tag}`, idNumber: makeIdNumber('110118', '19900101', 101) };
    const second = { username: `e2e_b_${tag}`, idNumber: makeIdNumber('110118', '19851231', 202) };
    const badCheckDigit = second.idNumber.slice(0, 17) + (second.idNumber[17] === '0' ? '1' : '0');
    const withErrors = await accountsFile(dir, 'accounts-with-errors.xlsx', [
      [first.username, '导入网格员甲', first.idNumber, '13800000001', COMMUNITY, '1', 'grid_worker'],
      [second.username, '导入网格员乙', badCheckDigit, '13800000002', '110118999999', '', 'no_such_role'],
    ]);
    const fixed = await accountsFile(dir, 'accounts-fixed.xlsx', [
      [first.username, '导入网格员甲', first.idNumber, '13800000001', COMMUNITY, '1', 'grid_worker'],
      [second.username, '导入网格员乙', second.idNumber, '13800000002', COMMUNITY, '2', 'grid_worker'],
    ]);

    await signedOut(page, app.url);
    await signIn(page, app.url, 'admin');
    await page.locator('a[href="#/onboarding"]').click();
    await page.getByRole('tab', { name: '3. 账号' }).click();
    await page.getByLabel('随机生成（每个账号不同）').check();

    await page.locator('input[name="importFile"]').setInputFiles(withErrors);
    await page.getByRole('button', { name: '校验文件' }).click();
    const errors = page.locator('.import-errors tbody tr');
    await errors.first().waitFor();
    const table = await Promise.all((await errors.all()).map((r) => r.locator('td').allTextContents()));
    expect(table.map(([row, column]) => [row, column])).toEqual([
      ['3', '身份证号'],
      ['3', '组织代码'],
      ['3', '角色'],
    ]);
    expect(await page.locator('.import-summary').textContent()).toBe('发现 3 处问题，未写入任何数据。请修改文件后重新导入。');
    await screenshot(page, 'onboarding-05-import-errors');
    expect(await app.query('select 1 from user_account where username in (?, ?)', [first.username, second.username])).toEqual([]);

    await page.locator('input[name="importFile"]').setInputFiles(fixed);
    await page.getByRole('button', { name: '校验文件' }).click();
    await page.locator('.import-summary', { hasText: '校验通过' }).waitFor();
    expect(await page.locator('.import-summary').textContent()).toBe('校验通过：将新增 2 条，更新 0 条，0 条无变化。未写入任何数据。');

    await page.getByLabel('仅校验（不写入）').uncheck();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    // Whatever answers the click (the new summary, or an error notification) is what the assertion shows.
    const outcome = page.locator('.import-summary').filter({ hasNotText: '校验通过' }).or(page.locator('.MuiSnackbar-root'));
    await outcome.first().waitFor();
    expect(await outcome.first().textContent()).toBe('导入完成：新增 2 条，更新 0 条，0 条无变化。');
    await screenshot(page, 'onboarding-06-imported');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载初始密码' }).click()]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const rows = await sheetRows(saved);
    const byUser = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byUser.keys()].sort()).toEqual([first.username, second.username]);
    await page.locator('.import-passwords', { hasText: '已下载' }).waitFor();
    await screenshot(page, 'onboarding-07-passwords-downloaded');

    // The downloaded password signs the account in, and it must be changed first.
    const password = byUser.get(first.username)![rows[0]!.indexOf('初始密码')]!;
    const login = await app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { mustChangePassword } } }', {
      u: first.username,
      p: password,
    });
    expect(login.data?.login.user.mustChangePassword).toBe(true);
  }, 120_000);

  it('the security administrator keeps the password policy, unlocks an account and sees the sessions', async () => {
    const { page, app } = session;
    const admin = await app.login('admin');
    const [{ id: township }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const tag = Date.now().toString().slice(-6);
    const officer = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `e2e_sec_${tag}`, name: '安全管理员乙' });
    // The system administrator cannot grant the security administrator's role (三员分立): set it as admin:create --role would.
    await app.query("update user_role set role_id = (select id from role where code = 'security_admin') where user_id = ?", [officer.id]);
    const locked = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `e2e_locked_${tag}`, name: '被锁定的网格员' });
    await app.query("update user_account set locked_until = now() + interval '10 minutes', failed_logins = 5 where id = ?", [locked.id]);

    await signedOut(page, app.url);
    await signIn(page, app.url, officer.username, officer.password);
    // The security administrator creates no accounts, so the import page is not offered.
    await page.locator('a[href="#/security"]').waitFor();
    expect(await page.locator('a[href="#/onboarding"]').count()).toBe(0);
    await page.locator('a[href="#/security"]').click();

    const minLength = page.locator('input[name="minLength"]');
    await minLength.waitFor();
    await minLength.fill('3');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.password-policy .Mui-error', { hasText: '8' }).first().waitFor();
    await screenshot(page, 'onboarding-08-password-policy-refused');

    await page.getByRole('tab', { name: '锁定账号' }).click();
    const lockedRow = page.locator('.locked-accounts tbody tr', { hasText: locked.username });
    await lockedRow.waitFor();
    await screenshot(page, 'onboarding-09-locked-accounts');
    await lockedRow.getByRole('button', { name: '解锁' }).click();
    await lockedRow.waitFor({ state: 'detached' });
    expect(await app.query('select locked_until from user_account where id = ?', [locked.id])).toEqual([{ locked_until: null }]);

    await page.getByRole('tab', { name: '在线会话' }).click();
    await page.locator('.active-sessions tbody tr', { hasText: officer.username }).first().waitFor();
    await screenshot(page, 'onboarding-10-sessions');
  }, 120_000);

  it('the auditor exports the filtered audit log as xlsx', async () => {
    const { page, app } = session;
    const admin = await app.login('admin');
    const [{ id: township }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const created = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `e2e_audit_${Date.now().toString().slice(-6)}` });

    await signedOut(page, app.url);
    await signIn(page, app.url, 'auditor');
    // The list as a filter link opens it (react-admin keeps the filter in the address).
    await page.goto(`${app.url}/admin/#/auditLogs?filter=${encodeURIComponent(JSON.stringify({ operation: 'createUser', targetId: created.id }))}`);
    // Filtered means one row, and it is this account's creation (ids are short: match the cell, not the row's text).
    const cell = (source: string) => `rows[0].querySelector('td.column-${source}')?.textContent`;
    await page.waitForFunction(
      `(() => { const rows = document.querySelectorAll('.RaList-main tbody tr');
        return rows.length === 1 && ${cell('operation')} === 'createUser' && ${cell('targetId')} === ${JSON.stringify(created.id)}; })()`,
    );
    await screenshot(page, 'onboarding-11-audit-log-filtered');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 xlsx' }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'gridgov-audit-')), download.suggestedFilename());
    await download.saveAs(saved);
    const [header, ...rows] = await sheetRows(saved);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[column('用户名')], r[column('操作')], r[column('对象类型')], r[column('对象 ID')]])).toEqual([
      ['admin', 'createUser', 'User', created.id],
    ]);
  }, 120_000);
});
