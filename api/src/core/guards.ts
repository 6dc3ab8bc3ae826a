import { getNamedType, isLeafType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { AppError, unauthenticated } from './errors';
import { applyAccess } from './field-access';

const PUBLIC = new Set(['login']);
/** What a user who must change the initial password may still do. */
const DURING_FORCED_CHANGE = new Set(['me', 'changePassword', 'logout']);
const ROOTS = new Set(['Query', 'Mutation']);
/**
 * Below those roots, what the change-password page reads: the account (`me`, `login { user }`) with
 * its scalars, org and roles, and their scalars. Nothing here leads on to other records.
 */
const NESTED_DURING_FORCED_CHANGE: Record<string, (field: string) => boolean> = {
  AuthPayload: () => true,
  User: (field) => field === 'org' || field === 'roles',
  Org: () => false,
  Role: () => false,
};

function allowedDuringForcedChange(type: string, field: string, leaf: boolean): boolean {
  if (ROOTS.has(type)) return PUBLIC.has(field) || DURING_FORCED_CHANGE.has(field);
  const nested = NESTED_DURING_FORCED_CHANGE[type];
  return !!nested && (leaf || nested(field));
}

/** Every root field needs a signed-in user, and one with an initial password may only change it, at any depth. */
export const requireSignIn: MiddlewareFn<Context> = ({ info, context }, next) => {
  const type = info.parentType.name;
  if (ROOTS.has(type) && !PUBLIC.has(info.fieldName) && !context.registry.publicFields.has(info.fieldName) && !context.actor) throw unauthenticated();
  if (context.actor?.mustChangePassword && !allowedDuringForcedChange(type, info.fieldName, isLeafType(getNamedType(info.returnType)))) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 'auth.passwordChangeRequired');
  }
  return next();
};

/** Field rules: a restricted field comes back masked or null, as the caller's rules say. */
export const maskFields: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const value = await next();
  const type = info.parentType.name;
  const { registry } = context;
  const borrowed = registry.fieldRulesOf[type];
  const subject = borrowed?.subject ?? type;
  const field = borrowed ? borrowed.fields[info.fieldName] : info.fieldName;
  if (!field || !registry.maskable[subject] || !(field in registry.maskable[subject])) return value;
  return applyAccess(registry, subject, field, context.fieldAccess(subject, field), value);
};
