import { describePanel, screenshot, signIn } from './browser';

describePanel('people ledger in headless Chromium', (session) => {
  it('signs in as gridworker, opens a person, sees the masked ID number and adds a visit', async () => {
    const { page, app } = session;
    const findings = `E2E走访${Date.now().toString().slice(-6)}：在家，情绪稳定`;

    await signIn(page, app.url, 'gridworker');
    await page.locator('a[href="#/supervisedPeople"]').first().click();
    const rows = page.locator('.RaList-main tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    await screenshot(page, 'people-01-ledger');

    await rows.first().locator('td').first().click();
    const idNumber = page.locator('.person-id-number').first();
    await idNumber.waitFor();
    expect(page.url()).toMatch(/#\/supervisedPeople\/\d+\/show$/);
    expect(await idNumber.textContent()).toMatch(/^身份证号\d{6}\*{8}[\dX]{4}$/);
    await screenshot(page, 'people-02-person-masked-id');

    const personId = page.url().match(/supervisedPeople\/([^/]+)\/show/)![1]!;
    await page.getByRole('button', { name: '添加走访' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: '谈话' }).click();
    await dialog.locator('textarea[name="findings"]').fill(findings);
    await dialog.locator('textarea[name="psychologicalState"]').fill('稳定');
    await screenshot(page, 'people-03-add-visit');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '走访谈话' }).click();
    await page.locator('.visit-timeline').getByText(findings).waitFor();
    await screenshot(page, 'people-04-visit-added');

    const [visit] = await app.query<{ username: string; person_id: string }>(
      'select u.username, v.person_id::text from visit v join user_account u on u.id = v.recorded_by_id where v.findings = ?',
      [findings],
    );
    expect(visit).toEqual({ username: 'gridworker', person_id: personId });
  }, 120_000);
});
