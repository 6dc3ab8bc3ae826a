/** What the score grid computes in the browser: cell checks, live totals and grades, and pasted blocks. */

export interface IndicatorColumn {
  code: string;
  kind: 'AUTO' | 'MANUAL';
  maxScore: number;
  weight: number;
}

export interface Band {
  grade: string;
  min: number;
}

export type CellProblem = { key: 'notANumber' } | { key: 'outOfRange'; max: number };

/** A typed cell: empty is unscored (null); anything else must be a number in 0..maxScore. */
export function parseCell(text: string, maxScore: number): { score: number | null; problem?: CellProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { score: null };
  const score = Number(trimmed);
  if (!Number.isFinite(score)) return { score: null, problem: { key: 'notANumber' } };
  if (score < 0 || score > maxScore) return { score: null, problem: { key: 'outOfRange', max: maxScore } };
  return { score };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Σ weight × score (an unscored or invalid cell counts 0) plus what the quarters bring: the API's own rule. */
export function liveTotal(indicators: IndicatorColumn[], scoreOf: (code: string) => number | null, fromQuarters: number | null): number {
  return round2(indicators.reduce((sum, i) => sum + i.weight * (scoreOf(i.code) ?? 0), 0) + (fromQuarters ?? 0));
}

export function gradeOf(bands: Band[], total: number): string | null {
  return [...bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min)?.grade ?? null;
}

/** A block copied from a spreadsheet: rows by line, cells by tab; the trailing line break Excel adds is dropped. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}
