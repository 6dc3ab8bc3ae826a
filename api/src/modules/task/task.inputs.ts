import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../core/pagination';
import { Task, TaskKind, TaskPriority } from './task.entity';
import { TaskStatus } from './task.workflow';

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: 'Tasks arising in this org and every org below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => [TaskStatus], { nullable: true })
  status?: TaskStatus[];

  @Field(() => TaskKind, { nullable: true })
  kind?: TaskKind;

  @Field(() => Boolean, { nullable: true, description: 'Past the deadline before it was resolved (or still unresolved)' })
  overdue?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'My work: tasks on which the caller can act now (URGE aside)' })
  mine?: boolean;

  @Field(() => ID, { nullable: true, description: 'Tasks currently with this handler org' })
  handlerOrgId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of title, description or location' })
  q?: string;

  @Field(() => Date, { nullable: true })
  createdFrom?: Date;

  @Field(() => Date, { nullable: true })
  createdTo?: Date;
}

export enum TaskSortField {
  DEADLINE = 'deadline',
  REPORTED_AT = 'reportedAt',
  STATUS = 'status',
  PRIORITY = 'priority',
  TITLE = 'title',
}
registerEnumType(TaskSortField, { name: 'TaskSortField' });

@InputType()
export class TaskSort {
  @Field(() => TaskSortField)
  field!: TaskSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ObjectType()
export class TaskList {
  @Field(() => [Task])
  items!: Task[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class ReportEventInput {
  @Field(() => ID)
  gridId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'EVENT_CATEGORY dictionary code' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'COMPONENT_TYPE dictionary code' })
  componentCode?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Float, { nullable: true })
  lng?: number | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriority | null;
}

@InputType()
export class DeadlinePolicyInput {
  @Field(() => Int, { nullable: true, description: 'Working days for a community handler' })
  community?: number;

  @Field(() => Int, { nullable: true })
  township?: number;

  @Field(() => Int, { nullable: true })
  other?: number;
}
