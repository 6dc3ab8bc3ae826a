import { describePanel, screenshot, signIn, signOut } from './browser';

describePanel('events in the panel', (session) => {
  it('a grid worker reports an event, the dispatcher dispatches it, and it waits in the handler inbox', async () => {
    const { page, app } = session;
    const title = `E2E井盖缺失${Date.now().toString().slice(-6)}`;

    await signIn(page, app.url, 'gridworker');
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
    await signIn(page, app.url, 'dispatcher');
    await page.goto(`${app.url}/admin/#/tasks/${taskId}/show`);
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
    await signIn(page, app.url, 'community');
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

    // Switched to English, the panel writes dates the English way, though the browser's language is Chinese.
    await page.locator('a[href="#/tasks"]').first().click();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}/);
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await row
      .getByText(/^\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/)
      .first()
      .waitFor();
    await screenshot(page, 'tasks-08-english-dates');
  }, 180_000);
});
