import type { EntityManager } from '@mikro-orm/postgresql';
import { lightsSql } from './grid-report.service';
import { nextDate } from '../../core/calendar';

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
