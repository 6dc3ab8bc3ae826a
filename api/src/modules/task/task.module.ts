import { defineModule } from '../../core/module';
import { DeadlinePolicy } from './deadline-policy.entity';
import { Task, TaskHistory, TaskReminder } from './task.entity';
import { taskLoaders } from './task.loader';
import { taskMessages } from './task.messages';
import { escalateOverdueTasks } from './task.overdue';
import { deadlinePolicyPolicy, taskGrants, taskPolicy, taskStatsPolicy } from './task.policy';
import { TaskHistoryResolver, TaskReminderResolver, TaskResolver, taskRelations, taskHistoryRelations, taskReminderRelations } from './task.resolver';
import { seedTasks } from './task.seed';
import { TaskStatus } from './task.workflow';

export const TASK_OVERDUE_QUEUE = 'task-overdue';

/** Events and tasks: the workflow, deadlines in working days, the overdue escalation, statistics. */
export const taskModule = defineModule({
  name: 'task',
  entities: [Task, TaskHistory, TaskReminder, DeadlinePolicy],
  resolvers: [TaskResolver, TaskHistoryResolver, TaskReminderResolver],
  relations: { Task: taskRelations, TaskHistory: taskHistoryRelations, TaskReminder: taskReminderRelations },
  subjects: { Task: taskPolicy, TaskStats: taskStatsPolicy, DeadlinePolicy: deadlinePolicyPolicy },
  grants: taskGrants,
  loaders: taskLoaders,
  jobs: [
    {
      // Finds overdue tasks, escalates them to the parent org and leaves reminders for the handlers.
      queue: TASK_OVERDUE_QUEUE,
      cron: '*/5 * * * *',
      async run(orm, _data, log) {
        const ids = await escalateOverdueTasks(orm.em.fork());
        if (ids.length) log(`jobs: escalated ${ids.length} overdue task(s)`);
      },
    },
  ],
  demoSeed: seedTasks,
  references: [
    { table: 'task', column: 'org_id', target: 'Org', kind: 'ref.task' },
    { table: 'task', column: 'handler_org_id', target: 'Org', kind: 'ref.task' },
    { table: 'task', column: 'grid_id', target: 'Grid', kind: 'ref.task' },
  ],
  // Open tasks the old org was handling pass to the new one as a fresh dispatch would (no handler
  // user); a closed task keeps the user who handled it.
  async moveWithGrid(em, { gridId, fromOrgId, toOrgId }) {
    await em.execute(
      `update task set handler_org_id = ?, handler_user_id = case when status = ? then handler_user_id else null end
        where grid_id = ? and handler_org_id = ?`,
      [toOrgId, TaskStatus.CLOSED, gridId, fromOrgId],
    );
    const tasks = await em.execute<{ id: string }[]>('update task set org_id = ?, version = version + 1, updated_at = now() where grid_id = ? returning id', [
      toOrgId,
      gridId,
    ]);
    return { tasks: tasks.length };
  },
  messages: taskMessages,
});
