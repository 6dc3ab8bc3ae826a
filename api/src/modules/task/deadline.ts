import chineseDays from 'chinese-days';
import data from 'chinese-days/dist/chinese-days.json';
import { beijingDate, nextDate, startOfBeijingDay } from '../../core/calendar';

/**
 * Working-day arithmetic in Beijing time. Days the `chinese-days` calendar knows follow the State
 * Council's holidays and make-up working days; after its last known year, plain Monday–Friday.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The last year the holiday calendar covers; later years are counted Monday–Friday. */
export const LAST_KNOWN_YEAR = Math.max(
  ...Object.keys(data.holidays)
    .concat(Object.keys(data.workdays))
    .map((d) => Number(d.slice(0, 4))),
);

export function isWorkingDay(date: string): boolean {
  if (Number(date.slice(0, 4)) <= LAST_KNOWN_YEAR) return chineseDays.isWorkday(date);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * `days` working days after `start`: the same Beijing clock time on the `days`-th following working
 * day. A start on a rest day counts from the beginning of the next working day.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let date = beijingDate(start);
  let timeOfDay = start.getTime() - startOfBeijingDay(date).getTime();
  if (!isWorkingDay(date)) {
    while (!isWorkingDay(date)) date = nextDate(date);
    timeOfDay = 0;
  }
  for (let left = days; left > 0;) {
    date = nextDate(date);
    if (isWorkingDay(date)) left--;
  }
  return new Date(startOfBeijingDay(date).getTime() + timeOfDay);
}

/** Hours between two instants that fall on working days (whole days count 24 hours); negative when `to` is before `from`. */
export function workingHoursBetween(from: Date, to: Date): number {
  if (to < from) return -workingHoursBetween(to, from);
  let ms = 0;
  for (let date = beijingDate(from); startOfBeijingDay(date) < to; date = nextDate(date)) {
    if (!isWorkingDay(date)) continue;
    const dayStart = startOfBeijingDay(date).getTime();
    ms += Math.min(to.getTime(), dayStart + DAY) - Math.max(from.getTime(), dayStart);
  }
  return Math.round((ms / HOUR) * 10) / 10;
}

/** Which row of the deadline policy applies to a handler org. */
export enum HandlingLevel {
  COMMUNITY = 'COMMUNITY',
  TOWNSHIP = 'TOWNSHIP',
  OTHER = 'OTHER',
}

/** The longest any task may take from registration, whatever the policy says (社区限时办结制度 §4). */
export const MAX_WORKING_DAYS = 5;

export function handlingLevelOf(orgLevel: string): HandlingLevel {
  if (orgLevel === 'COMMUNITY') return HandlingLevel.COMMUNITY;
  if (orgLevel === 'TOWNSHIP') return HandlingLevel.TOWNSHIP;
  return HandlingLevel.OTHER;
}

/**
 * The deadline of work handed to an org at `dispatchedAt`: the policy's working days for its level,
 * but never later than MAX_WORKING_DAYS after registration.
 */
export function deadlineFor(policyDays: number, dispatchedAt: Date, registeredAt: Date): Date {
  const byPolicy = addWorkingDays(dispatchedAt, policyDays);
  const cap = addWorkingDays(registeredAt, MAX_WORKING_DAYS);
  return byPolicy < cap ? byPolicy : cap;
}
