import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds/demo.seeder';
import { startTestApp, type TestApp } from '../support/app';

/** Debian's chromium; playwright-core downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Headless Chromium on a fresh, empty profile that is deleted on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gridgov-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the panel's login form, whoever was signed in before, and waits for the signed-in layout. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await signOut(page);
  await page.reload();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('.RaLayout-appFrame').waitFor();
}

/** Forgets the signed-in user, so the next signIn starts from the login form. */
export async function signOut(page: Page): Promise<void> {
  await page.evaluate('localStorage.clear()');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The data of a GraphQL request the test needs to succeed; its errors, if any, fail the test. */
export async function dataOf(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await app.gql(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A panel test's fixtures: the real server on a throwaway copy of the demo database, and one headless Chromium page. */
export interface PanelSession {
  app: TestApp;
  page: Page;
}

/**
 * `describe` for a panel test, with the session ready inside its tests. Without Chromium the tests
 * are reported as skipped and the reason is printed: never a silent pass.
 */
export function describePanel(name: string, body: (session: PanelSession) => void): void {
  if (!hasChromium) console.warn(`${name}: skipped, ${CHROMIUM} not found (Debian: apt-get install -y chromium fonts-noto-cjk)`);
  const session = {} as PanelSession;
  let browser: Browser | undefined;
  (hasChromium ? describe : describe.skip)(name, () => {
    beforeAll(async () => {
      session.app = await startTestApp();
      browser = await launchBrowser();
      session.page = browser.page;
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await session.app?.stop();
    });
    body(session);
  });
}
