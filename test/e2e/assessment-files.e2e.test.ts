import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describePanel, screenshot, signIn, dataOf } from './browser';

interface Indicator {
  code: string;
  name: string;
  kind: 'MANUAL' | 'AUTO';
  source: string | null;
  maxScore: number;
  weight: number;
}
interface Card {
  id: string;
  status: string;
  subjectName: string;
  total: number;
  grade: string | null;
  scores: { indicator: string; score: number | null }[];
}

const ROUND = `query { assessmentRounds(filter: { period: "2026-Q4" }, limit: 1) {
  items { id scheme { id code name indicators { code name kind source maxScore weight } } } } }`;
const CARDS = 'query($r: ID!) { scorecards(filter: { roundId: $r }, limit: 500) { items { id status subjectName total grade scores { indicator score } } } }';
const CARD = 'query($id: ID!) { scorecard(id: $id) { id status subjectName total grade scores { indicator score } } }';
const LEDGER = 'ledger';

/** The sheet's rows as cell values, the header first. */
async function sheetRows(path: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  const ws = wb.worksheets[0]!;
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((r) => out.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).value)));
  return out;
}

/** The exported file with one cell changed, saved beside it. */
async function withCell(path: string, row: number, column: number, value: number, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  wb.worksheets[0]!.getRow(row).getCell(column).value = value;
  const out = join(path, '..', name);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return out;
}

async function importFile(page: Page, path: string) {
  await page.locator('.import-scores').click();
  await page.locator('input[name="importFile"]').setInputFiles(path);
  await page.locator('.import-run').click();
  await page.locator('.import-summary').waitFor();
}

describePanel('the score grid’s spreadsheet and the schemes page', (session) => {
  const signInAs = (username: string) => signIn(session.page, session.app.url, username);
  const ok = (query: string, variables: Record<string, unknown>, token: string) => dataOf(session.app, query, variables, token);

  it('the assessor exports the round, imports a changed MANUAL score, sees a bad one refused by row and column, and refreshes AUTO scores', async () => {
    const { page, app } = session;
    const token = await app.login('assessor');
    const [round] = (await ok(ROUND, {}, token)).assessmentRounds.items as { id: string; scheme: { indicators: Indicator[] } }[];
    const indicators = round!.scheme.indicators;
    const cards = (await ok(CARDS, { r: round!.id }, token)).scorecards.items as Card[];
    const ledgerOf = (c: Card) => c.scores.find((s) => s.indicator === LEDGER)?.score ?? null;
    const card = cards.find((c) => c.status === 'DRAFT' && ledgerOf(c) !== null)!;
    expect(card).toBeDefined();

    await signInAs('assessor');
    await page.goto(`${app.url}/admin/#/assessments/${round!.id}/scores`);
    await page.locator('.score-grid input.score-cell').first().waitFor();
    for (const button of ['.export-round', '.import-scores', '.refresh-auto']) await page.locator(button).waitFor();
    // The card's community only, so the screenshots stay readable.
    await page.locator('input[name="subject-filter"]').fill(card.subjectName.replace(/\d+号网格$/, ''));
    await screenshot(page, 'assessment-files-01-grid');

    const dir = mkdtempSync(join(tmpdir(), 'gridgov-scores-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toBe('网格季度考核-2026-Q4.xlsx');
    const rows = await sheetRows(exported);
    expect(rows[0]).toEqual(['编号', '考核对象', ...indicators.map((i) => `${i.name}（${i.code}）`), '总分', '等级', '状态']);
    expect(rows.length - 1).toBe(cards.length);
    const rowIndex = rows.findIndex((r) => r[0] === card.id);
    const row = rows[rowIndex]!;
    const column = (header: string) => rows[0]!.indexOf(header);
    expect(row[1]).toBe(card.subjectName);
    expect(row[column('总分')]).toBe(card.total);
    expect(row[column('状态')]).toBe('DRAFT');
    const ledgerHeader = `台账规范（${LEDGER}）`;
    expect(row[column(ledgerHeader)]).toBe(ledgerOf(card));

    // One MANUAL cell changed in the file: the import writes it and the grid shows the new score and total.
    const before = ledgerOf(card)!;
    const next = before === 10 ? 6.5 : 10;
    const changed = await withCell(exported, rowIndex + 1, column(ledgerHeader) + 1, next, 'changed.xlsx');
    await importFile(page, changed);
    await page.locator('.import-summary', { hasText: '导入完成：新增 0 条，更新 1 条' }).waitFor();
    await screenshot(page, 'assessment-files-02-imported');
    const after = (await ok(CARD, { id: card.id }, token)).scorecard as Card;
    expect(ledgerOf(after)).toBe(next);
    const weight = indicators.find((i) => i.code === LEDGER)!.weight;
    expect(after.total).toBeCloseTo(card.total + (next - before) * weight, 2);
    await page.locator('.import-close').click();
    await page.locator('.import-run').waitFor({ state: 'detached' });
    const gridRow = page.locator(`.score-grid tr[data-subject="${card.subjectName}"]`);
    expect(await gridRow.locator(`input.score-cell[data-indicator="${LEDGER}"]`).inputValue()).toBe(String(next));
    expect(await gridRow.locator('.live-total').textContent()).toBe(after.total.toFixed(2));
    expect(await gridRow.locator('.live-grade').textContent()).toBe(after.grade ?? '');
    await screenshot(page, 'assessment-files-03-grid-after-import');

    // Above the indicator's maximum: the row and column are named, and nothing changes.
    const tooHigh = await withCell(exported, rowIndex + 1, column(ledgerHeader) + 1, 11, 'too-high.xlsx');
    await importFile(page, tooHigh);
    await page.locator('.import-summary', { hasText: '发现 1 处问题，未写入任何数据' }).waitFor();
    const error = page.locator('.import-errors tbody tr');
    expect(await error.count()).toBe(1);
    const [errorRow, errorColumn, message] = await error.locator('td').allTextContents();
    expect([errorRow, errorColumn]).toEqual([String(rowIndex + 1), ledgerHeader]);
    expect(message).toContain('10');
    await page.waitForTimeout(300);
    await screenshot(page, 'assessment-files-04-import-errors');
    expect((await ok(CARD, { id: card.id }, token)).scorecard).toEqual(after);
    await page.locator('.import-close').click();

    // AUTO scores of the DRAFT scorecards are recomputed; the grid reloads.
    const drafts = cards.filter((c) => c.status === 'DRAFT').length;
    await page.locator('.refresh-auto').click();
    await page.getByText(`已刷新 ${drafts} 张草稿评分表的自动得分`).waitFor();
    await screenshot(page, 'assessment-files-05-refreshed');

    // The township confirms but does not score: it may export, not import or refresh.
    await signInAs('township');
    await page.goto(`${app.url}/admin/#/assessments/${round!.id}/scores`);
    await page.locator('.export-round').waitFor();
    await page.locator('.score-grid tbody tr').first().waitFor();
    expect(await page.locator('.import-scores').count()).toBe(0);
    expect(await page.locator('.refresh-auto').count()).toBe(0);
  }, 180_000);

  it('the schemes page lists the demo schemes and shows the quarterly one’s indicators and grade bands', async () => {
    const { page, app } = session;
    const token = await app.login('assessor');
    const [round] = (await ok(ROUND, {}, token)).assessmentRounds.items as { scheme: { id: string; indicators: Indicator[] } }[];
    const { indicators } = round!.scheme;

    await signInAs('assessor');
    await page.goto(`${app.url}/admin/#/assessments`);
    await page.getByRole('menuitem', { name: '考核方案' }).click();
    await page.waitForURL(/#\/assessmentSchemes/);
    const row = page.locator('.assessment-schemes tbody tr', { hasText: 'GRID_QUARTER' });
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).slice(0, 5)).toEqual(['GRID_QUARTER', '网格季度考核', '季度', '网格', '1']);
    expect(await row.locator('.scheme-status').getAttribute('data-published')).toBe('true');
    await page.locator('.assessment-schemes tbody tr', { hasText: 'GRID_YEAR' }).waitFor();
    await screenshot(page, 'assessment-files-06-schemes');

    await row.click();
    await page.waitForURL(new RegExp(`#/assessmentSchemes/${round!.scheme.id}/show$`));
    const lines = page.locator('.scheme-indicators tbody tr');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(indicators.length);
    for (const i of indicators) {
      const cells = await page.locator(`.scheme-indicators tr[data-indicator="${i.code}"] td`).allTextContents();
      expect(cells.slice(0, 6)).toEqual([
        i.code,
        i.name,
        i.kind === 'AUTO' ? '自动计算' : '人工评分',
        expect.any(String),
        String(i.maxScore),
        String(i.weight),
      ]);
      if (i.kind === 'MANUAL') expect(cells[3]).toBe('');
      else expect(cells[3]).not.toBe('');
    }
    expect(await page.locator('.scheme-grades tbody tr').count()).toBeGreaterThan(1);
    await screenshot(page, 'assessment-files-07-scheme');
  }, 120_000);
});
