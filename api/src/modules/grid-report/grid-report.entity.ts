import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';

export enum GridReportStatus {
  SAFE = 'SAFE',
  INCIDENT = 'INCIDENT',
}

/** What an incident report is about; the last three turn the day's light red. */
export enum GridReportSeverity {
  GENERAL = 'GENERAL',
  MAJOR_DISPUTE = 'MAJOR_DISPUTE',
  WARNING_DISPUTE = 'WARNING_DISPUTE',
  PETITION = 'PETITION',
}
export const RED_SEVERITIES = [GridReportSeverity.MAJOR_DISPUTE, GridReportSeverity.WARNING_DISPUTE, GridReportSeverity.PETITION];

export enum TrafficLight {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

export enum ReportChannel {
  API = 'API',
  SMS = 'SMS',
}

registerEnumType(GridReportStatus, { name: 'GridReportStatus' });
registerEnumType(GridReportSeverity, { name: 'GridReportSeverity', description: 'GENERAL, or 重大矛盾纠纷 / 预警性矛盾纠纷 / 上访动向 (red light)' });
registerEnumType(TrafficLight, {
  name: 'TrafficLight',
  description: 'GREEN reported on time, YELLOW nothing by the cut-off, RED a major or warning-level dispute or petition movement',
});
registerEnumType(ReportChannel, { name: 'ReportChannel' });

@ObjectType({ description: '信息报送: one daily report of a grid' })
@Entity({ tableName: 'grid_report' })
@Index({ properties: ['grid', 'date'] })
@Index({ properties: ['date'] })
export class GridReport extends BaseEntity {
  @ManyToOne(() => Grid, { deleteRule: 'cascade' })
  grid!: Rel<Grid>;

  /** The grid's community, kept with the report so subtree scopes are one range scan on its path. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => DateResolver, { description: 'The day reported on (Beijing time)' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => GridReportStatus)
  @Enum({ items: () => GridReportStatus, nativeEnumName: 'grid_report_status' })
  status!: GridReportStatus;

  @Field(() => GridReportSeverity, { nullable: true })
  @Enum({ items: () => GridReportSeverity, nativeEnumName: 'grid_report_severity', nullable: true })
  severity?: GridReportSeverity | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @Field(() => ReportChannel)
  @Enum({ items: () => ReportChannel, nativeEnumName: 'report_channel' })
  channel!: ReportChannel;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reporter?: Rel<User> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;
}

/** A day's light frozen by the daily close-out job, so later reports cannot turn a missed day green. */
@Entity({ tableName: 'grid_day_light' })
@Unique({ properties: ['grid', 'date'] })
export class GridDayLight extends BaseEntity {
  @ManyToOne(() => Grid, { deleteRule: 'cascade' })
  grid!: Rel<Grid>;

  @Property({ type: 'date' })
  date!: string;

  @Enum({ items: () => TrafficLight, nativeEnumName: 'traffic_light' })
  light!: TrafficLight;
}
