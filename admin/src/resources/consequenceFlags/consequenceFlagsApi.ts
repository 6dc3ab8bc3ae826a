import { ConsequenceFlagDocument, ConsequenceFlagsDocument, type ConsequenceFlagFieldsFragment, type ConsequenceFlagFilter } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import type { ResourceApi } from '../../providers/resourceApi';

export const consequenceFlagsApi: ResourceApi<ConsequenceFlagFieldsFragment, ConsequenceFlagFilter> = {
  sortFields: {},
  filtersByIds: false,
  list: async ({ filter, offset, limit }) => (await request(ConsequenceFlagsDocument, { filter, offset, limit })).consequenceFlags,
  one: async (id) => (await request(ConsequenceFlagDocument, { id })).consequenceFlag,
};
