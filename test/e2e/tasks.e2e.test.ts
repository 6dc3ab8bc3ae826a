import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { hasChromium, launchBrowser, screenshot, signIn, type Browser } from './browser';

const PASSWORD = 'Demo#2026';
const maybe = hasChromium ? describe : describe.skip;

/** Forgets the signed-in user, so the next signIn starts from the login form. */
async function signOut(page: Page) {
  await page.evaluate('localStorage.clear()');
}

maybe('events in the panel', () => {
  let app: TestApp | undefined;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    if (process.env.E2E_BASE_URL) {
      baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
    } else {
      app = await startTestApp();
      baseUrl = app.url;
    }
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a grid worker reports an event, the dispatcher dispatches it, and it waits in the handler inbox', async () => {
    const { page } = browser;
    const title = `E2E井盖缺失${Date.now().toString().slice(-6)}`;

    await signIn(page, baseUrl, 'gridworker', PASSWORD);
    await page.locator('a[href="#/tasks"]').first().click();
    await page.locator('a[href="#/tasks/create"]').click();
    await page.locator('input[name="gridId"]').fill('1号');
    await page.getByRole('option', { name: '1号网格' }).click();
    await page.locator('input[name="title"]').fill(title);
    await page.getByRole('combobox', { name: '事件类别' }).click();
    await page.getByRole('option', { name: '公共设施' }).click();
    await page.locator('input[name="location"]').fill('鼓楼社区东门');
    await screenshot(page, 'tasks-01-report');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/tasks\/[^/]+\/show$/);
    await page.getByText('已上报').first().waitFor();
    const taskId = /#\/tasks\/([^/]+)\/show$/.exec(page.url())![1]!;
    await screenshot(page, 'tasks-02-reported');

    await signOut(page);
    await signIn(page, baseUrl, 'dispatcher', PASSWORD);
    await page.goto(`${baseUrl}/admin/#/tasks/${taskId}/show`);
    const actions = page.locator('.task-actions');
    await actions.getByRole('button', { name: '登记' }).click();
    await page.locator('.task-actions').getByRole('button', { name: '分拨' }).waitFor();
    expect(await page.locator('.task-actions button').allTextContents()).toEqual(['分拨', '打回', '催办']);
    await page.locator('.task-actions').getByRole('button', { name: '分拨' }).click();
    await page.locator('input[name="handlerOrgId"]').fill('鼓楼社区');
    await page.getByRole('option', { name: '鼓楼社区居民委员会' }).click();
    await screenshot(page, 'tasks-03-dispatch-dialog');
    await page.getByRole('dialog').locator('button[type="submit"]').click();
    await page.locator('.task-timeline').getByText('分拨').first().waitFor();
    await page.getByText('已分拨').first().waitFor();
    await screenshot(page, 'tasks-04-dispatched');

    await signOut(page);
    await signIn(page, baseUrl, 'community', PASSWORD);
    await page.locator('a[href="#/tasks"]').first().click();
    const row = page.locator('.RaList-main tbody tr', { hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('已分拨');
    await screenshot(page, 'tasks-05-handler-inbox');
    await row.click();
    await page.locator('.task-actions').getByRole('button', { name: '受理' }).waitFor();
    expect(await page.locator('.task-actions button').allTextContents()).toEqual(['受理', '打回', '上报上级']);

    await page.locator('a[href="#/taskDashboard"]').first().click();
    await page.locator('.dashboard-figure').first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'tasks-06-dashboard');
    await page.locator('a[href="#/gridReports"]').first().click();
    await page.locator('.report-calendar [data-light]').first().waitFor();
    await screenshot(page, 'tasks-07-report-calendar');
  }, 180_000);
});
