import type { EntityManager } from '@mikro-orm/postgresql';
import { lightsSql } from './grid-report.service';
import { beijingDate, isDate, nextDate } from '../../core/calendar';

/** How many nights back a close-out catches up on runs it missed (the server was down at 00:10). */
export const CLOSE_OUT_CATCH_UP_DAYS = 31;

/** The last day whose cut-off (midnight, Beijing time) has passed: yesterday in Beijing. */
export const lastClosableDay = (now: Date = new Date()): string => beijingDate(new Date(now.getTime() - 86_400_000));

/**
 * The daily close-out: freezes every grid's light for `date` (a day whose cut-off has passed), so
 * reports sent later cannot turn it green. Idempotent: days already closed keep their light.
 * Returns how many lights it froze.
 */
export async function closeOutDay(em: EntityManager, date: string): Promise<number> {
  const { sql, params } = lightsSql({ sql: 'select id from grid', params: [] }, date, date, nextDate(date));
  const rows = await em.execute<{ id: string }[]>(
    `insert into grid_day_light (grid_id, date, light)
     select grid_id::bigint, date::date, light::traffic_light from (${sql}) x where light is not null
     on conflict (grid_id, date) do nothing returning id`,
    params,
  );
  return rows.length;
}

/**
 * Closes `through` and the days before it that no close-out reached since the last closed day, at most
 * CLOSE_OUT_CATCH_UP_DAYS in all (with no day closed yet, `through` alone). Returns the days it closed.
 */
export async function closeOutThrough(em: EntityManager, through: string): Promise<string[]> {
  if (!isDate(through) || through > lastClosableDay()) throw new Error(`close-out: ${through} is not a day whose cut-off has passed`);
  const [{ from }] = await em.execute<{ from: string }[]>(
    `select to_char(greatest(coalesce(max(date) + 1, ?::date), ?::date - ?::int + 1), 'YYYY-MM-DD') as from
       from grid_day_light where date < ?::date`,
    [through, through, CLOSE_OUT_CATCH_UP_DAYS, through],
  );
  const days: string[] = [];
  for (let day = from; day <= through; day = nextDate(day)) {
    await closeOutDay(em, day);
    days.push(day);
  }
  return days;
}
