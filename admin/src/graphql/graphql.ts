/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AuditLogFilter = {
  from?: string | null | undefined;
  operation?: string | null | undefined;
  success?: boolean | null | undefined;
  targetId?: string | number | null | undefined;
  targetType?: string | null | undefined;
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type CreateDictionaryInput = {
  code: string;
  enabled?: boolean | null | undefined;
  name: string;
  sort?: number | null | undefined;
  type: string;
};

export type CreateGridInput = {
  boundary?: string | null | undefined;
  geojson?: unknown;
  households?: number | null | undefined;
  leaderId?: string | number | null | undefined;
  level?: number;
  name: string;
  number: number;
  /** The community (or township) the grid belongs to */
  orgId: string | number;
  parentId?: string | number | null | undefined;
  population?: number | null | undefined;
  workerIds?: Array<string | number> | null | undefined;
};

export type CreateOrgInput = {
  /** 12-digit administrative-division code; departments may have none */
  code?: string | null | undefined;
  level: OrgLevel;
  name: string;
  /** Required except for a root province or city */
  parentId?: string | number | null | undefined;
};

export type CreateRoleInput = {
  code: string;
  name: string;
  /** CASL rules: [{ action, subject, conditions?, fields?, inverted? }] */
  rules: unknown;
  scope: DataScope;
};

export type CreateUserInput = {
  gridIds?: Array<string | number> | null | undefined;
  name: string;
  orgId: string | number;
  /** An initial password: the user must change it at first sign-in */
  password: string;
  phone?: string | null | undefined;
  roleIds?: Array<string | number> | null | undefined;
  username: string;
};

/** Which records a role reaches: everything, own org and below, own org, own grids, oneself */
export type DataScope =
  | 'ALL'
  | 'GRID'
  | 'ORG'
  | 'ORG_SUBTREE'
  | 'SELF';

export type DictionaryFilter = {
  enabled?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Substring of code or name */
  q?: string | null | undefined;
  /** The code list, e.g. EVENT_CATEGORY */
  type?: string | null | undefined;
};

export type DictionarySort = {
  direction?: SortDirection;
  field: DictionarySortField;
};

export type DictionarySortField =
  | 'CODE'
  | 'NAME'
  | 'SORT'
  | 'TYPE';

export type GridFilter = {
  ids?: Array<string | number> | null | undefined;
  level?: number | null | undefined;
  /** Grids of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Direct child grids of this grid */
  parentId?: string | number | null | undefined;
  /** Substring of the name, or the grid number */
  q?: string | null | undefined;
};

export type GridSort = {
  direction?: SortDirection;
  field: GridSortField;
};

export type GridSortField =
  | 'CREATED_AT'
  | 'HOUSEHOLDS'
  | 'LEVEL'
  | 'NAME'
  | 'NUMBER';

export type OrgFilter = {
  ids?: Array<string | number> | null | undefined;
  level?: OrgLevel | null | undefined;
  /** This org and everything below it */
  orgId?: string | number | null | undefined;
  /** Direct children of this org */
  parentId?: string | number | null | undefined;
  /** Substring of name or code */
  q?: string | null | undefined;
};

/** Administrative level; DEPARTMENT for functional units (司法所, 派出所 …) */
export type OrgLevel =
  | 'CITY'
  | 'COMMUNITY'
  | 'COUNTY'
  | 'DEPARTMENT'
  | 'PROVINCE'
  | 'TOWNSHIP';

export type OrgSort = {
  direction?: SortDirection;
  field: OrgSortField;
};

export type OrgSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'LEVEL'
  | 'NAME';

export type RoleFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Substring of code or name */
  q?: string | null | undefined;
  scope?: DataScope | null | undefined;
};

export type RoleSort = {
  direction?: SortDirection;
  field: RoleSortField;
};

export type RoleSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateDictionaryInput = {
  enabled?: boolean | null | undefined;
  name?: string | null | undefined;
  sort?: number | null | undefined;
};

export type UpdateGridInput = {
  boundary?: string | null | undefined;
  geojson?: unknown;
  households?: number | null | undefined;
  leaderId?: string | number | null | undefined;
  level?: number | null | undefined;
  name?: string | null | undefined;
  number?: number | null | undefined;
  orgId?: string | number | null | undefined;
  parentId?: string | number | null | undefined;
  population?: number | null | undefined;
  /** Replaces the grid workers */
  workerIds?: Array<string | number> | null | undefined;
};

export type UpdateOrgInput = {
  code?: string | null | undefined;
  level?: OrgLevel | null | undefined;
  name?: string | null | undefined;
  /** Moves the org (and its subtree) under another parent */
  parentId?: string | number | null | undefined;
};

export type UpdateRoleInput = {
  name?: string | null | undefined;
  rules?: unknown;
  scope?: DataScope | null | undefined;
};

export type UpdateUserInput = {
  /** Replaces the grids */
  gridIds?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
  orgId?: string | number | null | undefined;
  /** A new initial password (reset): unlocks the account and forces a change */
  password?: string | null | undefined;
  phone?: string | null | undefined;
  /** Replaces the roles */
  roleIds?: Array<string | number> | null | undefined;
};

export type UserFilter = {
  gridId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Users of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Substring of username or name */
  q?: string | null | undefined;
  roleId?: string | number | null | undefined;
};

export type UserSort = {
  direction?: SortDirection;
  field: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'LAST_LOGIN_AT'
  | 'NAME'
  | 'USERNAME';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, name: string, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, name: string, mustChangePassword: boolean, rules: unknown, org: { id: string, name: string } | null, roles: Array<{ code: string, name: string }> } };

export type AuditLogFieldsFragment = { id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null };

export type AuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type AuditLogsQuery = { auditLogs: { total: number, items: Array<{ id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null }> } };

export type AuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditLogQuery = { auditLog: { id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null } | null };

export type DictionaryFieldsFragment = { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number };

export type DictionariesQueryVariables = Exact<{
  filter?: DictionaryFilter | null | undefined;
  sort?: Array<DictionarySort> | DictionarySort | null | undefined;
  offset: number;
  limit: number;
}>;


export type DictionariesQuery = { dictionaries: { total: number, items: Array<{ id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number }> } };

export type DictionaryQueryVariables = Exact<{
  id: string | number;
}>;


export type DictionaryQuery = { dictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } | null };

export type CreateDictionaryMutationVariables = Exact<{
  input: CreateDictionaryInput;
}>;


export type CreateDictionaryMutation = { createDictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } };

export type UpdateDictionaryMutationVariables = Exact<{
  id: string | number;
  input: UpdateDictionaryInput;
  version?: number | null | undefined;
}>;


export type UpdateDictionaryMutation = { updateDictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } };

export type DeleteDictionaryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDictionaryMutation = { deleteDictionary: string };

export type GridFieldsFragment = { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> };

export type GridsQueryVariables = Exact<{
  filter?: GridFilter | null | undefined;
  sort?: Array<GridSort> | GridSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type GridsQuery = { grids: { total: number, items: Array<{ id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> }> } };

export type GridQueryVariables = Exact<{
  id: string | number;
}>;


export type GridQuery = { grid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } | null };

export type CreateGridMutationVariables = Exact<{
  input: CreateGridInput;
}>;


export type CreateGridMutation = { createGrid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } };

export type UpdateGridMutationVariables = Exact<{
  id: string | number;
  input: UpdateGridInput;
  version?: number | null | undefined;
}>;


export type UpdateGridMutation = { updateGrid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } };

export type DeleteGridMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGridMutation = { deleteGrid: string };

export type OrgFieldsFragment = { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> };

export type OrgsQueryVariables = Exact<{
  filter?: OrgFilter | null | undefined;
  sort?: Array<OrgSort> | OrgSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type OrgsQuery = { orgs: { total: number, items: Array<{ id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> }> } };

export type OrgQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgQuery = { org: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } | null };

export type CreateOrgMutationVariables = Exact<{
  input: CreateOrgInput;
}>;


export type CreateOrgMutation = { createOrg: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } };

export type UpdateOrgMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrgInput;
  version?: number | null | undefined;
}>;


export type UpdateOrgMutation = { updateOrg: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } };

export type DeleteOrgMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrgMutation = { deleteOrg: string };

export type RoleFieldsFragment = { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number };

export type RolesQueryVariables = Exact<{
  filter?: RoleFilter | null | undefined;
  sort?: Array<RoleSort> | RoleSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type RolesQuery = { roles: { total: number, items: Array<{ id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number }> } };

export type RoleQueryVariables = Exact<{
  id: string | number;
}>;


export type RoleQuery = { role: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } | null };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } };

export type UpdateRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoleInput;
  version?: number | null | undefined;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } };

export type DeleteRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoleMutation = { deleteRole: string };

export type UserFieldsFragment = { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  sort?: Array<UserSort> | UserSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type UsersQuery = { users: { total: number, items: Array<{ id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
  version?: number | null | undefined;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } };

export type DeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteUserMutation = { deleteUser: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuditLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  before
  after
  success
}
    `, {"fragmentName":"AuditLogFields"}) as unknown as TypedDocumentString<AuditLogFieldsFragment, unknown>;
export const DictionaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}
    `, {"fragmentName":"DictionaryFields"}) as unknown as TypedDocumentString<DictionaryFieldsFragment, unknown>;
export const GridFieldsFragmentDoc = new TypedDocumentString(`
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"GridFields"}) as unknown as TypedDocumentString<GridFieldsFragment, unknown>;
export const OrgFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"OrgFields"}) as unknown as TypedDocumentString<OrgFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}
    `, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      name
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    name
    mustChangePassword
    org {
      id
      name
    }
    roles {
      code
      name
    }
    rules
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AuditLogsDocument = new TypedDocumentString(`
    query AuditLogs($filter: AuditLogFilter, $offset: Int!, $limit: Int!) {
  auditLogs(filter: $filter, offset: $offset, limit: $limit) {
    items {
      ...AuditLogFields
    }
    total
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  before
  after
  success
}`) as unknown as TypedDocumentString<AuditLogsQuery, AuditLogsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($id: ID!) {
  auditLog(id: $id) {
    ...AuditLogFields
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  before
  after
  success
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const DictionariesDocument = new TypedDocumentString(`
    query Dictionaries($filter: DictionaryFilter, $sort: [DictionarySort!], $offset: Int!, $limit: Int!) {
  dictionaries(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...DictionaryFields
    }
    total
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<DictionariesQuery, DictionariesQueryVariables>;
export const DictionaryDocument = new TypedDocumentString(`
    query Dictionary($id: ID!) {
  dictionary(id: $id) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<DictionaryQuery, DictionaryQueryVariables>;
export const CreateDictionaryDocument = new TypedDocumentString(`
    mutation CreateDictionary($input: CreateDictionaryInput!) {
  createDictionary(input: $input) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<CreateDictionaryMutation, CreateDictionaryMutationVariables>;
export const UpdateDictionaryDocument = new TypedDocumentString(`
    mutation UpdateDictionary($id: ID!, $input: UpdateDictionaryInput!, $version: Int) {
  updateDictionary(id: $id, input: $input, version: $version) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<UpdateDictionaryMutation, UpdateDictionaryMutationVariables>;
export const DeleteDictionaryDocument = new TypedDocumentString(`
    mutation DeleteDictionary($id: ID!) {
  deleteDictionary(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDictionaryMutation, DeleteDictionaryMutationVariables>;
export const GridsDocument = new TypedDocumentString(`
    query Grids($filter: GridFilter, $sort: [GridSort!], $offset: Int!, $limit: Int!) {
  grids(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...GridFields
    }
    total
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GridsQuery, GridsQueryVariables>;
export const GridDocument = new TypedDocumentString(`
    query Grid($id: ID!) {
  grid(id: $id) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GridQuery, GridQueryVariables>;
export const CreateGridDocument = new TypedDocumentString(`
    mutation CreateGrid($input: CreateGridInput!) {
  createGrid(input: $input) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateGridMutation, CreateGridMutationVariables>;
export const UpdateGridDocument = new TypedDocumentString(`
    mutation UpdateGrid($id: ID!, $input: UpdateGridInput!, $version: Int) {
  updateGrid(id: $id, input: $input, version: $version) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateGridMutation, UpdateGridMutationVariables>;
export const DeleteGridDocument = new TypedDocumentString(`
    mutation DeleteGrid($id: ID!) {
  deleteGrid(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteGridMutation, DeleteGridMutationVariables>;
export const OrgsDocument = new TypedDocumentString(`
    query Orgs($filter: OrgFilter, $sort: [OrgSort!], $offset: Int!, $limit: Int!) {
  orgs(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...OrgFields
    }
    total
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OrgsQuery, OrgsQueryVariables>;
export const OrgDocument = new TypedDocumentString(`
    query Org($id: ID!) {
  org(id: $id) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OrgQuery, OrgQueryVariables>;
export const CreateOrgDocument = new TypedDocumentString(`
    mutation CreateOrg($input: CreateOrgInput!) {
  createOrg(input: $input) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateOrgMutation, CreateOrgMutationVariables>;
export const UpdateOrgDocument = new TypedDocumentString(`
    mutation UpdateOrg($id: ID!, $input: UpdateOrgInput!, $version: Int) {
  updateOrg(id: $id, input: $input, version: $version) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateOrgMutation, UpdateOrgMutationVariables>;
export const DeleteOrgDocument = new TypedDocumentString(`
    mutation DeleteOrg($id: ID!) {
  deleteOrg(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteOrgMutation, DeleteOrgMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles($filter: RoleFilter, $sort: [RoleSort!], $offset: Int!, $limit: Int!) {
  roles(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...RoleFields
    }
    total
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RoleDocument = new TypedDocumentString(`
    query Role($id: ID!) {
  role(id: $id) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<RoleQuery, RoleQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($id: ID!, $input: UpdateRoleInput!, $version: Int) {
  updateRole(id: $id, input: $input, version: $version) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($id: ID!) {
  deleteRole(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilter, $sort: [UserSort!], $offset: Int!, $limit: Int!) {
  users(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...UserFields
    }
    total
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $version: Int) {
  updateUser(id: $id, input: $input, version: $version) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;