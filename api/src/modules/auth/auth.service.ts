import { AppError, badField, unauthenticated } from '../../core/errors';
import type { Context } from '../../core/context';
import { audit } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { loadActor } from './actor';
import { decoyHash, hashPassword, passwordAcceptable, verifyPassword } from './password';
import { Session } from './session.entity';
import { signToken } from './token';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** Signs a user in. Every attempt, good or bad, leaves an audit entry; failures never say whether the user exists. */
export async function login(ctx: Context, username: string, password: string) {
  if (!ctx.auth.loginLimiter.hit(ctx.ip ?? 'unknown')) throw new AppError('RATE_LIMITED', 'rateLimited');
  const now = new Date();
  const user = await ctx.em.findOne(User, { username }, { populate: ['org'] });
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    await ctx.em.transactional(async (em) => audit(ctx, em, { operation: 'login', success: false, username }));
    throw new AppError('UNAUTHENTICATED', 'auth.failed');
  }
  const who = { id: user.id, username: user.username, orgPath: user.org.path };
  if (user.lockedUntil && user.lockedUntil > now) {
    await ctx.em.transactional(async (em) => audit(ctx, em, { operation: 'login', success: false, user: who, targetType: 'User', targetId: user.id }));
    throw locked(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await ctx.em.transactional(async (em) => {
      // A plain UPDATE, not a versioned flush: concurrent failures must each count.
      await em.nativeUpdate(User, { id: user.id }, lockedUntil ? { failedLogins: 0, lockedUntil } : { failedLogins: failures });
      audit(ctx, em, { operation: lockedUntil ? 'login.lock' : 'login', success: false, user: who, targetType: 'User', targetId: user.id });
    });
    throw lockedUntil ? locked(lockedUntil) : new AppError('UNAUTHENTICATED', 'auth.failed');
  }
  const expiresAt = new Date(now.getTime() + ctx.auth.tokenTtlHours * 3600_000);
  const session = await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    const s = em.create(Session, { user: em.getReference(User, user.id), expiresAt, ip: ctx.ip });
    audit(ctx, em, { operation: 'login', success: true, user: who, targetType: 'User', targetId: user.id });
    return s;
  });
  const actor = await loadActor(ctx.em, user.id);
  if (actor) ctx.become(actor, session.id);
  return { token: signToken(ctx.auth.authSecret, session.id, user.id, expiresAt), expiresAt, userId: user.id };
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
  const user = await ctx.em.findOneOrFail(User, { id: actor.id });
  if (!(await verifyPassword(user.passwordHash, oldPassword))) throw badField('oldPassword', 'auth.oldPasswordWrong');
  if (oldPassword === newPassword) throw badField('newPassword', 'field.passwordSame');
  if (!passwordAcceptable(newPassword, user.username)) throw badField('newPassword', 'field.password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(User, { id: actor.id }, { passwordHash, mustChangePassword: false });
    await em.nativeUpdate(Session, { user: actor.id, id: { $ne: ctx.sessionId ?? '' }, revokedAt: null }, { revokedAt: new Date() });
    audit(ctx, em, { operation: 'changePassword', targetType: 'User', targetId: actor.id });
  });
  return true;
}
