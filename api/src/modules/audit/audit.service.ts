import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { applyAccess, maskSensitive } from '../../core/field-access';
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

/** The names of the fields an entry records: what changed (or, for a creation, what was set). */
export const changedFields = (entry: AuditLog): string[] => [...new Set([...Object.keys(entry.after ?? {}), ...Object.keys(entry.before ?? {})])];

/**
 * One side of an entry's values as the reader may see them: none unless it may read the record the
 * entry is about (by its own rules and scope: an auditor reads who did what, not the business data),
 * and the restricted fields of that record's type as its field rules say.
 */
export async function visibleValues(ctx: Context, entry: AuditLog, values: Record<string, unknown> | null | undefined) {
  const type = entry.targetType;
  if (!values || !type || !ctx.ability.can('read', type)) return null;
  const anywhere = ctx.ability.rulesFor('read', type).some((r) => !r.inverted && !r.conditions);
  if (entry.targetId && !anywhere && !(await ctx.loaders.auditTargetReadable.load(`${type}:${entry.targetId}`))) return null;
  const restricted = ctx.registry.maskable[type] ?? {};
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k in restricted ? applyAccess(ctx.registry, type, k, ctx.fieldAccess(type, k), v) : v]));
}
