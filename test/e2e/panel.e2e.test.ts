import { startTestApp, type TestApp } from '../support/app';
import { hasChromium, launchBrowser, screenshot, signIn, type Browser } from './browser';

const PASSWORD = 'Demo#2026';
const COMMUNITY = '白檀社区居民委员会';

if (!hasChromium) {
  console.warn('panel e2e skipped: /usr/bin/chromium not found (Debian: apt-get install -y chromium fonts-noto-cjk)');
}
const maybe = hasChromium ? describe : describe.skip;

maybe('admin panel in headless Chromium', () => {
  let app: TestApp | undefined;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    // E2E_BASE_URL points at a running server; without it the test starts its own on a throwaway database.
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

  it('signs in as admin, creates a grid in a community and finds it in the grid list', async () => {
    const { page } = browser;
    const name = `E2E网格${Date.now().toString().slice(-6)}`;
    const number = 9000 + Math.floor(Math.random() * 999);

    await signIn(page, baseUrl, 'admin', PASSWORD);
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
  }, 120_000);
});
