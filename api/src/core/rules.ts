import { registerEnumType } from 'type-graphql';

export enum DataScope {
  ALL = 'ALL',
  ORG_SUBTREE = 'ORG_SUBTREE',
  ORG = 'ORG',
  GRID = 'GRID',
  SELF = 'SELF',
}
registerEnumType(DataScope, { name: 'DataScope', description: 'Which records a role reaches: everything, own org and below, own org, own grids, oneself' });

/** Widest first: a scope may only be granted by someone holding one at least as wide. */
export const SCOPE_WIDTH: Record<DataScope, number> = { ALL: 5, ORG_SUBTREE: 4, ORG: 3, GRID: 2, SELF: 1 };

/** `dispatch`, `handle` and `verify` are the task workflow's capabilities (see task.workflow.ts); `confirm` the assessment scorecards'. */
export const ACTIONS = ['manage', 'read', 'read_masked', 'create', 'update', 'delete', 'dispatch', 'handle', 'verify', 'confirm'] as const;
export type Action = (typeof ACTIONS)[number];

/** A CASL rule as stored on a role and sent to clients in `me { rules }`. */
export interface RawRule {
  action: string | string[];
  subject: string | string[];
  conditions?: Record<string, unknown>;
  fields?: string | string[];
  inverted?: boolean;
  reason?: string;
}

export type Conditions = Record<string, unknown>;

/** What the ability needs to know of the signed-in user; loaded once per request. */
export interface Actor {
  id: string;
  username: string;
  orgId: string;
  orgPath: string;
  /** Own org, or for a department the administrative org it serves: where ORG and ORG_SUBTREE scopes are anchored. */
  scopeRootId: string;
  scopeRootPath: string;
  gridIds: string[];
  gridOrgIds: string[];
  roles: { id: string; code: string; scope: DataScope; rules: RawRule[] }[];
  mustChangePassword: boolean;
}

/** "path starts with prefix" as a range both CASL and SQL understand; `0` is the character after `/`. */
export function subtreeRange(path: string): Conditions {
  return { $gte: path, $lt: `${path.slice(0, -1)}0` };
}
