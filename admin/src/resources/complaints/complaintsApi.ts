import { ComplaintDocument, ComplaintsDocument, RegisterComplaintDocument, type ComplaintFieldsFragment, type ComplaintFilter } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { text, type ResourceApi } from '../../providers/resourceApi';

export const complaintsApi: ResourceApi<ComplaintFieldsFragment, ComplaintFilter> = {
  sortFields: {},
  filtersByIds: false,
  list: async ({ filter, offset, limit }) => (await request(ComplaintsDocument, { filter, offset, limit })).complaints,
  one: async (id) => (await request(ComplaintDocument, { id })).complaint,
  create: async (data) => {
    const input = {
      userId: text(data.userId),
      gridId: text(data.gridId),
      date: text(data.date) ?? '',
      source: text(data.source) ?? '',
      text: text(data.text) ?? '',
    };
    return (await request(RegisterComplaintDocument, { input })).registerComplaint;
  },
};
