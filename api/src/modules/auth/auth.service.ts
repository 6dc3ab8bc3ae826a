import { AppError, badField, unauthenticated } from '../../core/errors';
import type { Context } from '../../core/context';
import { audit } from '../audit/audit.service';
import { User, USERNAME_MAX_LENGTH } from '../user/user.entity';
import { loadActor } from './actor';
import { countHit, LOCK_MINUTES, MAX_FAILED_LOGINS } from './limits';
import { decoyHash, hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { assertNotReused, assertPasswordFits, loadPasswordRules, rememberPassword } from './password-policy.service';
import { Session } from './session.entity';
import { signToken } from './token';

/** Signs a user in. Every attempt, good or bad, leaves an audit entry; failures never say whether the user exists. */
export async function login(ctx: Context, username: string, password: string) {
  if ((await countHit(ctx.auth.limits.address, ctx.ip ?? 'unknown')).over) throw new AppError('RATE_LIMITED', 'rateLimited');
  // No account has a longer name, so saying so tells nothing about which ones exist.
  if (username.length > USERNAME_MAX_LENGTH) throw badField('username', 'field.tooLong', { max: USERNAME_MAX_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) throw badField('password', 'field.tooLong', { max: PASSWORD_MAX_LENGTH });
  const now = new Date();
  const user = await ctx.em.findOne(User, { username }, { populate: ['org'] });
  const who = user ? { id: user.id, username: user.username, orgPath: user.org.path } : null;
  const failed = (operation: string) =>
    ctx.em.transactional(async (em) =>
      audit(ctx, em, { operation, success: false, username, user: who, targetType: who ? 'User' : undefined, targetId: who?.id }),
    );
  // The attempt is counted before the password is checked: parallel guesses cannot slip past the lock.
  const attempt = await countHit(ctx.auth.limits.failures, username);
  if (attempt.over) {
    await failed('login');
    throw locked(new Date(now.getTime() + attempt.msBeforeNext));
  }
  // Unknown names take as long as known ones and are counted and locked the same way.
  if (!(await verifyPassword(user?.passwordHash ?? (await decoyHash()), password)) || !user) {
    if (attempt.consumed < MAX_FAILED_LOGINS) {
      await failed('login');
      throw new AppError('UNAUTHENTICATED', 'auth.failed');
    }
    const until = await lockAccount(ctx, username, user?.id ?? null);
    await failed('login.lock');
    throw locked(until);
  }
  await clearFailedLogins(ctx, username);
  const rules = await loadPasswordRules(ctx.em);
  const setAt = user.passwordChangedAt?.getTime();
  // An initial password nobody changed in time is dead: an administrator resets it.
  if (user.mustChangePassword && setAt && now.getTime() - setAt > rules.initialExpiryDays * 86_400_000) {
    await failed('login.initialExpired');
    throw new AppError('UNAUTHENTICATED', 'auth.initialExpired');
  }
  // An expired password still signs in, but only to change it.
  const expired = !user.mustChangePassword && rules.expiryDays > 0 && setAt !== undefined && now.getTime() - setAt > rules.expiryDays * 86_400_000;
  const expiresAt = new Date(now.getTime() + ctx.auth.tokenTtlHours * 3600_000);
  const session = await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now, ...(expired ? { mustChangePassword: true } : {}) });
    const s = em.create(Session, { user: em.getReference(User, user.id), expiresAt, ip: ctx.ip });
    audit(ctx, em, { operation: 'login', success: true, user: who, targetType: 'User', targetId: user.id });
    return s;
  });
  const actor = await loadActor(ctx.em, user.id);
  if (actor) ctx.become(actor, session.id);
  return { token: signToken(ctx.auth.authSecret, session.id, user.id, expiresAt), expiresAt, userId: user.id };
}

/** Locks `username` for LOCK_MINUTES from now; an existing account shows it in `lockedUntil`. */
async function lockAccount(ctx: Context, username: string, userId: string | null): Promise<Date> {
  const res = await ctx.auth.limits.failures.block(username, LOCK_MINUTES * 60);
  const until = new Date(Date.now() + res.msBeforeNext);
  if (userId) await ctx.em.nativeUpdate(User, { id: userId }, { failedLogins: MAX_FAILED_LOGINS, lockedUntil: until });
  return until;
}

/** Forgets the failed sign-ins of `username` (a password reset unlocks the account). */
export async function clearFailedLogins(ctx: Context, username: string): Promise<void> {
  await ctx.auth.limits.failures.delete(username);
}

function locked(until: Date) {
  return new AppError('ACCOUNT_LOCKED', 'auth.locked', { until: until.toISOString() }, { until: until.toISOString() });
}

export async function logout(ctx: Context): Promise<boolean> {
  if (!ctx.sessionId || !ctx.actor) throw unauthenticated();
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(Session, { id: ctx.sessionId! }, { revokedAt: new Date() });
    audit(ctx, em, { operation: 'logout', targetType: 'User', targetId: ctx.actor!.id });
  });
  return true;
}

/** Changes the caller's own password; other sessions of the user end, this one stays. */
export async function changePassword(ctx: Context, oldPassword: string, newPassword: string): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if ((await countHit(ctx.auth.limits.passwordChange, actor.id)).over) throw new AppError('RATE_LIMITED', 'rateLimited');
  // A wrong current password is a failed sign-in: a stolen session cannot guess it without locking the account.
  const attempt = await countHit(ctx.auth.limits.failures, actor.username);
  if (attempt.over) throw locked(new Date(Date.now() + attempt.msBeforeNext));
  const user = await ctx.em.findOneOrFail(User, { id: actor.id });
  if (!(await verifyPassword(user.passwordHash, oldPassword))) {
    if (attempt.consumed < MAX_FAILED_LOGINS) throw badField('oldPassword', 'auth.oldPasswordWrong');
    const until = await lockAccount(ctx, actor.username, actor.id);
    await ctx.em.transactional(async (em) => audit(ctx, em, { operation: 'login.lock', success: false, targetType: 'User', targetId: actor.id }));
    throw locked(until);
  }
  await clearFailedLogins(ctx, actor.username);
  if (oldPassword === newPassword) throw badField('newPassword', 'field.passwordSame');
  const rules = await loadPasswordRules(ctx.em);
  assertPasswordFits(rules, newPassword, user.username, 'newPassword');
  await assertNotReused(ctx.em, rules, actor.id, user.passwordHash, newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    await rememberPassword(em, actor.id, user.passwordHash);
    await em.nativeUpdate(User, { id: actor.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
    await em.nativeUpdate(Session, { user: actor.id, id: { $ne: ctx.sessionId ?? '' }, revokedAt: null }, { revokedAt: new Date() });
    audit(ctx, em, { operation: 'changePassword', targetType: 'User', targetId: actor.id });
  });
  return true;
}
