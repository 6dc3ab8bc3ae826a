/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Inbox($limit: Int!) {\n    tasks(filter: { mine: true }, sort: [{ field: DEADLINE, direction: ASC }], limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        priority\n        deadline\n        overdue\n        allowedActions\n        version\n        grid {\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query GridTasks($gridId: ID!, $limit: Int!) {\n    tasks(filter: { gridId: $gridId, status: [REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, RESOLVED, VERIFIED, RETURNED, ESCALATED] }, limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        deadline\n        allowedActions\n        handlerOrg {\n          name\n        }\n      }\n    }\n  }\n": typeof types.GridTasksDocument,
    "\n  query MyGrids {\n    me {\n      name\n      org {\n        name\n      }\n      grids {\n        id\n        number\n        name\n        households\n        population\n        boundary\n        workers {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyGridsDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Inbox($limit: Int!) {\n    tasks(filter: { mine: true }, sort: [{ field: DEADLINE, direction: ASC }], limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        priority\n        deadline\n        overdue\n        allowedActions\n        version\n        grid {\n          number\n          name\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query GridTasks($gridId: ID!, $limit: Int!) {\n    tasks(filter: { gridId: $gridId, status: [REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, RESOLVED, VERIFIED, RETURNED, ESCALATED] }, limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        deadline\n        allowedActions\n        handlerOrg {\n          name\n        }\n      }\n    }\n  }\n": types.GridTasksDocument,
    "\n  query MyGrids {\n    me {\n      name\n      org {\n        name\n      }\n      grids {\n        id\n        number\n        name\n        households\n        population\n        boundary\n        workers {\n          name\n        }\n      }\n    }\n  }\n": types.MyGridsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($limit: Int!) {\n    tasks(filter: { mine: true }, sort: [{ field: DEADLINE, direction: ASC }], limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        priority\n        deadline\n        overdue\n        allowedActions\n        version\n        grid {\n          number\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridTasks($gridId: ID!, $limit: Int!) {\n    tasks(filter: { gridId: $gridId, status: [REPORTED, REGISTERED, DISPATCHED, IN_PROGRESS, RESOLVED, VERIFIED, RETURNED, ESCALATED] }, limit: $limit) {\n      total\n      items {\n        id\n        title\n        status\n        deadline\n        allowedActions\n        handlerOrg {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GridTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrids {\n    me {\n      name\n      org {\n        name\n      }\n      grids {\n        id\n        number\n        name\n        households\n        population\n        boundary\n        workers {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyGridsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
