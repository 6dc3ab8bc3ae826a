/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type TaskAction =
  | 'ACCEPT'
  | 'CLOSE'
  | 'DISPATCH'
  | 'ESCALATE'
  | 'REGISTER'
  | 'RESOLVE'
  | 'RETURN'
  | 'URGE'
  | 'VERIFY';

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** REPORTED → REGISTERED → DISPATCHED → IN_PROGRESS → RESOLVED → VERIFIED → CLOSED; RETURNED, ESCALATED */
export type TaskStatus =
  | 'CLOSED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'REGISTERED'
  | 'REPORTED'
  | 'RESOLVED'
  | 'RETURNED'
  | 'VERIFIED';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, name: string, mustChangePassword: boolean } } };

export type InboxQueryVariables = Exact<{
  limit: number;
}>;


export type InboxQuery = { tasks: { total: number, items: Array<{ id: string, title: string, status: TaskStatus, priority: TaskPriority, deadline: string | null, overdue: boolean, allowedActions: Array<TaskAction>, version: number, grid: { number: number, name: string } | null }> } };

export type GridTasksQueryVariables = Exact<{
  gridId: string | number;
  limit: number;
}>;


export type GridTasksQuery = { tasks: { total: number, items: Array<{ id: string, title: string, status: TaskStatus, deadline: string | null, allowedActions: Array<TaskAction>, handlerOrg: { name: string } | null }> } };

export type MyGridsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridsQuery = { me: { name: string, org: { name: string } | null, grids: Array<{ id: string, number: number, name: string, households: number | null, population: number | null, boundary: string | null, workers: Array<{ name: string }> }> } };

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

export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      name
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($limit: Int!) {
  tasks(
    filter: {mine: true}
    sort: [{field: DEADLINE, direction: ASC}]
    limit: $limit
  ) {
    total
    items {
      id
      title
      status
      priority
      deadline
      overdue
      allowedActions
      version
      grid {
        number
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const GridTasksDocument = new TypedDocumentString(`
    query GridTasks($gridId: ID!, $limit: Int!) {
  tasks(
    filter: {gridId: $gridId, status: [REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, RESOLVED, VERIFIED, RETURNED, ESCALATED]}
    limit: $limit
  ) {
    total
    items {
      id
      title
      status
      deadline
      allowedActions
      handlerOrg {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GridTasksQuery, GridTasksQueryVariables>;
export const MyGridsDocument = new TypedDocumentString(`
    query MyGrids {
  me {
    name
    org {
      name
    }
    grids {
      id
      number
      name
      households
      population
      boundary
      workers {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyGridsQuery, MyGridsQueryVariables>;