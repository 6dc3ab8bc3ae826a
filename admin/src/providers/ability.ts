import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Subject as SchemaSubject } from '../graphql/graphql';
import { resourceNamed } from '../resources';

/** The schema's subject types, and CASL's `all`. */
type Subject = SchemaSubject | 'all';
export type AppAbility = MongoAbility<[string, Subject]>;
type RawRules = RawRuleOf<AppAbility>[];

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
export const buildAbility = (rules: unknown): AppAbility => createMongoAbility<AppAbility>(Array.isArray(rules) ? (rules as RawRules) : []);

/**
 * The one permission check of the panel: a react-admin action on a resource, at the subject-type
 * level. Rule conditions name columns the panel never loads (org paths), so per-record decisions
 * stay with the server.
 */
export function canAccess(ability: AppAbility, action: string, resource: string): boolean {
  const named = resourceNamed(resource);
  const caslAction = (action === 'list' ? named?.listAction : undefined) ?? ACTION_OF_RA[action] ?? action;
  return named !== undefined && ability.can(caslAction, named.subject);
}
