import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../core/context';
import { listOf } from '../../core/pagination';
import { FormTemplate } from '../form/form.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { SurveyAnswer, SurveyLink, SurveyResponse, SurveyRound } from './survey.entity';
import * as surveys from './survey.service';
import { withRelation } from '../../core/rows';
import { related, relation } from '../../core/relations';

const version = () => Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when stale' });

export enum SurveyScoresGroupBy {
  GRID = 'GRID',
  CHILD_ORG = 'CHILD_ORG',
}
registerEnumType(SurveyScoresGroupBy, { name: 'SurveyScoresGroupBy' });

@ObjectType()
export class SurveyScore {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { description: 'Mean of the responses, 0–100' })
  score!: number;
}

@ObjectType('SurveyOption', { description: 'A choice of a survey question, as residents see it (no score)' })
export class SurveyOption {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType('SurveyQuestion', { description: 'A scored SELECT field of the questionnaire: `code` is the field key, `text` its label' })
export class SurveyQuestion {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean, { description: 'Must be answered' })
  required!: boolean;

  @Field(() => [SurveyOption])
  options!: SurveyOption[];
}

@ObjectType({ description: 'What a resident sees on a survey link, without signing in' })
export class PublicSurvey {
  @Field(() => String)
  gridName!: string;

  @Field(() => String)
  period!: string;

  @Field(() => Boolean)
  open!: boolean;

  @Field(() => String)
  title!: string;

  @Field(() => [SurveyQuestion])
  questions!: SurveyQuestion[];
}

const SurveyRoundList = listOf(SurveyRound);

/** SurveyRound fields answered by loaders (its module's `relations`). */
export const surveyRoundRelations = {
  org: relation('orgById', 'org'),
};

/** SurveyLink fields answered by loaders (its module's `relations`). */
export const surveyLinkRelations = {
  grid: relation('gridById', 'grid'),
};

@Resolver(() => SurveyRound)
export class SurveyResolver {
  @Query(() => SurveyRoundList)
  surveyRounds(
    @Ctx() ctx: Context,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return surveys.listSurveyRounds(ctx, orgId, offset, limit);
  }

  @Query(() => SurveyRound, { nullable: true })
  surveyRound(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return surveys.getSurveyRound(ctx, id);
  }

  @Query(() => [SurveyScore], { description: 'Per grid or child org: responses and the mean score, 0–100' })
  surveyScores(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('groupBy', () => SurveyScoresGroupBy, { defaultValue: SurveyScoresGroupBy.GRID }) groupBy: SurveyScoresGroupBy,
  ) {
    return surveys.surveyScores(ctx, roundId, groupBy);
  }

  @Query(() => PublicSurvey, { nullable: true, description: 'Public: the questionnaire behind a survey link; null for an unknown token' })
  publicSurvey(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return surveys.publicSurvey(ctx, token);
  }

  @Mutation(() => SurveyRound, {
    description:
      'templateId: a published form template with a SELECT field scored on every option; period: 2026-H1 or 2026-H2; a link with an unguessable token for every grid of the subtree',
  })
  openSurveyRound(
    @Ctx() ctx: Context,
    @Arg('templateId', () => ID) templateId: string,
    @Arg('period', () => String) period: string,
    @Arg('orgId', () => ID) orgId: string,
  ) {
    return surveys.openSurveyRound(ctx, templateId, period, orgId);
  }

  @Mutation(() => SurveyRound, { description: 'No more answers; the consequence rules run over its scores' })
  closeSurveyRound(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return surveys.closeSurveyRound(ctx, id, v);
  }

  @Mutation(() => [String], { description: 'One-time respondent codes for households, shown only now; at most the grid’s households in all' })
  issueSurveyCodes(@Ctx() ctx: Context, @Arg('linkId', () => ID) linkId: string, @Arg('count', () => Int) count: number) {
    return surveys.issueSurveyCodes(ctx, linkId, count);
  }

  @Mutation(() => Boolean, { description: 'Public, rate-limited per address: a resident’s answers with the link token and an unused code' })
  submitSurveyResponse(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('code', () => String) code: string,
    @Arg('answers', () => [SurveyAnswer]) answers: SurveyAnswer[],
  ) {
    return surveys.submitSurveyResponse(ctx, token, code, answers);
  }

  @Mutation(() => SurveyResponse, { description: 'A paper questionnaire entered by staff of the grid' })
  enterSurveyResponse(@Ctx() ctx: Context, @Arg('linkId', () => ID) linkId: string, @Arg('answers', () => [SurveyAnswer]) answers: SurveyAnswer[]) {
    return surveys.enterSurveyResponse(ctx, linkId, answers);
  }

  @FieldResolver(() => FormTemplate, { description: 'The questionnaire: a form template whose scored SELECT fields are the questions' })
  async template(@Root() round: SurveyRound, @Ctx() ctx: Context) {
    return (await withRelation(ctx.em, round, 'template')).template;
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() round: SurveyRound, @Ctx() ctx: Context) {
    return related(ctx, surveyRoundRelations.org, round);
  }

  @FieldResolver(() => [SurveyLink], { description: 'The links of the grids the caller reaches' })
  links(@Root() round: SurveyRound, @Ctx() ctx: Context) {
    return surveys.linksOf(ctx, round);
  }
}

@Resolver(() => SurveyLink)
export class SurveyLinkResolver {
  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() link: SurveyLink, @Ctx() ctx: Context) {
    return related(ctx, surveyLinkRelations.grid, link);
  }
}
