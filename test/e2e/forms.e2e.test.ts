import type { Page } from 'playwright-core';
import { describePanel, screenshot, signIn, signOut } from './browser';

/** Fills the last field editor the builder added: key, label and type. */
async function addField(page: Page, section: number, key: string, label: string, type: string): Promise<void> {
  await page.locator('.section-editor').nth(section).locator('.add-field').click();
  const editor = page.locator('.field-editor').last();
  await editor.locator('input[name$=".key"]').first().fill(key);
  await editor.locator('input[name$=".label"]').first().fill(label);
  if (type !== '数值') {
    await editor.getByRole('combobox', { name: '类型' }).first().click();
    await page.getByRole('option', { name: type, exact: true }).click();
  }
}

describePanel('configurable forms in the panel', (session) => {
  it('admin builds and publishes a template and opens a round; community fills and submits; township returns a field, then approves', async () => {
    const { page, app } = session;
    const code = `E2E_${Date.now().toString().slice(-6)}`;
    const name = `E2E社区月报${code.slice(-6)}`;

    // The builder: a number, a cumulative figure, and a table of 民情日志 entries by category.
    await signIn(page, app.url, 'admin');
    await page.goto(`${app.url}/admin/#/formTemplates/create`);
    await page.locator('input[name="code"]').fill(code);
    await page.locator('input[name="name"]').fill(name);
    await page.locator('.add-section').click();
    await page.locator('input[name="sections.0.label"]').fill('基本情况');
    await addField(page, 0, 'households', '户数', '数值');
    await addField(page, 0, 'cumulative', '累计受理事件', '数值');
    await addField(page, 0, 'entries', '民情日志', '表格');
    const table = page.locator('.field-editor').last();
    await table.locator('.add-column').click();
    await table.locator('input[name="fields.entries.columns.0.key"]').fill('category');
    await table.locator('input[name="fields.entries.columns.0.label"]').fill('类别');
    await table.getByRole('combobox', { name: '类型' }).last().click();
    await page.getByRole('option', { name: '文本', exact: true }).click();
    await table.getByLabel('行键').first().check();
    await table.locator('.add-column').click();
    await table.locator('input[name="fields.entries.columns.1.key"]').fill('times');
    await table.locator('input[name="fields.entries.columns.1.label"]').fill('条数');
    await screenshot(page, 'forms-00-builder-fields');

    // Rules: a syntax error is shown at its position; then the cross-period rule and a table rule.
    await page.locator('.tab-rules').click();
    await page.locator('.add-rule').click();
    await page.locator('input[name="rules.0.expression"]').fill('cumulative >= prev(cumulative');
    await page.locator('.expression-problem').waitFor();
    await screenshot(page, 'forms-01-builder-syntax-error');
    expect(await page.locator('.expression-caret').textContent()).toBe('cumulative >= prev(cumulative\n' + ' '.repeat(29) + '^');
    await page.locator('input[name="rules.0.expression"]').fill('cumulative >= prev(cumulative)');
    await page.locator('input[name="rules.0.message"]').fill('累计受理事件不能少于上月');
    await page.locator('.add-rule').click();
    await page.locator('input[name="rules.1.expression"]').fill('sum(entries.times) <= households');
    await page.locator('input[name="rules.1.message"]').fill('民情日志条数不能超过户数');
    await page.locator('.add-rule').click();
    await page.locator('.rule-editor').nth(2).getByRole('combobox', { name: '级别' }).click();
    await page.getByRole('option', { name: '警告', exact: true }).click();
    await page.locator('input[name="rules.2.expression"]').fill('cumulative <= households');
    await page.locator('input[name="rules.2.message"]').fill('累计受理事件多于户数，请说明');
    expect(await page.locator('.expression-problem').count()).toBe(0);

    // The tester: this month 5 against last month's 8 fires the cross-period rule.
    await page.locator('.tester-current input[name="cumulative"]').fill('5');
    await page.locator('.tester-prev input[name="cumulative"]').fill('8');
    await page.locator('.tester-current input[name="households"]').fill('10');
    await page.locator('.tester-results tr[data-rule="R1"][data-outcome="fail"]').waitFor();
    expect(await page.locator('.tester-results tr[data-rule="R2"]').getAttribute('data-outcome')).toBe('skip');
    expect(await page.locator('.tester-current .form-field-cumulative .field-issue').textContent()).toBe('累计受理事件不能少于上月');
    await page.locator('.tester-prev input[name="cumulative"]').fill('4');
    await page.locator('.tester-results tr[data-rule="R1"][data-outcome="pass"]').waitFor();
    await screenshot(page, 'forms-02-builder-rules');

    await page.locator('.tab-preview').click();
    await page.locator('.form-renderer .add-row').click();
    await screenshot(page, 'forms-02-builder-preview');
    await page.locator('.save-template').click();
    await page.waitForURL(/#\/formTemplates\/\d+$/);
    const templateId = /#\/formTemplates\/(\d+)$/.exec(page.url())![1]!;
    await page.locator('.publish-template').click();
    await page.locator('.template-status', { hasText: '已发布' }).waitFor();

    // A round over 鼓楼街道's communities.
    await page.goto(`${app.url}/admin/#/reportingRounds/create`);
    await page.locator('input[name="templateId"]').fill(name.slice(0, 6));
    await page.getByRole('option', { name }).click();
    await page.locator('input[name="period"]').fill('2026-12');
    await page.locator('input[name="orgId"]').fill('鼓楼街道');
    await page.getByRole('option', { name: '鼓楼街道', exact: true }).click();
    await page.locator('input[name="dueAt"]').fill('2030-01-10T17:00');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/reportingRounds\/[^/]+\/show$/);
    const roundId = /#\/reportingRounds\/([^/]+)\/show$/.exec(page.url())![1]!;

    // community fills: a table row, the table rule's message by the field, fixed, saved, submitted.
    await signOut(page);
    await signIn(page, app.url, 'community');
    await page.goto(`${app.url}/admin/#/formSubmissions?filter=${encodeURIComponent(JSON.stringify({ roundId }))}`);
    await page.locator('.RaList-main tbody tr', { hasText: name }).click();
    await page.locator('.submission-fill').waitFor();
    await page.locator('input[name="households"]').fill('2');
    await page.locator('input[name="cumulative"]').fill('40');
    await page.locator('.add-row').click();
    await page.locator('input[name="entries.0.category"]').fill('城管');
    await page.locator('input[name="entries.0.times"]').fill('3');
    const tableIssue = page.locator('.form-field-entries .field-issue');
    await tableIssue.waitFor();
    expect(await tableIssue.textContent()).toBe('民情日志条数不能超过户数');
    expect(await page.locator('.submit-submission').isDisabled()).toBe(true);
    await screenshot(page, 'forms-03-filling-inline-rule');
    await page.locator('input[name="households"]').fill('30');
    await tableIssue.waitFor({ state: 'detached' });
    // The warning still holds (40 > 30): submit waits for an explanation.
    expect(await page.locator('.form-field-cumulative .field-issue').textContent()).toBe('累计受理事件多于户数，请说明');
    expect(await page.locator('.submit-submission').isDisabled()).toBe(true);
    await page.locator('textarea[name="explanation.R3"]').fill('本月集中受理小区改造诉求');
    await page.locator('.save-submission').click();
    await page.getByText('已保存').first().waitFor();
    await page.locator('.submit-submission').click();
    await page.locator('.submission-status', { hasText: '已上报' }).waitFor();

    // township returns one field with a reason; on the template it sees the admin's rules, which it cannot change.
    await signOut(page);
    await signIn(page, app.url, 'township');
    await page.goto(`${app.url}/admin/#/formTemplates/${templateId}/show`);
    await page.locator('.rule-editor[data-rule="R1"]').waitFor();
    expect(await page.locator('.rule-editor[data-rule="R1"] input[name="rules.0.code"]').isDisabled()).toBe(true);
    expect(await page.locator('.rule-editor[data-rule="R1"] button').isDisabled()).toBe(true);
    expect(await page.locator('.add-rule').isVisible()).toBe(true);
    await page.goto(`${app.url}/admin/#/formSubmissions?filter=${encodeURIComponent(JSON.stringify({ roundId, status: 'SUBMITTED' }))}`);
    await page.locator('.RaList-main tbody tr', { hasText: '鼓楼社区' }).click();
    await page.locator('.submission-review').waitFor();
    expect(await page.locator('.submission-explanations').textContent()).toContain('R3: 本月集中受理小区改造诉求');
    await page.locator('input[name="fieldReason.households"]').fill('户数与户籍台账不符');
    await page.locator('.return-submission').click();
    await page.locator('.submission-status', { hasText: '已退回' }).waitFor();

    // community sees the reason by the field, fixes it and submits again.
    await signOut(page);
    await signIn(page, app.url, 'community');
    await page.goto(`${app.url}/admin/#/formSubmissions?filter=${encodeURIComponent(JSON.stringify({ roundId }))}`);
    await page.locator('.RaList-main tbody tr', { hasText: name }).click();
    const reason = page.locator('.form-field-households .return-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toBe('退回原因: 户数与户籍台账不符');
    await screenshot(page, 'forms-04-filling-returned');
    await page.locator('input[name="households"]').fill('28');
    await page.locator('.save-submission').click();
    await page.getByText('已保存').first().waitFor();
    await page.locator('.submit-submission').click();
    await page.locator('.submission-status', { hasText: '已上报' }).waitFor();

    // township approves; the dashboard shows one of the round's communities reported.
    await signOut(page);
    await signIn(page, app.url, 'township');
    await page.goto(`${app.url}/admin/#/formSubmissions?filter=${encodeURIComponent(JSON.stringify({ roundId, status: 'SUBMITTED' }))}`);
    await page.locator('.RaList-main tbody tr', { hasText: '鼓楼社区' }).click();
    await page.locator('.approve-submission').click();
    await page.locator('.submission-status', { hasText: '已审核' }).waitFor();

    await page.goto(`${app.url}/admin/#/reportingRounds/${roundId}/show`);
    const figures = page.locator('.round-figure');
    await figures.last().filter({ hasText: '%' }).waitFor();
    // 鼓楼街道 has 29 communities; 鼓楼社区's form alone is in, on time and approved: 1/29.
    expect(await figures.allTextContents()).toEqual(['29', '1', '1', '0', '1', '3.45%']);
    const missingRows = page.locator('.late-list tbody tr');
    await missingRows.nth(27).waitFor();
    expect(await missingRows.count()).toBe(28);
    expect(await missingRows.filter({ hasText: '鼓楼社区居民委员会' }).count()).toBe(0);
    const total = page.locator('.round-aggregate tbody tr', { hasText: '合计' });
    await total.waitFor();
    // cumulative 40, 民情日志 城管 3 rows' times, households 28 (the corrected value).
    expect(await total.locator('td').allTextContents()).toEqual(['合计', '40', '3', '28']);
    await screenshot(page, 'forms-05-round-dashboard');
    await page.locator('input[name="urgeMessage"]').fill('请于本周内上报');
    await page.locator('.urge-submissions').click();
    await page.getByText('已催报 28 个单位').waitFor();
  }, 300_000);
});
