import {
  CreateRoleDocument,
  DeleteRoleDocument,
  RoleDocument,
  RolesDocument,
  UpdateRoleDocument,
  type CreateRoleInput,
  type DataScope,
  type RoleFieldsFragment,
  type RoleFilter,
  type RoleSortField,
  type UpdateRoleInput,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, text, type ResourceApi } from '../../providers/resourceApi';

const toUpdateInput = (data: Record<string, unknown>): UpdateRoleInput => ({
  name: text(data.name) ?? '',
  scope: data.scope as DataScope,
  rules: data.rules,
});

export const rolesApi: ResourceApi<RoleFieldsFragment, RoleFilter, RoleSortField> = {
  sortFields: { code: 'CODE', name: 'NAME', createdAt: 'CREATED_AT' },
  filtersByIds: true,
  list: async (args) => (await request(RolesDocument, args)).roles,
  one: async (id) => (await request(RoleDocument, { id })).role,
  create: async (data) => {
    const input: CreateRoleInput = {
      code: text(data.code) ?? '',
      name: text(data.name) ?? '',
      scope: data.scope as DataScope,
      rules: data.rules,
    };
    return (await request(CreateRoleDocument, { input })).createRole;
  },
  update: async (id, data, previous) => {
    const input = changed(toUpdateInput(data), toUpdateInput(previous));
    return (await request(UpdateRoleDocument, { id, input, version: previous.version as number })).updateRole;
  },
  remove: async (id) => (await request(DeleteRoleDocument, { id })).deleteRole,
};
