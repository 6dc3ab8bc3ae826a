/**
 * How a scheme turns figures and entered scores into a total and a grade. Pure: no database, no
 * context; the services hand it what they loaded.
 */

export enum PeriodType {
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export enum SubjectKind {
  GRID = 'GRID',
  USER = 'USER',
  ORG = 'ORG',
}

export enum IndicatorKind {
  MANUAL = 'MANUAL',
  AUTO = 'AUTO',
}

export enum AutoSource {
  GREEN_LIGHT_RATE = 'GREEN_LIGHT_RATE',
  CLOSURE_RATE = 'CLOSURE_RATE',
  ON_TIME_RATE = 'ON_TIME_RATE',
  VISIT_COMPLIANCE = 'VISIT_COMPLIANCE',
  SURVEY_SCORE = 'SURVEY_SCORE',
  REPORTING_RATE = 'REPORTING_RATE',
}

export enum MappingType {
  /** maxScore × (figure − from) / (to − from), clamped to 0..maxScore. */
  LINEAR = 'LINEAR',
  /** The score of the highest step whose `min` the figure reaches; 0 below every step. */
  THRESHOLDS = 'THRESHOLDS',
}

export interface Threshold {
  min: number;
  score: number;
}

export interface Mapping {
  type: MappingType;
  from?: number | null;
  to?: number | null;
  steps?: Threshold[] | null;
}

export interface Indicator {
  code: string;
  name: string;
  maxScore: number;
  weight: number;
  guidance?: string | null;
  kind: IndicatorKind;
  source?: AutoSource | null;
  mapping?: Mapping | null;
}

export interface GradeBand {
  grade: string;
  min: number;
}

/** The 优秀/良好/合格/不合格 bands of the source reports, highest first. */
export const DEFAULT_GRADES: GradeBand[] = [
  { grade: '优秀', min: 90 },
  { grade: '良好', min: 80 },
  { grade: '合格', min: 60 },
  { grade: '不合格', min: 0 },
];

export interface Score {
  indicator: string;
  score: number | null;
  comment?: string | null;
  /** For AUTO indicators: the figure the score was mapped from (a percent, a survey score). */
  figure?: number | null;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** An AUTO figure mapped to a score by its indicator; null when there is no figure (nothing to measure). */
export function mapFigure(indicator: Indicator, figure: number | null): number | null {
  if (figure == null) return null;
  const m = indicator.mapping ?? { type: MappingType.LINEAR };
  if (m.type === MappingType.THRESHOLDS) {
    const steps = [...(m.steps ?? [])].sort((a, b) => b.min - a.min);
    return Math.min(indicator.maxScore, steps.find((s) => figure >= s.min)?.score ?? 0);
  }
  const from = m.from ?? 0;
  const to = m.to ?? 100;
  const share = Math.max(0, Math.min(1, (figure - from) / (to - from)));
  return round2(indicator.maxScore * share);
}

/** Σ weight × score over the indicators (an unscored one counts 0), plus what the quarters bring to a YEAR scheme. */
export function totalOf(indicators: Indicator[], scores: Score[], fromQuarters: number | null = null): number {
  const byCode = new Map(scores.map((s) => [s.indicator, s.score]));
  const own = indicators.reduce((sum, i) => sum + i.weight * (byCode.get(i.code) ?? 0), 0);
  return round2(own + (fromQuarters ?? 0));
}

/** The highest band whose minimum the total reaches. */
export function gradeOf(bands: GradeBand[], total: number): string | null {
  return [...bands].sort((a, b) => b.min - a.min).find((b) => total >= b.min)?.grade ?? null;
}

/** A YEAR scheme's share of its quarters: weight × the mean of the quarterly totals that were confirmed; null without any. */
export function quartersShare(weight: number, quarterTotals: number[]): number | null {
  if (!quarterTotals.length) return null;
  return round2((weight * quarterTotals.reduce((a, b) => a + b, 0)) / quarterTotals.length);
}

/** `2026-Q4` → its first and last day; `2026` → the year; `2026-H2` → the half year. */
export function periodRange(period: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2099) return null;
  const [first, months] = !m[2] ? [1, 12] : m[2][0] === 'Q' ? [(Number(m[2][1]) - 1) * 3 + 1, 3] : [(Number(m[2][1]) - 1) * 6 + 1, 6];
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(last)}-${mm(lastDay)}` };
}

/** Whether `period` is written the way `type` periods are (2026-Q4, 2026). */
export const periodFits = (type: PeriodType, period: string) =>
  (type === PeriodType.QUARTER ? /^\d{4}-Q[1-4]$/ : /^\d{4}$/).test(period) && !!periodRange(period);

/** The period before: 2026-Q1 → 2025-Q4, 2026 → 2025, 2026-H1 → 2025-H2. */
export function previousPeriod(period: string): string {
  const [y, part] = period.split('-') as [string, string | undefined];
  const year = Number(y);
  if (!part) return String(year - 1);
  const n = Number(part[1]);
  const count = part[0] === 'Q' ? 4 : 2;
  return n > 1 ? `${year}-${part[0]}${n - 1}` : `${year - 1}-${part[0]}${count}`;
}

/** The months (YYYY-MM) of a period, for figures kept per month. */
export function monthsOf(period: string): string[] {
  const range = periodRange(period)!;
  const out: string[] = [];
  for (let m = Number(range.from.slice(5, 7)); m <= Number(range.to.slice(5, 7)); m++) out.push(`${range.from.slice(0, 4)}-${String(m).padStart(2, '0')}`);
  return out;
}

/** The half-year survey periods inside an assessment period (2026-Q3 → 2026-H2; 2026 → both halves). */
export function surveyPeriodsOf(period: string): string[] {
  const [y, part] = period.split('-') as [string, string | undefined];
  if (!part) return [`${y}-H1`, `${y}-H2`];
  return [Number(part[1]) <= 2 ? `${y}-H1` : `${y}-H2`];
}
