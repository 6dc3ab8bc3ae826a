import { findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { forbidden, notFound } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { isId } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { clearFailedLogins } from './auth.service';
import type { SessionFilter, SessionSortField } from './auth.inputs';
import { loadPasswordRules } from './password-policy.service';
import { Session } from './session.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sessions still in force (not ended, not expired, not idle past the policy), within the caller's scope. */
export async function listSessions(
  ctx: Context,
  filter: SessionFilter = {},
  sort?: { field: SessionSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const now = Date.now();
  const { idleTimeoutMinutes } = await loadPasswordRules(ctx.em);
  const idleSince = new Date(now - idleTimeoutMinutes * 60_000);
  const conds: Record<string, unknown>[] = [
    { revokedAt: null, expiresAt: { $gt: new Date(now) } },
    { $or: [{ lastSeenAt: { $gt: idleSince } }, { lastSeenAt: null, createdAt: { $gt: idleSince } }] },
  ];
  if (filter.userId) conds.push({ user: isId(filter.userId) ? filter.userId : null });
  if (filter.orgId) conds.push({ user: await subtreeCondition(ctx.em, filter.orgId, 'org') });
  const q = filter.q?.trim();
  if (q) conds.push({ user: { username: { $ilike: like(q) } } });
  return findPage(ctx, Session, 'Session', conds, {
    ...p,
    orderBy: orderBy(sort, { createdAt: 'createdAt', lastSeenAt: 'lastSeenAt', expiresAt: 'expiresAt' }),
  });
}

/** Ends one session of any account in the caller's scope, the other administrators' included. */
export async function revokeSession(ctx: Context, id: string): Promise<string> {
  if (!ctx.ability.can('update', 'Session')) throw forbidden();
  return ctx.em.transactional(async (em) => {
    const where = ctx.where('update', 'Session');
    const session = UUID.test(id) && where ? await em.findOne(Session, { $and: [where, { id }] } as never) : null;
    if (!session) throw notFound('Session');
    if (!session.revokedAt) session.revokedAt = new Date();
    audit(ctx, em, { operation: 'revokeSession', targetType: 'User', targetId: session.user.id, after: { sessionId: session.id } });
    return session.id;
  });
}

/** Lifts a sign-in lock (failed passwords) of any account in the caller's scope. */
export async function unlockUser(ctx: Context, id: string): Promise<User> {
  if (!ctx.ability.can('update', 'Session')) throw forbidden();
  const user = await findReadable(ctx, User, 'User', id);
  if (!user) throw notFound('User');
  await clearFailedLogins(ctx, user.username);
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
    audit(ctx, em, {
      operation: 'unlockUser',
      targetType: 'User',
      targetId: user.id,
      before: { lockedUntil: user.lockedUntil ?? null },
      after: { lockedUntil: null },
    });
  });
  user.lockedUntil = null;
  user.failedLogins = 0;
  return user;
}
