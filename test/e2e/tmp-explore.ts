import { readFileSync } from 'node:fs';
import { launchBrowser, signIn, screenshot } from './browser';
const base = 'http://127.0.0.1:4100';
(async () => {
  for (const who of ['auditor', 'gridworker']) {
    const b = await launchBrowser();
    const { page } = b;
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await signIn(page, base, who, 'Demo#2026');
    await page.waitForTimeout(2500);
    if (who === 'gridworker') { await page.goto(`${base}/admin/#/grids`); await page.waitForTimeout(2000); }
    await screenshot(page, `y-${who}`);
    await b.close();
  }
  const b = await launchBrowser();
  const { page } = b;
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  const u = readFileSync('/tmp/newuser', 'utf8').trim();
  await page.goto(`${base}/admin/`);
  await page.locator('input[name="username"]').fill(u);
  await page.locator('input[name="password"]').fill('Init#Pass2026x');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/change-password/);
  await page.waitForTimeout(1000);
  await screenshot(page, 'y-change-password');
  await page.locator('input[name="oldPassword"]').fill('Init#Pass2026x');
  await page.locator('input[name="newPassword"]').fill('New#Pass2026yz');
  await page.locator('input[name="confirmPassword"]').fill('New#Pass2026yz');
  await page.locator('button[type="submit"]').click();
  await page.locator('.RaLayout-appFrame').waitFor();
  await page.waitForTimeout(1500);
  await screenshot(page, 'y-after-change');
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.waitForTimeout(1500);
  await screenshot(page, 'y-english');
  await b.close();
})();
