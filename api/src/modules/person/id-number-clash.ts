import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { AppError } from '../../core/errors';
import { t } from '../../core/i18n';
import { AuditLog } from '../audit/audit-log.entity';
import { audit } from '../audit/audit.service';
import { SupervisionStatus } from './person.enums';
import { SupervisedPerson } from './person.entity';
import './person.messages';

/**
 * An ID number entered for a new or changed record that is already ACTIVE in the same category
 * (the uniqueness rule) tells the caller that person is under supervision somewhere, maybe outside
 * its scope. Each such hit is audited (operation below, the clashing record as target) and a caller
 * gets at most CLASHES_PER_HOUR of them; past that, no ID number it enters is checked for an hour.
 */
export const CLASH_OPERATION = 'idNumberClash';
export const CLASHES_PER_HOUR = 10;

/** CONFLICT that says no more than "needs a transfer request"; carries the records hit for the audit. */
export class IdNumberClash extends AppError {
  constructor(readonly personIds: string[]) {
    super('CONFLICT', 'person.transferNeeded', {}, { fields: [{ field: 'idNumber', message: t('person.transferNeeded') }] });
  }
}

/** How many more hits the caller may have this hour; counted from the audit entries themselves. */
export async function clashesLeft(ctx: Context, em: EntityManager): Promise<number> {
  // Without a signed-in caller (seeders, jobs) nobody is probing: the rule applies, the budget does not.
  if (!ctx.actor) return CLASHES_PER_HOUR;
  const since = new Date(Date.now() - 3600_000);
  const used = await em.count(AuditLog, { user: ctx.actor.id, operation: CLASH_OPERATION, at: { $gte: since } });
  return Math.max(0, CLASHES_PER_HOUR - used);
}

export const clashLimited = () => new AppError('RATE_LIMITED', 'person.clashLimit', { limit: CLASHES_PER_HOUR });

/** RATE_LIMITED once the caller has used up its hits for the hour: then no ID number it enters is looked up. */
export async function assertClashBudget(ctx: Context, em: EntityManager): Promise<number> {
  const left = await clashesLeft(ctx, em);
  if (left === 0) throw clashLimited();
  return left;
}

/** The ACTIVE record of this ID number in this category other than `exceptId`, if any. */
async function activeHolder(em: EntityManager, idNumber: string, categoryId: string, exceptId?: string): Promise<string | null> {
  const clash = await em.findOne(
    SupervisedPerson,
    { idNumber, category: categoryId, status: SupervisionStatus.ACTIVE, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
    { fields: ['id'] },
  );
  return clash?.id ?? null;
}

/** The uniqueness rule, within the caller's hourly budget of hits; a hit throws IdNumberClash. */
export async function assertActiveUnique(ctx: Context, em: EntityManager, idNumber: string, categoryId: string, exceptId?: string) {
  await assertClashBudget(ctx, em);
  const holder = await activeHolder(em, idNumber, categoryId, exceptId);
  if (holder) throw new IdNumberClash([holder]);
}

/** Writes the audit entries of hits in their own transaction: they stay when the request's change rolls back. */
export async function recordClashes(ctx: Context, operation: string, personIds: string[]): Promise<void> {
  if (!personIds.length) return;
  await ctx.em.fork().transactional(async (em) => {
    for (const id of personIds)
      audit(ctx, em, { operation: CLASH_OPERATION, targetType: 'SupervisedPerson', targetId: id, after: { during: operation }, success: false });
  });
}

/** Runs a write; if it ended on an ID-number hit, records the hit before passing the CONFLICT on. */
export async function auditingClashes<T>(ctx: Context, operation: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof IdNumberClash) await recordClashes(ctx, operation, e.personIds);
    throw e;
  }
}
