import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { AppError, unauthenticated } from './errors';
import { applyAccess } from './field-access';

const PUBLIC = new Set(['login']);
/** What a user who must change the initial password may still do. */
const DURING_FORCED_CHANGE = new Set(['me', 'changePassword', 'logout']);
const ROOTS = new Set(['Query', 'Mutation']);

/** Every root field needs a signed-in user, and one with an initial password may only change it. */
export const requireSignIn: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (ROOTS.has(info.parentType.name) && !PUBLIC.has(info.fieldName)) {
    if (!context.actor) throw unauthenticated();
    if (context.actor.mustChangePassword && !DURING_FORCED_CHANGE.has(info.fieldName)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'auth.passwordChangeRequired');
    }
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
