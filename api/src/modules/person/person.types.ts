import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Grid } from '../grid/grid.entity';
import { HelperRole } from './person.enums';
import { SupervisedPerson } from './person.entity';
import { SupportGroupMember } from './support-group.entity';
import { Visit } from './visit.entity';

@ObjectType()
export class SupervisedPersonList {
  @Field(() => [SupervisedPerson])
  items!: SupervisedPerson[];

  @Field(() => Int)
  total!: number;
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
  items!: SupervisedPerson[] | Promise<SupervisedPerson[]>;

  @Field(() => Int)
  total!: number | Promise<number>;
}

@ObjectType()
export class GridVisitCompliance {
  @Field(() => Grid, { nullable: true })
  grid!: Grid | null | Promise<Grid | null>;

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

@ObjectType()
export class VisitComplianceGroup {
  @Field(() => String, { description: 'Org id, grid id or YYYY-MM' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Person-months due a visit: each active person counted once for every month of the period they are due in' })
  active!: number;

  @Field(() => Int, { description: 'Of those, the person-months with a visit' })
  visited!: number;

  @Field(() => Float, { nullable: true, description: 'visited / active in percent, two decimals; null when no one is due' })
  rate!: number | null;
}

@ObjectType({ description: 'Visit compliance of an org subtree over a run of months, within the caller scope; totals equal the sum of the groups' })
export class VisitComplianceStats {
  @Field(() => String, { description: 'YYYY-MM' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  to!: string;

  @Field(() => Int, { description: 'Person-months due a visit' })
  active!: number;

  @Field(() => Int)
  visited!: number;

  @Field(() => Float, { nullable: true, description: 'visited / active in percent, two decimals; null when no one is due' })
  rate!: number | null;

  @Field(() => [VisitComplianceGroup])
  groups!: VisitComplianceGroup[];
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
