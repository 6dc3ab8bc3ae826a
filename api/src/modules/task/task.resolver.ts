import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { DeadlinePolicyRule } from './deadline-policy.entity';
import { deadlinePolicy, updateDeadlinePolicy } from './deadline-policy.service';
import { actionsFor } from './task.policy';
import { Task, TaskHistory, TaskReminder } from './task.entity';
import { DeadlinePolicyInput, ReportEventInput, TaskFilter, TaskList, TaskSort } from './task.inputs';
import * as tasks from './task.service';
import { isoDay } from '../../core/calendar';
import { TaskStats, taskStats, TaskStatsGroupBy } from './task.stats';
import { TaskAction } from './task.workflow';
import { related, relation } from '../../core/relations';

@ObjectType({ description: 'Who acted on a task' })
export class TaskActor {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  name!: string;
}

const version = () => Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when stale' });

/** Task fields answered by loaders (its module's `relations`). */
export const taskRelations = {
  category: relation('dictionaryById', 'category'),
  component: relation('dictionaryById', 'component'),
  grid: relation('gridById', 'grid'),
  org: relation('orgById', 'org'),
  handlerOrg: relation('orgById', 'handlerOrg'),
  reporter: relation('taskActorById', 'reporter'),
  handlerUser: relation('taskActorById', 'handlerUser'),
  history: relation('taskHistory', 'id'),
  reminders: relation('taskReminders', 'id'),
};

/** TaskHistory fields answered by loaders (its module's `relations`). */
export const taskHistoryRelations = {
  user: relation('taskActorById', 'user'),
  handlerOrg: relation('orgById', 'handlerOrg'),
};

/** TaskReminder fields answered by loaders (its module's `relations`). */
export const taskReminderRelations = {
  org: relation('orgById', 'org'),
  sender: relation('taskActorById', 'sender'),
};

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskList)
  tasks(
    @Ctx() ctx: Context,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('sort', () => [TaskSort], { nullable: true }) sort?: TaskSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return tasks.listTasks(ctx, filter, sort, offset, limit);
  }

  @Query(() => Task, { nullable: true })
  task(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return tasks.getTask(ctx, id);
  }

  @Query(() => TaskStats, {
    description: 'Statistics of tasks reported in [from, to] in the org subtree (default: the caller scope root), within the caller scope',
  })
  taskStats(
    @Ctx() ctx: Context,
    @Arg('from', () => DateResolver) from: Date,
    @Arg('to', () => DateResolver) to: Date,
    @Arg('groupBy', () => TaskStatsGroupBy, { defaultValue: TaskStatsGroupBy.CHILD_ORG }) groupBy: TaskStatsGroupBy,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
  ) {
    return taskStats(ctx, orgId, isoDay(from), isoDay(to), groupBy);
  }

  @Query(() => [DeadlinePolicyRule])
  deadlinePolicy(@Ctx() ctx: Context) {
    return deadlinePolicy(ctx);
  }

  @Mutation(() => [DeadlinePolicyRule], { description: 'Admins: working days per handling level, 1 to 5' })
  updateDeadlinePolicy(@Ctx() ctx: Context, @Arg('input', () => DeadlinePolicyInput) input: DeadlinePolicyInput) {
    return updateDeadlinePolicy(ctx, input);
  }

  @Mutation(() => Task)
  reportEvent(@Ctx() ctx: Context, @Arg('input', () => ReportEventInput) input: ReportEventInput) {
    return tasks.reportEvent(ctx, input);
  }

  @Mutation(() => Task)
  registerTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.REGISTER);
  }

  @Mutation(() => Task)
  dispatchTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('handlerOrgId', () => ID) handlerOrgId: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.DISPATCH, { handlerOrgId });
  }

  @Mutation(() => Task)
  acceptTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.ACCEPT);
  }

  @Mutation(() => Task)
  resolveTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('result', () => String) result: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.RESOLVE, { result });
  }

  @Mutation(() => Task, { description: 'approved: false returns the task to the handler, with the comment as the reason' })
  verifyTask(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('approved', () => Boolean) approved: boolean,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
    @version() v?: number,
  ) {
    return tasks.verifyTask(ctx, id, v, approved, comment);
  }

  @Mutation(() => Task)
  closeTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.CLOSE);
  }

  @Mutation(() => Task, { description: 'Back one step, with a reason' })
  returnTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.RETURN, { comment: reason });
  }

  @Mutation(() => Task, { description: 'To the parent of the handler org' })
  escalateTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.ESCALATE, { comment: reason });
  }

  @Mutation(() => Task, { description: '催办: a reminder to the handler org; the status stays' })
  urgeTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('message', () => String) message: string, @version() v?: number) {
    return tasks.transition(ctx, id, v, TaskAction.URGE, { comment: message });
  }

  @FieldResolver(() => Dictionary, { nullable: true })
  category(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.category, task);
  }

  @FieldResolver(() => Dictionary, { nullable: true })
  component(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.component, task);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.grid, task);
  }

  @FieldResolver(() => Org, { nullable: true, description: 'Where the task arose' })
  org(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.org, task);
  }

  @FieldResolver(() => Org, { nullable: true })
  handlerOrg(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.handlerOrg, task);
  }

  @FieldResolver(() => TaskActor, { nullable: true })
  reporter(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.reporter, task);
  }

  @FieldResolver(() => TaskActor, { nullable: true })
  handlerUser(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.handlerUser, task);
  }

  @FieldResolver(() => Boolean, { description: 'Past the deadline before it was resolved, or still unresolved after it' })
  overdue(@Root() task: Task) {
    return tasks.isOverdue(task);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Working hours to the deadline, negative once past it; null without a deadline or once resolved' })
  remainingWorkingHours(@Root() task: Task) {
    return tasks.remainingWorkingHours(task);
  }

  @FieldResolver(() => [TaskAction], { description: 'What the caller may do next' })
  allowedActions(@Root() task: Task, @Ctx() ctx: Context) {
    return actionsFor(ctx, task);
  }

  @FieldResolver(() => [TaskHistory])
  history(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.history, task);
  }

  @FieldResolver(() => [TaskReminder])
  reminders(@Root() task: Task, @Ctx() ctx: Context) {
    return related(ctx, taskRelations.reminders, task);
  }
}

@Resolver(() => TaskHistory)
export class TaskHistoryResolver {
  @FieldResolver(() => TaskActor, { nullable: true, description: 'Null for the background jobs' })
  user(@Root() entry: TaskHistory, @Ctx() ctx: Context) {
    return related(ctx, taskHistoryRelations.user, entry);
  }

  @FieldResolver(() => Org, { nullable: true })
  handlerOrg(@Root() entry: TaskHistory, @Ctx() ctx: Context) {
    return related(ctx, taskHistoryRelations.handlerOrg, entry);
  }
}

@Resolver(() => TaskReminder)
export class TaskReminderResolver {
  @FieldResolver(() => Org, { nullable: true })
  org(@Root() reminder: TaskReminder, @Ctx() ctx: Context) {
    return related(ctx, taskReminderRelations.org, reminder);
  }

  @FieldResolver(() => TaskActor, { nullable: true })
  sender(@Root() reminder: TaskReminder, @Ctx() ctx: Context) {
    return related(ctx, taskReminderRelations.sender, reminder);
  }
}
