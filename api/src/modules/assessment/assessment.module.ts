import { defineModule } from '../../core/module';
import { AssessmentRound, AssessmentScheme, Scorecard } from './assessment.entity';
import { assessmentMessages } from './assessment.messages';
import {
  assessmentGrants,
  roundPolicy,
  schemePolicy,
  scorecardPolicy,
  surveyGrants,
  surveyResponsePolicy,
  surveyRoundPolicy,
  surveyTemplatePolicy,
} from './assessment.policy';
import { AssessmentRoundResolver, AssessmentSchemeResolver, ScorecardResolver } from './assessment.resolver';
import { SurveyCode, SurveyLink, SurveyResponse, SurveyRound, SurveyTemplate } from './survey.entity';

const grants: Record<string, import('../../core/rules').RawRule[]> = {};
for (const g of [assessmentGrants, surveyGrants]) for (const [role, rules] of Object.entries(g)) grants[role] = [...(grants[role] ?? []), ...rules];

/** Assessments (考核) of grids, grid workers and orgs, satisfaction surveys (满意度测评), complaints and their consequences. */
export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [AssessmentScheme, AssessmentRound, Scorecard, SurveyTemplate, SurveyRound, SurveyLink, SurveyCode, SurveyResponse],
  resolvers: [AssessmentSchemeResolver, AssessmentRoundResolver, ScorecardResolver],
  subjects: {
    AssessmentScheme: schemePolicy,
    AssessmentRound: roundPolicy,
    Scorecard: scorecardPolicy,
    SurveyTemplate: surveyTemplatePolicy,
    SurveyRound: surveyRoundPolicy,
    SurveyResponse: surveyResponsePolicy,
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
  ],
  messages: assessmentMessages,
});
