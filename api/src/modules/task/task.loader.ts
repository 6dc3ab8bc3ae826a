import DataLoader from 'dataloader';
import { byId } from '../../core/loaders';
import type { Context } from '../../core/context';
import { Dictionary } from '../dictionary/dictionary.entity';
import { TaskHistory, TaskReminder } from './task.entity';

export interface TaskActor {
  id: string;
  username: string;
  name: string;
}

/**
 * Children of a task the caller has already read (its history and reminders): they follow the
 * task's scope, so they load by task id alone.
 */
function byTask<T extends { task: { id: string } }>(ctx: Context, entity: typeof TaskHistory | typeof TaskReminder, order: Record<string, 'asc'>[]) {
  return new DataLoader<string, T[]>(async (taskIds) => {
    const rows = (await ctx.em.find(entity as never, { task: { $in: [...taskIds] } } as never, { orderBy: order as never })) as T[];
    return taskIds.map((id) => rows.filter((r) => r.task.id === id));
  });
}

export function taskLoaders(ctx: Context) {
  return {
    dictionaryById: byId(ctx, Dictionary, 'Dictionary'),
    taskHistory: byTask<TaskHistory>(ctx, TaskHistory, [{ at: 'asc' }, { id: 'asc' }]),
    taskReminders: byTask<TaskReminder>(ctx, TaskReminder, [{ createdAt: 'asc' }, { id: 'asc' }]),
    /** Who acted on a task, as its history shows them: name and username only, whatever the caller may read of users. */
    taskActorById: new DataLoader<string, TaskActor | null>(async (ids) => {
      const rows = await ctx.em.execute<TaskActor[]>(`select id::text, username, name from user_account where id in (${ids.map(() => '?').join(',')})`, [...ids]);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
