import {
  CreateUserDocument,
  DeleteUserDocument,
  UpdateUserDocument,
  UserDocument,
  UsersDocument,
  type CreateUserInput,
  type UpdateUserInput,
  type UserFieldsFragment,
  type UserFilter,
  type UserSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, ids, text, type ResourceApi } from '../../providers/resourceApi';

export type UserRecord = UserFieldsFragment & { orgId: string | null; roleIds: string[]; gridIds: string[] };

const toRecord = (user: UserFieldsFragment): UserRecord => ({
  ...user,
  orgId: user.org?.id ?? null,
  roleIds: user.roles.map((r) => r.id),
  gridIds: user.grids.map((g) => g.id),
});

const toUpdateInput = (data: Record<string, unknown>): UpdateUserInput => ({
  name: text(data.name) ?? '',
  orgId: text(data.orgId) ?? '',
  phone: text(data.phone),
  roleIds: ids(data.roleIds),
  gridIds: ids(data.gridIds),
  password: text(data.password),
});

export const usersApi: ResourceApi<UserRecord, UserFilter, UserSortField> = {
  sortFields: { username: 'USERNAME', name: 'NAME', createdAt: 'CREATED_AT', lastLoginAt: 'LAST_LOGIN_AT' },
  filtersByIds: true,
  list: async (args) => {
    const { users } = await request(UsersDocument, args);
    return { items: users.items.map(toRecord), total: users.total };
  },
  one: async (id) => {
    const { user } = await request(UserDocument, { id });
    return user && toRecord(user);
  },
  create: async (data) => {
    const input: CreateUserInput = {
      username: text(data.username) ?? '',
      password: String(data.password ?? ''),
      name: text(data.name) ?? '',
      orgId: text(data.orgId) ?? '',
      phone: text(data.phone),
      roleIds: ids(data.roleIds),
      gridIds: ids(data.gridIds),
    };
    return toRecord((await request(CreateUserDocument, { input })).createUser);
  },
  update: async (id, data, previous) => {
    const input = changed(toUpdateInput(data), toUpdateInput(previous));
    const { updateUser } = await request(UpdateUserDocument, { id, input, version: previous.version as number });
    return toRecord(updateUser);
  },
  remove: async (id) => (await request(DeleteUserDocument, { id })).deleteUser,
};
