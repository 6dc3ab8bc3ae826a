import type { EntityManager } from '@mikro-orm/postgresql';
import { TaskStatus } from '../task/task.workflow';

/** What a grid's move to another org carried along, for its audit entry. */
export interface MovedWithGrid {
  supervisedPeople: number;
  tasks: number;
  gridReports: number;
}

/**
 * The rows that store the grid's org next to the grid (kept there so subtree scopes are one range
 * scan) follow the grid to its new org, or the old org keeps reading them and the new one never
 * does. Open tasks the old org was handling pass to the new one as a fresh dispatch would (no
 * handler user); a closed task keeps the user who handled it. Run inside the move's transaction.
 */
export async function moveGridContents(em: EntityManager, gridId: string, fromOrgId: string, toOrgId: string): Promise<MovedWithGrid> {
  const bump = 'version = version + 1, updated_at = now()';
  const people = await em.execute<{ id: string }[]>(`update supervised_person set org_id = ?, ${bump} where grid_id = ? returning id`, [toOrgId, gridId]);
  await em.execute(
    `update task set handler_org_id = ?, handler_user_id = case when status = ? then handler_user_id else null end
      where grid_id = ? and handler_org_id = ?`,
    [toOrgId, TaskStatus.CLOSED, gridId, fromOrgId],
  );
  const tasks = await em.execute<{ id: string }[]>(`update task set org_id = ?, ${bump} where grid_id = ? returning id`, [toOrgId, gridId]);
  const reports = await em.execute<{ id: string }[]>(`update grid_report set org_id = ?, ${bump} where grid_id = ? returning id`, [toOrgId, gridId]);
  return { supervisedPeople: people.length, tasks: tasks.length, gridReports: reports.length };
}
