import { defineModule } from '../../core/module';
import { DeadlinePolicy } from './deadline-policy.entity';
import { Task, TaskHistory, TaskReminder } from './task.entity';
import { taskLoaders } from './task.loader';
import { taskMessages } from './task.messages';
import { escalateOverdueTasks } from './task.overdue';
import { deadlinePolicyPolicy, taskGrants, taskPolicy, taskStatsPolicy } from './task.policy';
import { TaskHistoryResolver, TaskReminderResolver, TaskResolver } from './task.resolver';
import { seedTasks } from './task.seed';

export const TASK_OVERDUE_QUEUE = 'task-overdue';

/** Events and tasks: the workflow, deadlines in working days, the overdue escalation, statistics. */
export const taskModule = defineModule({
  name: 'task',
  entities: [Task, TaskHistory, TaskReminder, DeadlinePolicy],
  resolvers: [TaskResolver, TaskHistoryResolver, TaskReminderResolver],
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
  messages: taskMessages,
});
