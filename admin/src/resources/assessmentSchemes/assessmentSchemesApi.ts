import { AssessmentSchemeDocument, AssessmentSchemesDocument, type AssessmentSchemeFilter, type AssessmentSchemeRowFragment } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import type { ResourceApi } from '../../providers/resourceApi';

/** Read-only here: schemes are drafted and published through the API (`createAssessmentScheme`, `publishAssessmentScheme`). */
export const assessmentSchemesApi: ResourceApi<AssessmentSchemeRowFragment, AssessmentSchemeFilter> = {
  sortFields: {},
  filtersByIds: false,
  list: async ({ filter, offset, limit }) => (await request(AssessmentSchemesDocument, { filter, offset, limit })).assessmentSchemes,
  one: async (id) => (await request(AssessmentSchemeDocument, { id })).assessmentScheme ?? null,
};
