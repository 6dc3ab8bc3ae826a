import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AutoSource, IndicatorKind, MappingType, PeriodType, SubjectKind } from './assessment.scoring';
import { ScorecardAction, ScorecardStatus } from './assessment.workflow';

registerEnumType(PeriodType, { name: 'AssessmentPeriodType' });
registerEnumType(SubjectKind, { name: 'AssessmentSubjectType', description: 'A grid, a user (grid worker or leader) or an org' });
registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: 'MANUAL: an assessor enters 0..maxScore; AUTO: mapped from another module’s figure' });
registerEnumType(AutoSource, { name: 'AutoSource' });
registerEnumType(MappingType, { name: 'IndicatorMappingType' });
registerEnumType(ScorecardStatus, { name: 'ScorecardStatus' });
registerEnumType(ScorecardAction, { name: 'ScorecardAction' });

/** The jsonb shapes of a scheme, as output and as input (same fields). */
@ObjectType('IndicatorThreshold')
@InputType('IndicatorThresholdInput')
export class ThresholdShape {
  @Field(() => Float, { description: 'The figure from which this score applies' })
  min!: number;

  @Field(() => Float)
  score!: number;
}

@ObjectType('IndicatorMapping')
@InputType('IndicatorMappingInput')
export class MappingShape {
  @Field(() => MappingType)
  type!: MappingType;

  @Field(() => Float, { nullable: true, description: 'LINEAR: the figure scoring 0 (default 0)' })
  from?: number | null;

  @Field(() => Float, { nullable: true, description: 'LINEAR: the figure scoring maxScore (default 100)' })
  to?: number | null;

  @Field(() => [ThresholdShape], { nullable: true })
  steps?: ThresholdShape[] | null;
}

@ObjectType('Indicator')
@InputType('IndicatorInput')
export class IndicatorShape {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  maxScore!: number;

  @Field(() => Float, { description: 'The total is the sum of weight × score' })
  weight!: number;

  @Field(() => String, { nullable: true })
  guidance?: string | null;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => AutoSource, { nullable: true })
  source?: AutoSource | null;

  @Field(() => MappingShape, { nullable: true })
  mapping?: MappingShape | null;
}

@ObjectType('GradeBand')
@InputType('GradeBandInput')
export class GradeBandShape {
  @Field(() => String, { description: '优秀, 良好, 合格, 不合格 …' })
  grade!: string;

  @Field(() => Float, { description: 'The lowest total with this grade' })
  min!: number;
}

@ObjectType('IndicatorScore')
export class ScoreShape {
  @Field(() => String)
  indicator!: string;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Float, { nullable: true, description: 'AUTO: the figure behind the score (a percent or a survey score); null without data' })
  figure?: number | null;
}

@InputType()
export class ScoreInput {
  @Field(() => String)
  indicator!: string;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => String, { nullable: true, description: 'Why points were deducted' })
  comment?: string | null;
}
