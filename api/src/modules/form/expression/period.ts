/**
 * Reporting periods as strings, one format per period type: MONTH `2026-11`, QUARTER `2026-Q4`,
 * HALF_YEAR `2026-H2`, YEAR `2026`, ONCE `ONCE`. Pure (the panel imports it too).
 */
export type PeriodType = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR' | 'ONCE';

const FORMATS: Record<PeriodType, RegExp> = {
  MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  HALF_YEAR: /^(\d{4})-H([12])$/,
  YEAR: /^(\d{4})$/,
  ONCE: /^ONCE$/,
};
const PER_YEAR: Record<Exclude<PeriodType, 'ONCE'>, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };

/** The period type a period string is written in, or null when it is none of them. */
export function periodTypeOf(period: string): PeriodType | null {
  for (const type of Object.keys(FORMATS) as PeriodType[]) if (FORMATS[type].test(period)) return type;
  return null;
}

export const isPeriodOf = (type: PeriodType, period: string): boolean => FORMATS[type].test(period);

function split(period: string): { type: Exclude<PeriodType, 'ONCE'>; year: number; index: number } | null {
  const type = periodTypeOf(period);
  if (!type || type === 'ONCE') return null;
  const match = FORMATS[type].exec(period)!;
  return { type, year: Number(match[1]), index: type === 'YEAR' ? 1 : Number(match[2]) };
}

function format(type: Exclude<PeriodType, 'ONCE'>, year: number, index: number): string {
  if (type === 'YEAR') return String(year);
  if (type === 'MONTH') return `${year}-${String(index).padStart(2, '0')}`;
  return `${year}-${type === 'QUARTER' ? 'Q' : 'H'}${index}`;
}

/** The period before `period` of the same type (2026-01 → 2025-12); null for ONCE or a malformed period. */
export function previousPeriod(period: string): string | null {
  const p = split(period);
  if (!p) return null;
  return p.index > 1 ? format(p.type, p.year, p.index - 1) : format(p.type, p.year - 1, PER_YEAR[p.type]);
}

/** The same period a year earlier (2026-11 → 2025-11). */
export function previousYearPeriod(period: string): string | null {
  const p = split(period);
  return p ? format(p.type, p.year - 1, p.index) : null;
}

/**
 * A period named relative to `current` in `value(...)`: `Y` this year, `Y-1` last year, `P` this
 * period, `P-1` the previous one; anything else is taken as written (`2025`).
 */
export function resolvePeriod(current: string, spec: string): string | null {
  const year = split(current)?.year;
  if (spec === 'P') return current;
  if (spec === 'P-1') return previousPeriod(current);
  const relativeYear = /^Y(-\d{1,2})?$/.exec(spec);
  if (relativeYear) return year === undefined ? null : String(year + Number(relativeYear[1] ?? 0));
  return periodTypeOf(spec) ? spec : null;
}
