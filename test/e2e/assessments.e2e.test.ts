import type { Page } from 'playwright-core';
import { describePanel, screenshot, signIn, signOut } from './browser';

interface Card {
  id: string;
  subjectName: string;
  status: string;
  total: number;
  grade: string | null;
  scores: { indicator: string; score: number | null }[];
}

const ROUNDS = 'query { assessmentRounds(filter: { period: "2026-Q4" }, limit: 5) { items { id org { id } scheme { name } } } }';
const CARDS = 'query($r: ID!) { scorecards(filter: { roundId: $r }, limit: 500) { items { id subjectName status total grade scores { indicator score } } } }';
const AUTO = ['green', 'closure', 'visits', 'survey'];
/** The demo scheme's default bands. */
const gradeOf = (total: number) => (total >= 90 ? '优秀' : total >= 80 ? '良好' : total >= 60 ? '合格' : '不合格');
const autoSum = (card: Card) => card.scores.filter((s) => AUTO.includes(s.indicator)).reduce((sum, s) => sum + (s.score ?? 0), 0);
const round2 = (n: number) => Math.round(n * 100) / 100;

const row = (page: Page, subject: string) => page.locator(`.score-grid tr[data-subject="${subject}"]`);
const cell = (page: Page, subject: string, indicator: string) => row(page, subject).locator(`input.score-cell[data-indicator="${indicator}"]`);

/** What a spreadsheet puts on the clipboard, delivered as a real paste event to the focused cell. */
async function pasteInto(page: Page, subject: string, indicator: string, text: string): Promise<void> {
  await cell(page, subject, indicator).focus();
  // A string, as the tests are typed without the DOM library.
  await page.evaluate(
    `(() => { const d = new DataTransfer(); d.setData('text/plain', ${JSON.stringify(text)}); document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true })); })()`,
  );
}

describePanel('assessments in the panel', (session) => {
  it('assessor scores three grids by typing and pasting and submits; township confirms one and reopens another; a resident answers a survey link', async () => {
    const { page, app } = session;
    const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
      const res = await app.gql(query, variables, { token });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    const assessorToken = await app.login('assessor');
    const [round] = (await ok(ROUNDS, {}, assessorToken)).assessmentRounds.items as { id: string; org: { id: string }; scheme: { name: string } }[];
    const cardsNow = async () => (await ok(CARDS, { r: round!.id }, assessorToken)).scorecards.items as Card[];
    const before = await cardsNow();
    const drafts = before.filter((c) => c.status === 'DRAFT' && c.scores.every((s) => AUTO.includes(s.indicator) || s.score === null));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = drafts.slice(-3) as [Card, Card, Card];
    const done = before.filter((x) => x.status !== 'DRAFT').length;

    // Home: the round with its progress.
    await signIn(page, app.url, 'assessor');
    await page.goto(`${app.url}/admin/#/assessments`);
    const home = page.locator('.assessment-rounds tr[data-period="2026-Q4"]');
    await home.locator('.round-progress', { hasText: `${done}/${before.length}` }).waitFor();
    expect(await home.locator('td').nth(3).textContent()).toBe('进行中');
    await home.locator('.open-round').click();
    await page.waitForURL(new RegExp(`#/assessments/${round!.id}/scores$`));
    await cell(page, a.subjectName, 'ledger').waitFor();
    // The demo's last three unscored grids share a community: the subject filter keeps the grid short.
    const community = a.subjectName.split(' ')[0]!;
    expect([b, c].every((x) => x.subjectName.startsWith(community))).toBe(true);
    await page.locator('input[name="subject-filter"]').fill(community);
    await page.locator('.score-grid tbody tr').first().waitFor();
    expect(await page.locator('.score-grid tbody tr').count()).toBe(before.filter((x) => x.subjectName.startsWith(community)).length);

    // Typing: the total and grade follow every keystroke.
    await cell(page, a.subjectName, 'ledger').fill('8');
    await cell(page, a.subjectName, 'visitRecords').fill('9.5');
    const totalA = round2(autoSum(a) + 17.5);
    expect(await row(page, a.subjectName).locator('.live-total').textContent()).toBe(totalA.toFixed(2));
    expect(await row(page, a.subjectName).locator('.live-grade').textContent()).toBe(gradeOf(totalA));

    // Out of range: a message under the cell, and nothing is saved while it stands.
    await cell(page, b.subjectName, 'ledger').fill('12');
    expect(await row(page, b.subjectName).locator('.cell-error').textContent()).toBe('应为 0 至 10');
    await page.locator('.save-scores').click();
    await page.getByText('请先改正标红的单元格').waitFor();
    await page.getByText('请先改正标红的单元格').waitFor({ state: 'detached' });

    // A block pasted from Excel into B's first cell fills B and C.
    await pasteInto(page, b.subjectName, 'ledger', '7\t8.5\r\n6\t10\r\n');
    expect(await cell(page, b.subjectName, 'ledger').inputValue()).toBe('7');
    expect(await cell(page, b.subjectName, 'visitRecords').inputValue()).toBe('8.5');
    expect(await cell(page, c.subjectName, 'ledger').inputValue()).toBe('6');
    expect(await cell(page, c.subjectName, 'visitRecords').inputValue()).toBe('10');
    expect(await row(page, b.subjectName).locator('.cell-error').count()).toBe(0);
    const totalB = round2(autoSum(b) + 15.5);
    const totalC = round2(autoSum(c) + 16);
    expect(await row(page, c.subjectName).locator('.live-total').textContent()).toBe(totalC.toFixed(2));
    await screenshot(page, 'assessments-01-score-grid');

    await page.locator('.save-scores').click();
    await page.getByText('已保存 3 张评分表').waitFor();
    await page.locator('.score-grid tr.row-changed').waitFor({ state: 'detached' });
    const saved = Object.fromEntries((await cardsNow()).map((x) => [x.id, x]));
    expect([a, b, c].map((x) => [saved[x.id]!.total, saved[x.id]!.grade])).toEqual([
      [totalA, gradeOf(totalA)],
      [totalB, gradeOf(totalB)],
      [totalC, gradeOf(totalC)],
    ]);

    for (const x of [a, b]) {
      await row(page, x.subjectName).locator('.submit-card').click();
      await page.locator(`.score-grid tr[data-subject="${x.subjectName}"][data-status="SUBMITTED"]`).waitFor();
    }
    expect(await row(page, c.subjectName).getAttribute('data-status')).toBe('DRAFT');

    // Township: confirms A, and confirms then reopens B with a reason.
    await signOut(page);
    await signIn(page, app.url, 'township');
    await page.goto(`${app.url}/admin/#/assessments/${round!.id}/scores`);
    await page.locator('input[name="subject-filter"]').fill(community);
    for (const x of [a, b]) {
      await row(page, x.subjectName).locator('.confirm-card').click();
      await page.locator(`.score-grid tr[data-subject="${x.subjectName}"][data-status="CONFIRMED"]`).waitFor();
    }
    await row(page, b.subjectName).locator('.reopen-card').click();
    await page.locator('textarea[name="reopen-reason"]').fill('走访记录与台账不一致，请核实后重评');
    await page.locator('.reopen-confirm').click();
    await page.locator(`.score-grid tr[data-subject="${b.subjectName}"][data-status="DRAFT"]`).waitFor();
    expect(await row(page, c.subjectName).locator('.confirm-card').count()).toBe(0);
    expect(await page.locator('.save-scores').count()).toBe(0);
    await screenshot(page, 'assessments-02-ranking');
    const after = Object.fromEntries((await cardsNow()).map((x) => [x.id, x.status]));
    expect([after[a.id], after[b.id], after[c.id]]).toEqual(['CONFIRMED', 'DRAFT', 'DRAFT']);
    const [audit] = await app.query<{ n: string }>("select count(*)::text as n from audit_log where target_id = ? and operation ilike '%reopen%' and success", [
      b.id,
    ]);
    expect(audit!.n).toBe('1');

    // A resident: the survey link opens without signing in.
    const [template] = (await ok('query { formTemplates(filter: { code: "SATISFACTION", status: [PUBLISHED] }) { items { id name } } }', {}, assessorToken))
      .formTemplates.items as { id: string; name: string }[];
    expect(template!.name).toBe('网格员满意度测评');
    const surveyRound = (
      await ok(
        'mutation($t: ID!, $o: ID!) { openSurveyRound(templateId: $t, period: "2027-H1", orgId: $o) { id links { id token grid { id } } } }',
        { t: template!.id, o: round!.org.id },
        assessorToken,
      )
    ).openSurveyRound as { id: string; links: { id: string; token: string; grid: { id: string } }[] };
    const link = surveyRound.links[0]!;
    const [code] = (await ok('mutation($l: ID!) { issueSurveyCodes(linkId: $l, count: 1) }', { l: link.id }, assessorToken)).issueSurveyCodes as string[];
    await signOut(page);
    await page.goto(`${app.url}/admin/#/survey/${link.token}`);
    await page.locator('.public-survey [data-question="q1"]').waitFor();
    expect(await page.locator('.RaLayout-appFrame').count()).toBe(0);
    for (const q of ['q1', 'q2', 'q3', 'q4', 'q5']) await page.locator(`[data-question="${q}"]`).getByLabel('满意', { exact: true }).check();
    await page.locator('input[name="survey-code"]').fill(code!);
    await page.locator('.survey-submit:not([disabled])').waitFor();
    await page.waitForTimeout(300); // the label's shrink animation
    await screenshot(page, 'assessments-03-survey');
    await page.locator('.survey-submit').click();
    await page.locator('.survey-thanks').waitFor();
    const scores = (await ok('query($r: ID!) { surveyScores(roundId: $r, groupBy: GRID) { key responses score } }', { r: surveyRound.id }, assessorToken))
      .surveyScores as { key: string; responses: number; score: number | null }[];
    expect(scores.find((s) => s.key === link.grid.id)).toMatchObject({ responses: 1, score: 100 });
  }, 240_000);
});
