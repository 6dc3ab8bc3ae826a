import { describePanel, screenshot, signIn, dataOf } from './browser';

interface Ranked {
  rank: number;
  total: number;
  grade: string | null;
  change: number | null;
  scorecard: { subjectName: string };
}
interface Link {
  id: string;
  token: string;
  grid: { id: string; name: string };
}

const ROUND = 'query { assessmentRounds(filter: { period: "2026-Q4" }, limit: 1) { items { id org { id } } } }';
const RANKING = 'query($r: ID!) { assessmentRanking(roundId: $r, limit: 1) { total items { rank total grade change scorecard { subjectName } } } }';
const OPEN_SURVEY = 'mutation($t: ID!, $o: ID!) { openSurveyRound(templateId: $t, period: "2027-H2", orgId: $o) { id links { id token grid { id name } } } }';
const signed = (n: number | null) => (n === null ? '' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

describePanel('assessment pages in the panel', (session) => {
  const signInAs = (username: string) => signIn(session.page, session.app.url, username);
  const ok = (query: string, variables: Record<string, unknown>, token: string) => dataOf(session.app, query, variables, token);

  it('the ranking page shows the round ranking and the child-org summary; arrow keys move between score cells', async () => {
    const { page, app } = session;
    const token = await app.login('assessor');
    const [round] = (await ok(ROUND, {}, token)).assessmentRounds.items as { id: string }[];
    const ranking = (await ok(RANKING, { r: round!.id }, token)).assessmentRanking as { total: number; items: Ranked[] };
    const first = ranking.items[0]!;

    await signInAs('assessor');
    await page.goto(`${app.url}/admin/#/assessments`);
    await page.locator('.assessment-rounds tr[data-period="2026-Q4"] .round-ranking').click();
    await page.goBack();

    // The assessor opens the next quarter's round from the home page.
    await page.locator('.open-assessment-round').click();
    await page.getByRole('combobox', { name: '考核方案（已发布）' }).click();
    await page
      .getByRole('option', { name: /网格季度考核/ })
      .first()
      .click();
    await page.locator('input[name="period"]').fill('2027-Q1');
    await page.getByRole('combobox', { name: '考核单位（含下级）' }).fill('鼓楼街道');
    await page.getByRole('option', { name: '鼓楼街道' }).first().click();
    await page.locator('input[name="deadline"]').fill('2027-04-15');
    await page.waitForTimeout(300);
    await screenshot(page, 'assessment-pages-00-open-round');
    await page.locator('.MuiDialog-root button[type="submit"]').click();
    await page.waitForURL(/#\/assessments\/\d+\/scores$/);
    const opened = (await ok('query { assessmentRounds(filter: { period: "2027-Q1" }) { items { id deadline org { name } } } }', {}, token)).assessmentRounds
      .items as { id: string; deadline: string; org: { name: string } }[];
    expect(opened.map((r) => [r.org.name, r.deadline.slice(0, 10)])).toEqual([['鼓楼街道', '2027-04-15']]);
    expect(page.url()).toMatch(new RegExp(`#/assessments/${opened[0]!.id}/scores$`));
    await page.goto(`${app.url}/admin/#/assessments`);
    await page.locator('.assessment-rounds tr[data-period="2027-Q1"] .round-deadline', { hasText: '2027-04-15' }).waitFor();
    await screenshot(page, 'assessment-pages-00-home');
    await page.locator('.assessment-rounds tr[data-period="2026-Q4"] .round-ranking').click();
    await page.waitForURL(new RegExp(`#/assessments/${round!.id}/ranking$`));
    const top = page.locator('.ranking-table tbody tr').first();
    await top.waitFor();
    expect(await top.locator('td').allTextContents()).toEqual([
      String(first.rank),
      first.scorecard.subjectName,
      first.total.toFixed(2),
      first.grade ?? '',
      expect.any(String),
      signed(first.change),
    ]);
    expect(await page.locator('.ranking-table tbody tr').count()).toBe(Math.min(25, ranking.total));
    await page.getByText(`第 1–25 条，共 ${ranking.total} 条`).waitFor();
    await page.locator('.summary-table tbody tr').first().waitFor();
    await page.locator('.assessment-summary canvas').first().waitFor();
    await page.waitForTimeout(800); // the charts' entry animation
    await screenshot(page, 'assessment-pages-01-ranking');

    await page.goto(`${app.url}/admin/#/assessments/${round!.id}/scores`);
    const cells = page.locator('.score-grid input.score-cell');
    await cells.first().waitFor();
    await cells.first().focus();
    const focused = () =>
      page.evaluate('[document.activeElement.dataset.indicator, document.activeElement.closest("tr").dataset.subject]') as Promise<string[]>;
    const [indicator, subject] = await focused();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual([expect.not.stringMatching(`^${indicator}$`), subject]);
    await page.keyboard.press('ArrowDown');
    const below = await focused();
    expect(below[1]).not.toBe(subject);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toEqual([indicator, below[1]]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toEqual([indicator, subject]);
  }, 180_000);

  it('a survey round shows each grid’s link and QR code, issues codes once, follows answers live and closes', async () => {
    const { page, app } = session;
    const token = await app.login('assessor');
    const [round] = (await ok(ROUND, {}, token)).assessmentRounds.items as { org: { id: string } }[];
    const [template] = (await ok('query { formTemplates(filter: { code: "SATISFACTION", status: [PUBLISHED] }) { items { id } } }', {}, token)).formTemplates
      .items as { id: string }[];
    const survey = (await ok(OPEN_SURVEY, { t: template!.id, o: round!.org.id }, token)).openSurveyRound as {
      id: string;
      links: Link[];
    };
    expect(survey.links.length).toBeGreaterThan(1);

    await signInAs('assessor');
    await page.goto(`${app.url}/admin/#/surveyRounds`);
    await page.locator('.survey-rounds tbody tr', { hasText: '2027-H2' }).click();
    await page.waitForURL(new RegExp(`#/surveyRounds/${survey.id}/show$`));
    const rows = page.locator('.survey-link-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(survey.links.length);
    for (const link of survey.links) {
      const row = page.locator(`.survey-link-row[data-link="${link.id}"]`);
      expect(await row.locator('.survey-url').textContent()).toBe(`${app.url}/admin/#/survey/${link.token}`);
    }
    await page.waitForFunction(
      `[...document.querySelectorAll('img.survey-qr')].filter((i) => i.complete && i.naturalWidth > 0).length === ${survey.links.length}`,
    );

    // One community's grids, so the screenshots stay readable.
    const link = survey.links[0]!;
    const row = page.locator(`.survey-link-row[data-link="${link.id}"]`);
    const community = (await row.locator('td').first().textContent())!.split(' ')[0]!;
    await page.locator('input[name="grid-filter"]').fill(community);
    await row.locator('img.survey-qr').click();
    await page.locator('img.survey-qr-large').waitFor();
    await page.waitForTimeout(400); // the dialog's fade-in
    await screenshot(page, 'assessment-pages-02-survey-qr');
    await page.keyboard.press('Escape');
    await page.locator('img.survey-qr-large').waitFor({ state: 'detached' });
    await screenshot(page, 'assessment-pages-02-survey-round');
    await row.locator('.issue-codes').click();
    await page.locator('input[name="code-count"]').fill('6');
    await page.locator('.issue-codes-confirm').click();
    await page.locator('.issued-code').nth(5).waitFor();
    expect(await page.locator('.issued-code').count()).toBe(6);
    const codes = await page.locator('.issued-code').allTextContents();
    expect(new Set(codes).size).toBe(6);
    await screenshot(page, 'assessment-pages-03-codes');
    await page.locator('.codes-done').click();
    await row.locator('.codes-issued', { hasText: '6' }).waitFor();

    // A resident answers with one of the codes: the grid's responses and score follow without reloading.
    const questionnaire = (await ok('query($t: String!) { publicSurvey(token: $t) { questions { code options { value } } } }', { t: link.token }, token))
      .publicSurvey.questions as { code: string; options: { value: string }[] }[];
    const answers = questionnaire.map((q) => ({ question: q.code, value: q.options[0]!.value }));
    await ok(
      'mutation($t: String!, $c: String!, $a: [SurveyAnswerInput!]!) { submitSurveyResponse(token: $t, code: $c, answers: $a) }',
      {
        t: link.token,
        c: codes[0],
        a: answers,
      },
      '',
    );
    await row.locator('.responses', { hasText: '1' }).waitFor({ timeout: 15_000 });
    const [score] = (
      (await ok('query($r: ID!) { surveyScores(roundId: $r) { key score } }', { r: survey.id }, token)).surveyScores as { key: string; score: number }[]
    ).filter((s) => s.key === link.grid.id);
    expect(await row.locator('.score').textContent()).toBe(score!.score.toFixed(2));

    await page.locator('.close-survey-round').click();
    await page.locator('.ra-confirm').click();
    await page.locator('.survey-round-page[data-status="CLOSED"]').waitFor();
    expect(await page.locator('.close-survey-round').count()).toBe(0);
    const closed = (await ok('query($id: ID!) { surveyRound(id: $id) { status } }', { id: survey.id }, token)).surveyRound as { status: string };
    expect(closed.status).toBe('CLOSED');
  }, 180_000);

  it('the person flagged acknowledges a flag with a self-review; complaints list with their decisions', async () => {
    const { page, app } = session;
    const token = await app.login('gridleader');
    const flags = (await ok('query { consequenceFlags(filter: { status: OPEN }) { items { id userName period allowedActions } } }', {}, token)).consequenceFlags
      .items as { id: string; userName: string; period: string; allowedActions: string[] }[];
    const flag = flags[0]!;
    expect(flag.allowedActions).toEqual(['ACKNOWLEDGE', 'APPEAL']);

    await signInAs('gridleader');
    await page.goto(`${app.url}/admin/#/consequenceFlags?filter=${encodeURIComponent('{"status":"OPEN"}')}`);
    const top = page.locator('.consequence-flags tbody tr').first();
    await top.locator('.flag-acknowledge').waitFor();
    expect(await top.textContent()).toContain(flag.userName);
    expect(await top.locator('.flag-evidence').textContent()).toMatch(/得分|投诉/);
    expect(await top.locator('.flag-uphold').count()).toBe(0);
    await screenshot(page, 'assessment-pages-04-flags');
    await top.locator('.flag-acknowledge').click();
    const review = '本人对辖区入户走访不深入、问题跟进不及时作深刻检查，今后每月逐户走访并建立整改台账。';
    await page.locator('textarea[name="flag-text"]').fill(review);
    await page.locator('.flag-confirm').click();
    await page.getByText('已更新').waitFor();
    const after = (await ok('query($id: ID!) { consequenceFlag(id: $id) { status selfReview allowedActions } }', { id: flag.id }, token)).consequenceFlag;
    expect(after).toEqual({ status: 'ACKNOWLEDGED', selfReview: review, allowedActions: ['APPEAL'] });

    await signInAs('township');
    await page.goto(`${app.url}/admin/#/complaints`);
    await page.locator('.complaints tbody tr').first().waitFor();
    const statuses = await page.locator('.complaints .complaint-status').allTextContents();
    expect(statuses.filter((s) => s === '属实').length).toBe(4);
    expect(await page.locator('.complaints tbody tr', { hasText: '待认定' }).locator('.substantiate-complaint').count()).toBe(1);
    await screenshot(page, 'assessment-pages-05-complaints');
  }, 180_000);
});
