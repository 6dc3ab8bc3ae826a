import { assertCan, findForWrite, findPage, findReferenced, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { badField } from '../../core/errors';
import { page } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { fingerprint, isFutureDay, isoDate } from './person.validation';
import { SupervisedPerson } from './person.entity';
import type { CreateVisitInput, VisitFilter } from './person.inputs';
import { monthRange } from './person.service';
import { ServiceHours } from './service-hours.entity';
import { Visit } from './visit.entity';

export async function listVisits(ctx: Context, filter: VisitFilter = {}, offset?: number, limit?: number) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.personId) conds.push({ person: isId(filter.personId) ? filter.personId : null });
  if (filter.orgId) conds.push({ person: await subtreeCondition(ctx.em, filter.orgId, 'org') });
  if (filter.gridId) conds.push({ person: { grid: isId(filter.gridId) ? filter.gridId : null } });
  if (filter.kind) conds.push({ kind: filter.kind });
  if (filter.from) conds.push({ date: { $gte: isoDate(filter.from) } });
  if (filter.to) conds.push({ date: { $lte: isoDate(filter.to) } });
  return findPage(ctx, Visit, 'Visit', conds, { ...p, orderBy: [{ date: 'desc' }, { id: 'desc' }] });
}

/** Records a visit or talk with a person the caller can read and may record visits for. */
export async function createVisit(ctx: Context, input: CreateVisitInput): Promise<Visit> {
  return ctx.em.transactional(async (em) => {
    const person = await findReferenced(ctx, em, SupervisedPerson, 'SupervisedPerson', 'personId', input.personId);
    await em.populate(person, ['org']);
    const errors = new FieldErrors();
    const date = isoDate(input.date)!;
    if (isFutureDay(date)) errors.add('date', 'field.futureDate');
    const participants = (input.participants ?? []).map((p) => p.trim()).filter(Boolean);
    if (participants.length > 20) errors.add('participants', 'field.limit', { max: 20 });
    if (participants.some((p) => p.length > 50)) errors.add('participants', 'field.tooLong', { max: 50 });
    const findings = text(errors, 'findings', input.findings, { max: 2000 });
    const psychologicalState = text(errors, 'psychologicalState', input.psychologicalState, { max: 2000 });
    errors.throwIfAny();
    assertCan(ctx, 'create', 'Visit', {
      kind: input.kind,
      person: { id: person.id, kind: person.kind, org: { id: person.org.id, path: person.org.path }, grid: { id: person.grid.id } },
      recordedBy: { id: ctx.actor!.id },
    });
    const visit = em.create(Visit, {
      person,
      date,
      kind: input.kind,
      participants,
      findings,
      psychologicalState,
      followUpNeeded: input.followUpNeeded ?? false,
      recordedBy: em.getReference(User, ctx.actor!.id),
    } as never);
    await em.flush();
    audit(ctx, em, {
      operation: 'createVisit',
      targetType: 'Visit',
      targetId: visit.id,
      after: {
        personId: person.id,
        date,
        kind: visit.kind,
        participants,
        findings,
        psychologicalState: fingerprint(psychologicalState),
        followUpNeeded: visit.followUpNeeded,
      },
    });
    return visit;
  });
}

const HOURS_MAX = 744;

/** Sets a person's community service hours for a month (recording again replaces the figure). */
export async function recordServiceHours(ctx: Context, personId: string, month: string, hours: number): Promise<ServiceHours> {
  monthRange(month);
  if (!Number.isFinite(hours) || hours < 0 || hours > HOURS_MAX || Math.round(hours * 10) !== hours * 10) throw badField('hours', 'person.hours');
  return ctx.em.transactional(async (em) => {
    const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', personId);
    const existing = await em.findOne(ServiceHours, { person, month });
    const before = existing ? { month, hours: Number(existing.hours) } : null;
    const row = existing ?? em.create(ServiceHours, { person, month, hours } as never);
    row.hours = hours;
    await em.flush();
    audit(ctx, em, { operation: 'recordServiceHours', targetType: 'SupervisedPerson', targetId: person.id, before, after: { month, hours } });
    return row;
  });
}

/** Total community service hours of a month over the people the caller may count. */
export async function serviceHoursTotal(ctx: Context, orgId: string | undefined, month: string): Promise<number> {
  monthRange(month);
  const scope = ctx.where('read', 'SupervisionStats');
  if (!scope) return 0;
  const subtree = orgId ? [await subtreeCondition(ctx.em, orgId, 'org')] : [];
  const ids = scopedSelect(ctx.em, SupervisedPerson, scope, subtree);
  const [row] = await ctx.em.execute<{ total: string | null }[]>(
    `select sum(h.hours)::text as total from service_hours h where h.month = ? and h.person_id in (${ids.sql})`,
    [month, ...ids.params],
  );
  return Number(row?.total ?? 0);
}
