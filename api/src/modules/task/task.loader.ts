import DataLoader from 'dataloader';
import { childrenOf, type Loaders } from '../../core/loaders';
import type { Context } from '../../core/context';
import { TaskHistory, TaskReminder } from './task.entity';

export interface TaskActor {
  id: string;
  username: string;
  name: string;
}

declare module '../../core/loaders' {
  interface Loaders {
    taskHistory: DataLoader<string, TaskHistory[]>;
    taskReminders: DataLoader<string, TaskReminder[]>;
    taskActorById: DataLoader<string, TaskActor | null>;
  }
}

export function taskLoaders(ctx: Context): Pick<Loaders, 'taskHistory' | 'taskReminders' | 'taskActorById'> {
  return {
    taskHistory: childrenOf(ctx, TaskHistory, 'task', [{ at: 'asc' }, { id: 'asc' }]),
    taskReminders: childrenOf(ctx, TaskReminder, 'task', [{ createdAt: 'asc' }, { id: 'asc' }]),
    /** Who acted on a task, as its history shows them: name and username only, whatever the caller may read of users. */
    taskActorById: new DataLoader<string, TaskActor | null>(async (ids) => {
      const rows = await ctx.em.execute<TaskActor[]>(`select id::text, username, name from user_account where id in (${ids.map(() => '?').join(',')})`, [
        ...ids,
      ]);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
