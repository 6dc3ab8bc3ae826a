import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { maskSensitive } from '../../core/field-access';
import { User } from '../user/user.entity';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  operation: string;
  targetType?: string;
  targetId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  success?: boolean;
  /** For sign-ins, where the actor is not yet in the context. */
  user?: { id: string; username: string; orgPath?: string } | null;
  username?: string;
}

/** Only the fields that changed, both sides (`audit` masks the sensitive ones). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const pick = (r: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, r[k] ?? null]));
  return { before: pick(before), after: pick(after) };
}

/** Persists an entry in `em`'s unit of work, so it commits or rolls back with the change it records. */
export function audit(ctx: Context, em: EntityManager, entry: AuditEntry): void {
  const actor = entry.user ?? ctx.actor;
  const subject = entry.targetType ?? '';
  em.create(AuditLog, {
    at: new Date(),
    user: actor ? em.getReference(User, actor.id) : null,
    username: actor?.username ?? entry.username ?? null,
    orgPath: (actor && 'orgPath' in actor ? actor.orgPath : null) ?? null,
    ip: ctx.ip,
    operation: entry.operation,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    before: entry.before ? maskSensitive(ctx.registry, subject, entry.before) : null,
    after: entry.after ? maskSensitive(ctx.registry, subject, entry.after) : null,
    success: entry.success ?? true,
  });
}
