import { defineModule } from '../../core/module';
import { AssessmentRound, AssessmentScheme, Scorecard } from './assessment.entity';
import { assessmentMessages } from './assessment.messages';
import { seedAssessments } from './assessment.seed';
import {
  assessmentGrants,
  complaintPolicy,
  consequenceGrants,
  consequenceRulePolicy,
  flagPolicy,
  roundPolicy,
  schemePolicy,
  scorecardPolicy,
  surveyGrants,
  surveyResponsePolicy,
  surveyRoundPolicy,
} from './assessment.policy';
import { AssessmentRoundResolver, AssessmentSchemeResolver, ScorecardResolver, assessmentRoundRelations, scorecardRelations } from './assessment.resolver';
import { Complaint, ConsequenceFlag, ConsequenceRule } from './consequence.entity';
import { ComplaintResolver, ConsequenceResolver, consequenceFlagRelations, complaintRelations } from './consequence.resolver';
import { SurveyLinkResolver, SurveyResolver, surveyRoundRelations, surveyLinkRelations } from './survey.resolver';
import { SurveyCode, SurveyLink, SurveyResponse, SurveyRound } from './survey.entity';

const grants: Record<string, import('../../core/rules').RawRule[]> = {};
for (const g of [assessmentGrants, surveyGrants, consequenceGrants])
  for (const [role, rules] of Object.entries(g)) grants[role] = [...(grants[role] ?? []), ...rules];

/** Assessments (考核) of grids, grid workers and orgs, satisfaction surveys (满意度测评), complaints and their consequences. */
export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [AssessmentScheme, AssessmentRound, Scorecard, SurveyRound, SurveyLink, SurveyCode, SurveyResponse, ConsequenceRule, Complaint, ConsequenceFlag],
  resolvers: [AssessmentSchemeResolver, AssessmentRoundResolver, ScorecardResolver, SurveyResolver, SurveyLinkResolver, ConsequenceResolver, ComplaintResolver],
  relations: {
    AssessmentRound: assessmentRoundRelations,
    Scorecard: scorecardRelations,
    ConsequenceFlag: consequenceFlagRelations,
    Complaint: complaintRelations,
    SurveyRound: surveyRoundRelations,
    SurveyLink: surveyLinkRelations,
  },
  subjects: {
    AssessmentScheme: schemePolicy,
    AssessmentRound: roundPolicy,
    Scorecard: scorecardPolicy,
    SurveyRound: surveyRoundPolicy,
    SurveyResponse: surveyResponsePolicy,
    ConsequenceRule: consequenceRulePolicy,
    Complaint: complaintPolicy,
    ConsequenceFlag: flagPolicy,
  },
  grants,
  references: [
    { table: 'assessment_round', column: 'org_id', target: 'Org', kind: 'ref.assessment' },
    { table: 'scorecard', column: 'org_id', target: 'Org', kind: 'ref.assessment' },
    { table: 'scorecard', column: 'grid_id', target: 'Grid', kind: 'ref.assessment' },
    { table: 'scorecard', column: 'user_id', target: 'User', kind: 'ref.assessment' },
    { table: 'survey_round', column: 'org_id', target: 'Org', kind: 'ref.survey' },
    { table: 'survey_link', column: 'org_id', target: 'Org', kind: 'ref.survey' },
    { table: 'survey_link', column: 'grid_id', target: 'Grid', kind: 'ref.survey' },
    { table: 'survey_response', column: 'org_id', target: 'Org', kind: 'ref.survey' },
    { table: 'survey_response', column: 'grid_id', target: 'Grid', kind: 'ref.survey' },
    { table: 'complaint', column: 'org_id', target: 'Org', kind: 'ref.complaint' },
    { table: 'complaint', column: 'grid_id', target: 'Grid', kind: 'ref.complaint' },
    { table: 'complaint', column: 'user_id', target: 'User', kind: 'ref.complaint' },
    { table: 'consequence_flag', column: 'org_id', target: 'Org', kind: 'ref.complaint' },
    { table: 'consequence_flag', column: 'grid_id', target: 'Grid', kind: 'ref.complaint' },
    { table: 'consequence_flag', column: 'user_id', target: 'User', kind: 'ref.complaint' },
  ],
  publicFields: ['publicSurvey', 'submitSurveyResponse'],
  demoSeed: seedAssessments,
  messages: assessmentMessages,
});
