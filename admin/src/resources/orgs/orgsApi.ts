import {
  CreateOrgDocument,
  DeleteOrgDocument,
  OrgDocument,
  OrgsDocument,
  UpdateOrgDocument,
  type CreateOrgInput,
  type OrgFieldsFragment,
  type OrgFilter,
  type OrgLevel,
  type OrgSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, text, type ResourceApi } from '../../providers/resourceApi';

export type OrgRecord = OrgFieldsFragment & { parentId: string | null };

const toRecord = (org: OrgFieldsFragment): OrgRecord => ({ ...org, parentId: org.parent?.id ?? null });

const toInput = (data: Record<string, unknown>): CreateOrgInput => ({
  code: text(data.code),
  name: text(data.name) ?? '',
  level: data.level as OrgLevel,
  parentId: text(data.parentId),
});

export const orgsApi: ResourceApi<OrgRecord, OrgFilter, OrgSortField> = {
  sortFields: { name: 'NAME', code: 'CODE', level: 'LEVEL', createdAt: 'CREATED_AT' },
  filtersByIds: true,
  list: async (args) => {
    const { orgs } = await request(OrgsDocument, args);
    return { items: orgs.items.map(toRecord), total: orgs.total };
  },
  one: async (id) => {
    const { org } = await request(OrgDocument, { id });
    return org && toRecord(org);
  },
  create: async (data) => toRecord((await request(CreateOrgDocument, { input: toInput(data) })).createOrg),
  update: async (id, data, previous) => {
    const { parentId, ...rest } = changed(toInput(data), toInput(previous));
    const input = { ...rest, ...(parentId ? { parentId } : {}) };
    const { updateOrg } = await request(UpdateOrgDocument, { id, input, version: previous.version as number });
    return toRecord(updateOrg);
  },
  remove: async (id) => (await request(DeleteOrgDocument, { id })).deleteOrg,
};
