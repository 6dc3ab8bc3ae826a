import type { FieldErrors } from './validate';

/**
 * Calendar days as the product means them: Beijing days (China has one time zone and no daylight
 * saving, UTC+8 all year), written `YYYY-MM-DD`. Every "today", cut-off and period goes through here.
 */
const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of the Beijing calendar day `at` falls on. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET).toISOString().slice(0, 10);
}

/** Today in Beijing; `now` is a parameter so that callers and tests can fix the clock. */
export const beijingToday = (now: Date = new Date()): string => beijingDate(now);

/** The instant a Beijing calendar day starts. */
export function startOfBeijingDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET);
}

export const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/** The first day of `date`'s month. */
export const monthStart = (date: string): string => `${date.slice(0, 8)}01`;

/** The first day of the month after `date`'s. */
export function nextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/** Days from `from` up to `until` (not counted). */
export const daysBetween = (from: string, until: string): number => (Date.parse(until) - Date.parse(from)) / DAY;

/** A `date` column as it comes from the database (a Date at UTC midnight) or as a string, as `YYYY-MM-DD`. */
export const isoDay = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

export const isDate = (value: string): boolean => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Checks a [from, to] pair of Beijing calendar days and returns the instants that bound it. */
export function period(errors: FieldErrors, from: string, to: string) {
  if (!isDate(from)) errors.add('from', 'field.format');
  if (!isDate(to)) errors.add('to', 'field.format');
  else if (isDate(from) && to < from) errors.add('to', 'field.min', { min: from });
  return { start: startOfBeijingDay(from), end: isDate(to) ? startOfBeijingDay(nextDate(to)) : new Date(0) };
}
