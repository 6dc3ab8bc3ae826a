import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../core/pagination';
import { Grid } from '../grid/grid.entity';
import { HelperRole, RiskLevel, Sex, SupervisionKind, SupervisionStatus, VisitKind } from './person.enums';
import { SupervisedPerson } from './person.entity';
import { SupportGroupMember } from './support-group.entity';
import { Visit } from './visit.entity';

@InputType()
export class SupervisedPersonFilter {
  @Field(() => ID, { nullable: true, description: 'People of this org and every org below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => String, { nullable: true, description: 'PERSON_CATEGORY code' })
  categoryCode?: string;

  @Field(() => SupervisionKind, { nullable: true })
  kind?: SupervisionKind;

  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel;

  @Field(() => SupervisionStatus, { nullable: true })
  status?: SupervisionStatus;

  @Field(() => String, { nullable: true, description: 'Substring of the name; a whole ID number only for callers who may see ID numbers' })
  q?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM: active people due a visit that month who have none' })
  visitOverdueMonth?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum SupervisedPersonSortField {
  NAME = 'name',
  RISK_LEVEL = 'riskLevel',
  STATUS = 'status',
  SUPERVISION_START = 'supervisionStart',
  SUPERVISION_END = 'supervisionEnd',
  CREATED_AT = 'createdAt',
}
registerEnumType(SupervisedPersonSortField, { name: 'SupervisedPersonSortField' });

@InputType()
export class SupervisedPersonSort {
  @Field(() => SupervisedPersonSortField)
  field!: SupervisedPersonSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class CreateSupervisedPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '18 characters; a lower-case x is accepted as X' })
  idNumber!: string;

  @Field(() => Sex, { nullable: true, description: 'Derived from the ID number; when given it must match' })
  sex?: Sex | null;

  @Field(() => DateResolver, { nullable: true, description: 'Derived from the ID number; when given it must match' })
  birthDate?: Date | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => ID)
  gridId!: string;

  @Field(() => String, { description: 'PERSON_CATEGORY code' })
  categoryCode!: string;

  @Field(() => String, { nullable: true })
  offenceSummary?: string | null;

  @Field(() => RiskLevel, { nullable: true, description: 'LOW when not given' })
  riskLevel?: RiskLevel | null;

  @Field(() => DateResolver, { nullable: true })
  supervisionStart?: Date | null;

  @Field(() => DateResolver, { nullable: true })
  supervisionEnd?: Date | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

/** Grid and status change through transferSupervisedPerson and changeSupervisionStatus, which keep a history. */
@InputType()
export class UpdateSupervisedPersonInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  idNumber?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => DateResolver, { nullable: true })
  birthDate?: Date | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  categoryCode?: string;

  @Field(() => String, { nullable: true })
  offenceSummary?: string | null;

  @Field(() => RiskLevel, { nullable: true })
  riskLevel?: RiskLevel;

  @Field(() => DateResolver, { nullable: true })
  supervisionStart?: Date | null;

  @Field(() => DateResolver, { nullable: true })
  supervisionEnd?: Date | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType()
export class SupervisedPersonList {
  @Field(() => [SupervisedPerson])
  items!: SupervisedPerson[];

  @Field(() => Int)
  total!: number;
}

@InputType({ description: 'A helper without an account' })
export class SupportGroupContactInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  relation?: string | null;
}

@ObjectType({ description: '帮教小组 ("五帮一") of one person' })
export class SupportGroup {
  @Field(() => SupervisedPerson)
  person!: SupervisedPerson;

  @Field(() => [SupportGroupMember])
  members!: SupportGroupMember[];

  @Field(() => [HelperRole], { description: 'One entry per helper still missing from the required composition' })
  missingRoles!: HelperRole[];
}

@ObjectType()
export class SupportGroupList {
  @Field(() => [SupportGroup])
  items!: SupportGroup[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class VisitFilter {
  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'Visits of people of this org and every org below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => VisitKind, { nullable: true })
  kind?: VisitKind;

  @Field(() => DateResolver, { nullable: true })
  from?: Date;

  @Field(() => DateResolver, { nullable: true })
  to?: Date;
}

@InputType()
export class CreateVisitInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => DateResolver)
  date!: Date;

  @Field(() => VisitKind)
  kind!: VisitKind;

  @Field(() => [String], { nullable: true })
  participants?: string[];

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => String, { nullable: true })
  psychologicalState?: string | null;

  @Field(() => Boolean, { nullable: true })
  followUpNeeded?: boolean;
}

@ObjectType()
export class VisitList {
  @Field(() => [Visit])
  items!: Visit[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Active people of a month without a visit, within what the caller may read' })
export class OverduePeople {
  @Field(() => [SupervisedPerson])
  items!: SupervisedPerson[];

  @Field(() => Int)
  total!: number;
}

@ObjectType()
export class GridVisitCompliance {
  @Field(() => Grid, { nullable: true })
  grid!: Grid | null;

  gridId!: string;

  @Field(() => Int, { description: 'Active people due a visit this month' })
  active!: number;

  @Field(() => Int)
  visited!: number;

  @Field(() => Float, { nullable: true, description: 'visited / active in percent, two decimals; null when no one is due' })
  rate!: number | null;
}

@ObjectType({ description: 'Monthly visit compliance of an org subtree' })
export class VisitCompliance {
  @Field(() => String)
  month!: string;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  visited!: number;

  @Field(() => Float, { nullable: true, description: 'visited / active in percent, two decimals; null when no one is due' })
  rate!: number | null;

  @Field(() => OverduePeople)
  overdue!: OverduePeople;

  @Field(() => [GridVisitCompliance])
  byGrid!: GridVisitCompliance[];
}

export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS = 'VALID_ROWS',
}
registerEnumType(ImportMode, { name: 'ImportMode', description: 'ALL_OR_NOTHING writes nothing when any row is bad; VALID_ROWS writes the good rows' });

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Column header; null for a problem of the whole row' })
  column!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field(() => Boolean, { description: 'True when nothing was written: a dry run, or ALL_OR_NOTHING with errors' })
  nothingWritten!: boolean;
}

@ObjectType()
export class FileDownload {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentBase64!: string;
}

@ObjectType()
export class CountBy {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts only, no people: for assessors and dashboards' })
export class SupervisionStats {
  @Field(() => Int)
  total!: number;

  @Field(() => [CountBy])
  byStatus!: CountBy[];

  @Field(() => [CountBy])
  byKind!: CountBy[];

  @Field(() => [CountBy])
  byCategory!: CountBy[];

  @Field(() => [CountBy])
  byRisk!: CountBy[];
}
