import { describePanel, screenshot, signIn } from './browser';

const COMMUNITY = '白檀社区居民委员会';

describePanel('admin panel in headless Chromium', (session) => {
  it('signs in as admin, creates a grid in a community and finds it in the grid list', async () => {
    const { page, app } = session;
    const name = `E2E网格${Date.now().toString().slice(-6)}`;
    const number = 9000 + Math.floor(Math.random() * 999);

    await signIn(page, app.url, 'admin');
    await screenshot(page, 'panel-01-signed-in');

    await page.locator('a[href="#/grids"]').first().click();
    await page.locator('.RaList-main table').waitFor();
    await screenshot(page, 'panel-02-grid-list');

    await page.locator('a[href="#/grids/create"]').click();
    await page.locator('input[name="orgId"]').fill(COMMUNITY.slice(0, 2));
    await page.getByRole('option', { name: COMMUNITY }).click();
    await page.locator('input[name="number"]').fill(String(number));
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="households"]').fill('180');
    await page.locator('input[name="population"]').fill('460');
    await page.locator('textarea[name="boundary"]').fill('东至白檀路，西至滨河路');
    await screenshot(page, 'panel-03-grid-create');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(/#\/grids\/[^/]+\/show$/);
    await page.getByText(name).first().waitFor();
    await screenshot(page, 'panel-04-grid-created');

    await page.locator('a[href="#/grids"]').first().click();
    await page.locator('input[name="q"]').fill(name);
    const row = page.locator('.RaList-main tbody tr', { hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain(COMMUNITY);
    expect(await row.textContent()).toContain(String(number));
    await screenshot(page, 'panel-05-grid-found');

    // A link to nowhere: react-admin's not-found page, with the panel's name in the app bar (not its i18n key).
    await page.goto(`${app.url}/admin/#/no-such-page`);
    await page.getByText('未发现').waitFor();
    expect(await page.locator('header').textContent()).toContain('网格化社会治理 · 管理后台');
    await screenshot(page, 'panel-06-not-found');
  }, 120_000);
});
