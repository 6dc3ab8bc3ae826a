import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../core/pagination';
import { RiskLevel, Sex, SupervisionKind, SupervisionStatus, VisitKind } from './person.enums';

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

@InputType({ description: 'A helper without an account' })
export class SupportGroupContactInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  relation?: string | null;
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
