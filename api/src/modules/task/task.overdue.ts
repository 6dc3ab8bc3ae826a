import type { EntityManager } from '@mikro-orm/postgresql';
import { t } from '../../core/i18n';
import { deadlineFor, handlingLevelOf } from './deadline';
import { loadPolicy } from './deadline-policy.service';
import { HANDLING_STATUSES, TaskAction, TaskStatus } from './task.workflow';

interface Candidate {
  id: string;
  version: number;
  status: TaskStatus;
  title: string;
  handler_org_id: string;
  parent_id: string;
  parent_level: string;
  parent_name: string;
  registered_at: Date;
}

const HANDLING = HANDLING_STATUSES.map(() => '?').join(', ');

/**
 * The overdue job: every event still with its handler past the deadline (data reports are urged, not escalated) goes to the handler's parent
 * org (once per task), with a history entry, an audit entry and OVERDUE reminders for both orgs.
 * Each task changes in its own transaction under a guarded UPDATE (same version, not yet escalated),
 * so two workers running this at once escalate each task exactly once. Returns the escalated ids.
 */
export async function escalateOverdueTasks(em: EntityManager, now = new Date()): Promise<string[]> {
  const candidates = await em.execute<Candidate[]>(
    `select t.id::text, t.version, t.status, t.title, t.handler_org_id::text, p.id::text as parent_id, p.level as parent_level, p.name as parent_name,
            coalesce(t.registered_at, t.reported_at) as registered_at
       from task t join org h on h.id = t.handler_org_id join org p on p.id = h.parent_id
      where t.kind = 'EVENT' and t.status in (${HANDLING}) and t.deadline < ? and t.overdue_escalated_at is null
      order by t.deadline, t.id`,
    [...HANDLING_STATUSES, now],
  );
  if (!candidates.length) return [];
  const policy = await loadPolicy(em);
  const escalated: string[] = [];
  for (const c of candidates) {
    const deadline = deadlineFor(policy[handlingLevelOf(c.parent_level)], now, new Date(c.registered_at));
    await em.transactional(async (tx) => {
      const won = await tx.execute<{ id: string }[]>(
        `update task set status = ?, returned_to = null, handler_org_id = ?, handler_user_id = null, deadline = ?, escalated_at = ?,
                overdue_escalated_at = ?, version = version + 1, updated_at = now()
          where id = ? and version = ? and overdue_escalated_at is null and status in (${HANDLING})
          returning id::text`,
        [TaskStatus.ESCALATED, c.parent_id, deadline, now, now, c.id, c.version, ...HANDLING_STATUSES],
      );
      if (!won.length) return;
      const comment = t('task.overdueComment', {}, 'zh');
      await tx.execute(`insert into task_history (task_id, at, user_id, action, "from", "to", comment, handler_org_id) values (?, ?, null, ?, ?, ?, ?, ?)`, [
        c.id,
        now,
        TaskAction.ESCALATE,
        c.status,
        TaskStatus.ESCALATED,
        comment,
        c.parent_id,
      ]);
      const message = t('task.overdueReminder', { title: c.title, org: c.parent_name }, 'zh');
      await tx.execute(`insert into task_reminder (task_id, org_id, sender_id, kind, message) values (?, ?, null, 'OVERDUE', ?), (?, ?, null, 'OVERDUE', ?)`, [
        c.id,
        c.handler_org_id,
        message,
        c.id,
        c.parent_id,
        message,
      ]);
      await tx.execute(
        `insert into audit_log (at, username, operation, target_type, target_id, before, after, success) values (?, 'system', 'escalateOverdueTask', 'Task', ?, ?, ?, true)`,
        [
          now,
          c.id,
          JSON.stringify({ status: c.status, handlerOrgId: c.handler_org_id }),
          JSON.stringify({ status: TaskStatus.ESCALATED, handlerOrgId: c.parent_id, deadline }),
        ],
      );
      escalated.push(c.id);
    });
  }
  return escalated;
}
