import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { FileDownload, ImportReport } from '../../core/import-report';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { exportAssessmentRound, importAssessmentScores } from './assessment.xlsx';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { AssessmentRound, AssessmentScheme, Scorecard } from './assessment.entity';
import {
  AssessmentRanking,
  AssessmentRankingFilter,
  AssessmentRoundFilter,
  AssessmentRoundList,
  AssessmentSchemeFilter,
  AssessmentSchemeInput,
  AssessmentSchemeList,
  AssessmentSummaryGroup,
  AssessmentSummaryGroupBy,
  OpenAssessmentRoundInput,
  ScorecardFilter,
  ScorecardList,
} from './assessment.inputs';
import { assessmentRanking, assessmentSummary } from './assessment.ranking';
import * as assessments from './assessment.service';
import { ScoreInput } from './assessment.shapes';
import { ScorecardAction } from './assessment.workflow';
import { withRelation } from '../../core/rows';
import { related, relation } from '../../core/relations';

const version = () => Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when stale' });
const offsetArg = () => Arg('offset', () => Int, { defaultValue: 0 });
const limitArg = () => Arg('limit', () => Int, { defaultValue: 25 });

/** AssessmentRound fields answered by loaders (its module's `relations`). */
export const assessmentRoundRelations = {
  org: relation('orgById', 'org'),
};

/** Scorecard fields answered by loaders (its module's `relations`). */
export const scorecardRelations = {
  grid: relation('gridById', 'grid'),
  org: relation('orgById', 'org'),
};

@Resolver(() => AssessmentScheme)
export class AssessmentSchemeResolver {
  @Query(() => AssessmentSchemeList)
  assessmentSchemes(
    @Ctx() ctx: Context,
    @Arg('filter', () => AssessmentSchemeFilter, { nullable: true }) filter?: AssessmentSchemeFilter,
    @offsetArg() offset?: number,
    @limitArg() limit?: number,
  ) {
    return assessments.listSchemes(ctx, filter ?? {}, offset, limit);
  }

  @Query(() => AssessmentScheme, { nullable: true })
  assessmentScheme(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return assessments.getScheme(ctx, id);
  }

  @Mutation(() => AssessmentScheme, { description: 'A draft: the next revision of `code`, or revision 1 of a new code' })
  createAssessmentScheme(@Ctx() ctx: Context, @Arg('input', () => AssessmentSchemeInput) input: AssessmentSchemeInput) {
    return assessments.createScheme(ctx, input);
  }

  @Mutation(() => AssessmentScheme, { description: 'Drafts only: a published scheme is CONFLICT' })
  updateAssessmentScheme(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssessmentSchemeInput) input: AssessmentSchemeInput,
    @version() v?: number,
  ) {
    return assessments.updateScheme(ctx, id, input, v);
  }

  @Mutation(() => AssessmentScheme)
  publishAssessmentScheme(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return assessments.publishScheme(ctx, id, v);
  }
}

@Resolver(() => AssessmentRound)
export class AssessmentRoundResolver {
  @Query(() => AssessmentRoundList)
  assessmentRounds(
    @Ctx() ctx: Context,
    @Arg('filter', () => AssessmentRoundFilter, { nullable: true }) filter?: AssessmentRoundFilter,
    @offsetArg() offset?: number,
    @limitArg() limit?: number,
  ) {
    return assessments.listRounds(ctx, filter ?? {}, offset, limit);
  }

  @Query(() => AssessmentRound, { nullable: true })
  assessmentRound(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return assessments.getRound(ctx, id);
  }

  @Query(() => AssessmentRanking, { description: 'Scorecards of a round by total with rank (ties share one), grade and change against the previous period' })
  assessmentRanking(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('filter', () => AssessmentRankingFilter, { nullable: true }) filter?: AssessmentRankingFilter,
    @offsetArg() offset?: number,
    @limitArg() limit?: number,
  ) {
    return assessmentRanking(ctx, roundId, filter ?? {}, offset, limit);
  }

  @Query(() => [AssessmentSummaryGroup])
  assessmentSummary(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('groupBy', () => AssessmentSummaryGroupBy, { defaultValue: AssessmentSummaryGroupBy.CHILD_ORG }) _groupBy: AssessmentSummaryGroupBy,
  ) {
    return assessmentSummary(ctx, roundId);
  }

  @Mutation(() => AssessmentRound, { description: 'One scorecard per subject of the org subtree; AUTO scores computed now' })
  openAssessmentRound(@Ctx() ctx: Context, @Arg('input', () => OpenAssessmentRoundInput) input: OpenAssessmentRoundInput) {
    return assessments.openAssessmentRound(ctx, input);
  }

  @Query(() => FileDownload, { description: 'The round as xlsx: the scorecards the caller may read, subjects × indicators with totals and grades' })
  exportAssessmentRound(@Ctx() ctx: Context, @Arg('roundId', () => ID) roundId: string) {
    return exportAssessmentRound(ctx, roundId);
  }

  @Mutation(() => ImportReport, { description: 'MANUAL scores from the exported sheet; all or nothing, errors by row and column' })
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importAssessmentScores(@Ctx() ctx: Context, @Arg('roundId', () => ID) roundId: string, @Arg('fileBase64', () => String) fileBase64: string) {
    return importAssessmentScores(ctx, roundId, fileBase64);
  }

  @Mutation(() => Int, { description: 'Recomputes AUTO scores of the scorecards still in DRAFT; returns how many' })
  refreshAutoScores(@Ctx() ctx: Context, @Arg('roundId', () => ID) roundId: string) {
    return assessments.refreshAutoScores(ctx, roundId);
  }

  @Mutation(() => AssessmentRound)
  closeAssessmentRound(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return assessments.closeAssessmentRound(ctx, id, v);
  }

  @FieldResolver(() => AssessmentScheme)
  async scheme(@Root() round: AssessmentRound, @Ctx() ctx: Context) {
    return (await withRelation(ctx.em, round, 'scheme')).scheme;
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() round: AssessmentRound, @Ctx() ctx: Context) {
    return related(ctx, assessmentRoundRelations.org, round);
  }
}

@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Query(() => ScorecardList)
  scorecards(
    @Ctx() ctx: Context,
    @Arg('filter', () => ScorecardFilter, { nullable: true }) filter?: ScorecardFilter,
    @offsetArg() offset?: number,
    @limitArg() limit?: number,
  ) {
    return assessments.listScorecards(ctx, filter ?? {}, offset, limit);
  }

  @Query(() => Scorecard, { nullable: true })
  scorecard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return assessments.getScorecard(ctx, id);
  }

  @Mutation(() => Scorecard, { description: 'MANUAL scores; BAD_USER_INPUT names an indicator out of range, and nothing is written' })
  setScores(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('scores', () => [ScoreInput]) scores: ScoreInput[], @version() v?: number) {
    return assessments.setScores(ctx, id, v, scores);
  }

  @Mutation(() => Scorecard)
  submitScorecard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return assessments.submitScorecard(ctx, id, v);
  }

  @Mutation(() => Scorecard, { description: 'By a role holding `confirm` at a township or above; the scorecard is locked then' })
  confirmScorecard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v?: number) {
    return assessments.confirmScorecard(ctx, id, v);
  }

  @Mutation(() => Scorecard, { description: 'A submitted scorecard back to DRAFT, with a reason' })
  returnScorecard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @version() v?: number) {
    return assessments.returnScorecard(ctx, id, v, reason);
  }

  @Mutation(() => Scorecard, { description: 'A confirmed scorecard back to DRAFT by the confirming level, with a reason (audited)' })
  reopenScorecard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @version() v?: number) {
    return assessments.reopenScorecard(ctx, id, v, reason);
  }

  @FieldResolver(() => [ScorecardAction])
  allowedActions(@Root() card: Scorecard, @Ctx() ctx: Context) {
    return assessments.scorecardAllowedActions(ctx, card);
  }

  @FieldResolver(() => String)
  async period(@Root() card: Scorecard, @Ctx() ctx: Context) {
    return (await withRelation(ctx.em, card, 'round')).round.period;
  }

  @FieldResolver(() => ID)
  roundId(@Root() card: Scorecard) {
    return card.round.id;
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() card: Scorecard, @Ctx() ctx: Context) {
    return related(ctx, scorecardRelations.grid, card);
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() card: Scorecard, @Ctx() ctx: Context) {
    return related(ctx, scorecardRelations.org, card);
  }
}
