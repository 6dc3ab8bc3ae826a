import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';

type Subject = 'Org' | 'Grid' | 'User' | 'Role' | 'Dictionary' | 'AuditLog' | 'SupervisedPerson' | 'Visit' | 'SupervisionStats' | 'Task' | 'GridReport' | 'all';
export type AppAbility = MongoAbility<[string, Subject]>;
type RawRules = RawRuleOf<AppAbility>[];

const SUBJECT_OF_RESOURCE: Record<string, Subject> = {
  orgs: 'Org',
  grids: 'Grid',
  users: 'User',
  roles: 'Role',
  dictionaries: 'Dictionary',
  auditLogs: 'AuditLog',
  supervisedPeople: 'SupervisedPerson',
  tasks: 'Task',
  gridReports: 'GridReport',
  taskDashboard: 'Task',
};

const ACTION_OF_RA: Record<string, string> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

/** Rebuilds the server's ability from `me { rules }`. */
export const buildAbility = (rules: unknown): AppAbility =>
  createMongoAbility<AppAbility>(Array.isArray(rules) ? (rules as RawRules) : []);

/**
 * The one permission check of the panel: a react-admin action on a resource, at the subject-type
 * level. Rule conditions name columns the panel never loads (org paths), so per-record decisions
 * stay with the server.
 */
export function canAccess(ability: AppAbility, action: string, resource: string): boolean {
  const subject = SUBJECT_OF_RESOURCE[resource];
  const caslAction = ACTION_OF_RA[action] ?? action;
  return subject !== undefined && ability.can(caslAction, subject);
}
