import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Grid } from '../grid/grid.entity';
import { GridReport, GridReportSeverity, GridReportStatus, TrafficLight } from './grid-report.entity';

@InputType()
export class GridReportInput {
  @Field(() => ID)
  gridId!: string;

  @Field(() => DateResolver, { nullable: true, description: 'The day reported on; today (Beijing time) when omitted, never in the future' })
  date?: string | Date | null;

  @Field(() => GridReportStatus)
  status!: GridReportStatus;

  @Field(() => GridReportSeverity, { nullable: true, description: 'For INCIDENT; GENERAL when omitted' })
  severity?: GridReportSeverity | null;

  @Field(() => String, { nullable: true, description: 'Required for INCIDENT' })
  text?: string | null;
}

@ObjectType()
export class GridReportDay {
  @Field(() => DateResolver)
  date!: string;

  @Field(() => TrafficLight, { nullable: true, description: 'Null for days still open (today before its cut-off) or not yet come' })
  light!: TrafficLight | null;

  @Field(() => [GridReport])
  reports!: GridReport[];
}

@ObjectType({ description: "A grid's traffic lights for one month" })
export class GridReportCalendar {
  @Field(() => Grid)
  grid!: Grid;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => [GridReportDay])
  days!: GridReportDay[];
}

export enum TrafficLightGroupBy {
  GRID = 'GRID',
  CHILD_ORG = 'CHILD_ORG',
}
registerEnumType(TrafficLightGroupBy, { name: 'TrafficLightGroupBy' });

@ObjectType()
export class TrafficLightCounts {
  @Field(() => Int, { description: 'Grid-days with a light' })
  gridDays!: number;

  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  yellow!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Float, { description: 'Percent, two decimals' })
  greenRate!: number;

  @Field(() => Float)
  yellowRate!: number;

  @Field(() => Float)
  redRate!: number;
}

@ObjectType()
export class TrafficLightGroup extends TrafficLightCounts {
  @Field(() => String, { description: 'Grid id or child org id' })
  key!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: 'Green/yellow/red rates of the grids of an org subtree over a period; totals equal the sum of the groups' })
export class TrafficLightRates extends TrafficLightCounts {
  @Field(() => [TrafficLightGroup])
  groups!: TrafficLightGroup[];
}
