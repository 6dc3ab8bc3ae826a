import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf } from '../../core/pagination';
import { AssessmentRound, AssessmentScheme, Scorecard } from './assessment.entity';
import { PeriodType, SubjectKind } from './assessment.scoring';
import { GradeBandShape, IndicatorShape } from './assessment.shapes';
import { ScorecardStatus } from './assessment.workflow';

@InputType()
export class AssessmentSchemeInput {
  @Field(() => String, { description: 'Revisions share it; a new code starts at revision 1' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PeriodType)
  periodType!: PeriodType;

  @Field(() => SubjectKind)
  subjectType!: SubjectKind;

  @Field(() => [IndicatorShape])
  indicators!: IndicatorShape[];

  @Field(() => [GradeBandShape], { nullable: true, description: '优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格 when omitted' })
  grades?: GradeBandShape[] | null;

  @Field(() => String, { nullable: true })
  quarterSchemeCode?: string | null;

  @Field(() => Float, { nullable: true })
  quartersWeight?: number | null;
}

@InputType()
export class AssessmentSchemeFilter {
  @Field(() => String, { nullable: true })
  code?: string;

  @Field(() => Boolean, { nullable: true })
  published?: boolean;
}

@InputType()
export class AssessmentRoundFilter {
  @Field(() => ID, { nullable: true, description: 'Rounds opened for this org and the orgs below it' })
  orgId?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => ID, { nullable: true })
  schemeId?: string;
}

@InputType()
export class ScorecardFilter {
  @Field(() => ID, { nullable: true })
  roundId?: string;

  @Field(() => ID, { nullable: true, description: 'Subjects in this org and below' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => [ScorecardStatus], { nullable: true })
  status?: ScorecardStatus[];

  @Field(() => String, { nullable: true })
  grade?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the subject name' })
  q?: string;
}

@InputType()
export class OpenAssessmentRoundInput {
  @Field(() => ID)
  schemeId!: string;

  @Field(() => String, { description: '2026-Q4 for QUARTER schemes, 2026 for YEAR schemes' })
  period!: string;

  @Field(() => ID)
  orgId!: string;

  @Field(() => DateResolver, { nullable: true })
  deadline?: Date | null;
}

export const AssessmentSchemeList = listOf(AssessmentScheme);
export const AssessmentRoundList = listOf(AssessmentRound);
export const ScorecardList = listOf(Scorecard);

@ObjectType()
export class RankedScorecard {
  @Field(() => Int, { description: 'Competition ranking over the whole round: equal totals share a rank, the next rank skips' })
  rank!: number;

  @Field(() => Scorecard)
  scorecard!: Scorecard;

  @Field(() => Float)
  total!: number;

  @Field(() => String, { nullable: true })
  grade!: string | null;

  @Field(() => Float, { nullable: true, description: "Total of the same subject in the scheme's previous period" })
  previousTotal!: number | null;

  @Field(() => Float, { nullable: true, description: 'total − previousTotal' })
  change!: number | null;
}

@ObjectType()
export class AssessmentRanking {
  @Field(() => [RankedScorecard])
  items!: RankedScorecard[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class AssessmentRankingFilter {
  @Field(() => ID, { nullable: true })
  orgId?: string;

  @Field(() => String, { nullable: true })
  grade?: string;

  @Field(() => String, { nullable: true })
  q?: string;
}

export enum AssessmentSummaryGroupBy {
  CHILD_ORG = 'CHILD_ORG',
}
registerEnumType(AssessmentSummaryGroupBy, { name: 'AssessmentSummaryGroupBy' });

@ObjectType()
export class GradeCount {
  @Field(() => String)
  grade!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class AssessmentSummaryGroup {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => [GradeCount])
  grades!: GradeCount[];
}
