import {
  OpenSurveyRoundDocument,
  SurveyRoundDocument,
  SurveyRoundsDocument,
  type SurveyRoundQuery,
  type SurveyRoundFieldsFragment,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { text, type ResourceApi } from '../../providers/resourceApi';

export type SurveyRoundRecord = NonNullable<SurveyRoundQuery['surveyRound']>;

export const surveyRoundsApi: ResourceApi<SurveyRoundFieldsFragment, { orgId?: string }> = {
  sortFields: {},
  filtersByIds: false,
  list: async ({ filter, offset, limit }) => (await request(SurveyRoundsDocument, { orgId: filter.orgId ?? null, offset, limit })).surveyRounds,
  one: async (id) => (await request(SurveyRoundDocument, { id })).surveyRound,
  create: async (data) =>
    (await request(OpenSurveyRoundDocument, { templateId: text(data.templateId) ?? '', period: text(data.period) ?? '', orgId: text(data.orgId) ?? '' }))
      .openSurveyRound,
};
