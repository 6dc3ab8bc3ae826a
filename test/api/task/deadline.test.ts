import { beijingDate } from '../../../api/src/core/calendar';
import { addWorkingDays, deadlineFor, isWorkingDay, LAST_KNOWN_YEAR, workingHoursBetween } from '../../../api/src/modules/task/deadline';

/** Beijing wall-clock time → instant. */
const bj = (s: string) => new Date(`${s}+08:00`);

describe('Chinese working days', () => {
  it("know 2026's National Day holiday and its make-up working days", () => {
    expect(LAST_KNOWN_YEAR).toBeGreaterThanOrEqual(2026);
    expect(isWorkingDay('2026-09-30')).toBe(true);
    for (const d of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07']) expect(isWorkingDay(d)).toBe(false);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    // Sunday 20 September and Saturday 10 October 2026 are make-up working days.
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false);
  });

  it('count plain Monday to Friday after the last year the calendar knows', () => {
    const y = LAST_KNOWN_YEAR + 1;
    const jan = (d: number) => `${y}-01-${String(d).padStart(2, '0')}`;
    const weekday = (d: number) => new Date(`${jan(d)}T00:00:00Z`).getUTCDay();
    for (let d = 1; d <= 14; d++) expect(isWorkingDay(jan(d))).toBe(weekday(d) !== 0 && weekday(d) !== 6);
  });

  it('add working days across the National Day holiday', () => {
    // Wednesday 30 September 10:00 + 1 working day: the holiday runs 1–7 October, so Thursday 8 October 10:00.
    expect(addWorkingDays(bj('2026-09-30T10:00:00'), 1)).toEqual(bj('2026-10-08T10:00:00'));
    // + 3: 8, 9 and the make-up Saturday 10 October.
    expect(addWorkingDays(bj('2026-09-30T10:00:00'), 3)).toEqual(bj('2026-10-10T10:00:00'));
    // + 4: Sunday 11 October rests, so Monday 12 October.
    expect(addWorkingDays(bj('2026-09-30T10:00:00'), 4)).toEqual(bj('2026-10-12T10:00:00'));
    // Saturday 19 September + 1: the clock starts on the make-up Sunday 20 September, ends Monday 21 at 00:00.
    expect(addWorkingDays(bj('2026-09-19T15:00:00'), 1)).toEqual(bj('2026-09-21T00:00:00'));
    // Reported during the holiday: counting starts on Thursday 8 October.
    expect(addWorkingDays(bj('2026-10-03T09:00:00'), 2)).toEqual(bj('2026-10-10T00:00:00'));
  });

  it('cap a deadline at five working days from registration', () => {
    const registered = bj('2026-09-28T09:00:00');
    // Registered Monday 28 September: the cap is five working days later, 29, 30 September, 8, 9, 10 October.
    // Dispatched on 30 September to another unit: 3 working days end on the cap itself.
    expect(deadlineFor(3, bj('2026-09-30T09:00:00'), registered)).toEqual(bj('2026-10-10T09:00:00'));
    // Re-dispatched on 9 October for 3 days (→ 13 October): capped at 10 October 09:00.
    expect(deadlineFor(3, bj('2026-10-09T09:00:00'), registered)).toEqual(bj('2026-10-10T09:00:00'));
  });

  it('count remaining working hours without the holiday', () => {
    expect(workingHoursBetween(bj('2026-09-30T10:00:00'), bj('2026-10-08T10:00:00'))).toBe(24);
    expect(workingHoursBetween(bj('2026-10-08T10:00:00'), bj('2026-09-30T10:00:00'))).toBe(-24);
    expect(workingHoursBetween(bj('2026-10-09T12:00:00'), bj('2026-10-10T06:00:00'))).toBe(18);
    expect(beijingDate(bj('2026-10-01T00:30:00'))).toBe('2026-10-01');
  });
});
