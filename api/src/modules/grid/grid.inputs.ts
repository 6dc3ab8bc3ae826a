import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { Grid } from './grid.entity';

@InputType()
export class GridFilter {
  @Field(() => ID, { nullable: true, description: 'Grids of this org and every org below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct child grids of this grid' })
  parentId?: string;

  @Field(() => Int, { nullable: true })
  level?: number;

  @Field(() => String, { nullable: true, description: 'Substring of the name, or the grid number' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum GridSortField {
  NUMBER = 'number',
  NAME = 'name',
  LEVEL = 'level',
  HOUSEHOLDS = 'households',
  CREATED_AT = 'createdAt',
}
registerEnumType(GridSortField, { name: 'GridSortField' });

export const GridSort = sortInput('Grid', GridSortField);
export type GridSort = InstanceType<typeof GridSort>;

@InputType()
export class CreateGridInput {
  @Field(() => ID, { description: 'The community (or township) the grid belongs to' })
  orgId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { defaultValue: 1 })
  level!: number;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  boundary?: string | null;

  @Field(() => Int, { nullable: true })
  households?: number | null;

  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  geojson?: unknown;

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => [ID], { nullable: true })
  workerIds?: string[];
}

@InputType()
export class UpdateGridInput {
  @Field(() => ID, { nullable: true })
  orgId?: string;

  @Field(() => Int, { nullable: true })
  number?: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Int, { nullable: true })
  level?: number;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  boundary?: string | null;

  @Field(() => Int, { nullable: true })
  households?: number | null;

  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  geojson?: unknown;

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the grid workers' })
  workerIds?: string[];
}

export const GridList = listOf(Grid);
