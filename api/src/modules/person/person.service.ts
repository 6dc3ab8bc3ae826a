import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField } from '../../core/errors';
import { t } from '../../core/i18n';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { assertActiveUnique, auditingClashes } from './id-number-clash';
import { checkPersonValues, fingerprint, isoDate, personCategories, type PersonInput } from './person.validation';
import { HistoryKind, kindOfCategory, STATUS_TRANSITIONS, SupervisionStatus } from './person.enums';
import { SupervisedPerson } from './person.entity';
import type { CreateSupervisedPersonInput, SupervisedPersonFilter, SupervisedPersonSortField, UpdateSupervisedPersonInput } from './person.inputs';
import { SupervisionHistory } from './supervision-history.entity';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First and last day of a `YYYY-MM` month, or a BAD_USER_INPUT naming `field`. */
export function monthRange(month: string, field = 'month'): [string, string] {
  const m = MONTH.exec(month);
  if (!m) throw badField(field, 'person.month');
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

/** Active people whose supervision period overlaps the month: those owed a visit that month. */
export function dueIn([from, to]: [string, string]): Record<string, unknown> {
  return {
    status: SupervisionStatus.ACTIVE,
    $and: [{ $or: [{ supervisionStart: null }, { supervisionStart: { $lte: to } }] }, { $or: [{ supervisionEnd: null }, { supervisionEnd: { $gte: from } }] }],
  };
}

/** People with no visit dated within the month. */
export const notVisitedIn = ([from, to]: [string, string]) => ({
  [raw((alias: string) => `not exists (select 1 from visit v where v.person_id = ${alias}.id and v.date between ? and ?)`, [from, to])]: [],
});

/** The filter's conditions (intersected with the scope by the caller of this). */
export async function personConditions(ctx: Context, filter: SupervisedPersonFilter = {}): Promise<Record<string, unknown>[]> {
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.gridId) conds.push({ grid: isId(filter.gridId) ? filter.gridId : null });
  if (filter.categoryCode) conds.push({ category: { type: 'PERSON_CATEGORY', code: filter.categoryCode } });
  if (filter.kind) conds.push({ kind: filter.kind });
  if (filter.riskLevel) conds.push({ riskLevel: filter.riskLevel });
  if (filter.status) conds.push({ status: filter.status });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter.visitOverdueMonth) {
    const range = monthRange(filter.visitOverdueMonth, 'filter.visitOverdueMonth');
    conds.push(dueIn(range), notVisitedIn(range));
  }
  const q = filter.q?.trim();
  if (q) {
    // A whole ID number is searchable only by those who see ID numbers: otherwise a search would reveal a masked number.
    const byId = /^\d{17}[\dXx]$/.test(q) && ctx.fieldAccess('SupervisedPerson', 'idNumber') === 'full';
    conds.push({ $or: [{ name: { $ilike: like(q) } }, ...(byId ? [{ idNumber: q.toUpperCase() }] : [])] });
  }
  return conds;
}

export const PERSON_SORT_COLUMNS = {
  name: 'name',
  riskLevel: 'riskLevel',
  status: 'status',
  supervisionStart: 'supervisionStart',
  supervisionEnd: 'supervisionEnd',
  createdAt: 'createdAt',
};

export async function listPeople(
  ctx: Context,
  filter: SupervisedPersonFilter = {},
  sort?: { field: SupervisedPersonSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds = await personConditions(ctx, filter);
  return findPage(ctx, SupervisedPerson, 'SupervisedPerson', conds, { ...p, orderBy: orderBy(sort, PERSON_SORT_COLUMNS) });
}

export const getPerson = (ctx: Context, id: string) => findReadable(ctx, SupervisedPerson, 'SupervisedPerson', id);

/** What role conditions may test of a person, for checking a record before it is written. */
export function abilityShape(p: {
  id?: string;
  kind: string;
  status: string;
  riskLevel: string;
  category: { id: string };
  org: Org;
  grid: { id: string };
  responsible?: { id: string } | null;
}) {
  return {
    id: p.id ?? 'new',
    kind: p.kind,
    status: p.status,
    riskLevel: p.riskLevel,
    category: { id: p.category.id },
    org: { id: p.org.id, path: p.org.path },
    grid: { id: p.grid.id },
    responsible: p.responsible ? { id: p.responsible.id } : null,
  };
}

/** What an audit entry keeps of a person: sensitive values masked by `audit`, offence details only as a fingerprint. */
export const personSnapshot = (p: SupervisedPerson) => ({
  name: p.name,
  idNumber: p.idNumber,
  sex: p.sex,
  birthDate: p.birthDate,
  ethnicity: p.ethnicity ?? null,
  phone: p.phone ?? null,
  address: p.address ?? null,
  gridId: p.grid.id,
  categoryId: p.category.id,
  kind: p.kind,
  offenceSummary: fingerprint(p.offenceSummary),
  riskLevel: p.riskLevel,
  supervisionStart: p.supervisionStart ?? null,
  supervisionEnd: p.supervisionEnd ?? null,
  status: p.status,
  responsibleId: p.responsible?.id ?? null,
  notes: p.notes ?? null,
});

/** A grid the caller can read, with its org loaded (the person's org follows the grid). */
export async function gridWithOrg(ctx: Context, em: EntityManager, field: string, gridId: string): Promise<Grid> {
  const grid = await findReferenced(ctx, em, Grid, 'Grid', field, gridId);
  await em.populate(grid, ['org']);
  return grid;
}

async function categoryOf(em: EntityManager, errors: FieldErrors, code: string): Promise<Dictionary | null> {
  const category = (await personCategories(em)).get(code.trim());
  if (!category) errors.add('categoryCode', 'person.category');
  return category ?? null;
}

const asInput = (input: CreateSupervisedPersonInput | UpdateSupervisedPersonInput): PersonInput => ({
  ...input,
  birthDate: isoDate(input.birthDate),
  supervisionStart: isoDate(input.supervisionStart),
  supervisionEnd: isoDate(input.supervisionEnd),
});

function record(ctx: Context, em: EntityManager, person: SupervisedPerson, entry: Partial<SupervisionHistory> & { kind: HistoryKind }) {
  em.create(SupervisionHistory, {
    person,
    at: new Date(),
    user: ctx.actor ? em.getReference(User, ctx.actor.id) : null,
    username: ctx.actor?.username ?? null,
    ...entry,
  } as never);
}

/** Creates a ledger entry: validate every field → check the caller may create it where it goes → write it with its history and audit. */
export async function createPerson(ctx: Context, input: CreateSupervisedPersonInput): Promise<SupervisedPerson> {
  return auditingClashes(ctx, 'createSupervisedPerson', () =>
    ctx.em.transactional(async (em) => {
      const errors = new FieldErrors();
      const values = checkPersonValues(errors, asInput(input));
      const category = await categoryOf(em, errors, input.categoryCode);
      const grid = await gridWithOrg(ctx, em, 'gridId', input.gridId);
      const responsible = input.responsibleId ? await findReferenced(ctx, em, User, 'User', 'responsibleId', input.responsibleId) : null;
      errors.throwIfAny();
      const kind = kindOfCategory(category!.code);
      const shape = { kind, status: SupervisionStatus.ACTIVE, riskLevel: values.riskLevel, category: category!, org: grid.org, grid, responsible };
      assertCan(ctx, 'create', 'SupervisedPerson', abilityShape(shape));
      await assertActiveUnique(ctx, em, values.idNumber, category!.id);
      const person = em.create(SupervisedPerson, {
        ...values,
        grid,
        org: grid.org,
        category: category!,
        kind,
        status: SupervisionStatus.ACTIVE,
        responsible,
      } as never);
      await em.flush();
      record(ctx, em, person, { kind: HistoryKind.CREATED, toStatus: SupervisionStatus.ACTIVE, toGrid: grid });
      audit(ctx, em, { operation: 'createSupervisedPerson', targetType: 'SupervisedPerson', targetId: person.id, after: personSnapshot(person) });
      return person;
    }),
  );
}

/** Changes a person's own fields (not grid or status); a new ID number or category is checked like a new record. */
export async function updatePerson(ctx: Context, id: string, input: UpdateSupervisedPersonInput, version?: number | null): Promise<SupervisedPerson> {
  return auditingClashes(ctx, 'updateSupervisedPerson', () =>
    ctx.em.transactional(async (em) => {
      const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', id, { version, populate: ['org', 'category'] });
      const before = personSnapshot(person);
      const given = asInput(input);
      const idChanged = input.idNumber !== undefined && input.idNumber.trim().toUpperCase() !== person.idNumber;
      const merged: PersonInput = { ...personSnapshot(person), offenceSummary: person.offenceSummary };
      for (const [key, value] of Object.entries(given)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
      // A new ID number brings its own sex and birth date unless the caller states them too.
      if (idChanged && input.sex === undefined) merged.sex = null;
      if (idChanged && input.birthDate === undefined) merged.birthDate = null;
      const errors = new FieldErrors();
      // Checked against the stored number, a birth date would be a guess-and-check oracle for those who see that number masked.
      if (!idChanged && given.birthDate != null && ctx.fieldAccess('SupervisedPerson', 'idNumber') !== 'full') {
        errors.add('birthDate', 'person.birthDateFromId');
        merged.birthDate = null;
      }
      const values = checkPersonValues(errors, merged);
      const category = input.categoryCode !== undefined ? await categoryOf(em, errors, input.categoryCode) : person.category;
      const responsible =
        input.responsibleId === undefined
          ? person.responsible
          : input.responsibleId
            ? await findReferenced(ctx, em, User, 'User', 'responsibleId', input.responsibleId)
            : null;
      errors.throwIfAny();
      const kind = kindOfCategory(category!.code);
      if (kind !== person.kind || responsible?.id !== person.responsible?.id || values.riskLevel !== person.riskLevel || category!.id !== person.category.id) {
        assertCan(
          ctx,
          'update',
          'SupervisedPerson',
          abilityShape({ ...person, id: person.id, kind, riskLevel: values.riskLevel, category: category!, org: person.org, responsible }),
        );
      }
      if (person.status === SupervisionStatus.ACTIVE && (values.idNumber !== person.idNumber || category!.id !== person.category.id)) {
        await assertActiveUnique(ctx, em, values.idNumber, category!.id, person.id);
      }
      em.assign(person, { ...values, category: category!, kind, responsible } as never);
      await em.flush();
      audit(ctx, em, { operation: 'updateSupervisedPerson', targetType: 'SupervisedPerson', targetId: person.id, ...diff(before, personSnapshot(person)) });
      return person;
    }),
  );
}

function reasonOf(reason: string): string {
  const errors = new FieldErrors();
  const value = text(errors, 'reason', reason, { required: true, max: 500 });
  errors.throwIfAny();
  return value!;
}

/**
 * Moves an ACTIVE person to another grid (and so possibly another org). The caller needs `update` on
 * the person where it is and where it goes: a grid worker moves people between own grids, a community
 * secretary within the community, the 司法所 across its township.
 */
export async function transferPerson(ctx: Context, id: string, toGridId: string, reason: string): Promise<SupervisedPerson> {
  return ctx.em.transactional(async (em) => {
    const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', id, { populate: ['org', 'grid'] });
    const why = reasonOf(reason);
    const to = await gridWithOrg(ctx, em, 'toGridId', toGridId);
    if (to.id === person.grid.id) throw badField('toGridId', 'person.sameGrid');
    if (person.status !== SupervisionStatus.ACTIVE) throw new AppError('CONFLICT', 'person.notActive');
    // The responsible worker belongs to the grid the person leaves; the receiving side names a new one.
    assertCan(ctx, 'update', 'SupervisedPerson', abilityShape({ ...person, org: to.org, grid: to, responsible: null }));
    const before = { gridId: person.grid.id, orgId: person.org.id, responsibleId: person.responsible?.id ?? null };
    const from = person.grid;
    em.assign(person, { grid: to, org: to.org, responsible: null } as never);
    await em.flush();
    record(ctx, em, person, { kind: HistoryKind.TRANSFER, fromGrid: from, toGrid: to, reason: why });
    audit(ctx, em, {
      operation: 'transferSupervisedPerson',
      targetType: 'SupervisedPerson',
      targetId: person.id,
      before,
      after: { gridId: to.id, orgId: to.org.id, responsibleId: null, reason: why },
    });
    return person;
  });
}

/** A named status change along STATUS_TRANSITIONS; an illegal one is CONFLICT, a missing reason BAD_USER_INPUT. */
export async function changeStatus(ctx: Context, id: string, status: SupervisionStatus, reason: string): Promise<SupervisedPerson> {
  return auditingClashes(ctx, 'changeSupervisionStatus', () =>
    ctx.em.transactional(async (em) => {
      const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', id, { populate: ['org'] });
      const why = reasonOf(reason);
      const from = person.status;
      if (!STATUS_TRANSITIONS[from].includes(status))
        throw new AppError('CONFLICT', 'person.status', {
          from: t(`person.supervisionStatus.${from}`),
          to: t(`person.supervisionStatus.${status}`),
        });
      assertCan(ctx, 'update', 'SupervisedPerson', abilityShape({ ...person, status }));
      if (status === SupervisionStatus.ACTIVE) await assertActiveUnique(ctx, em, person.idNumber, person.category.id, person.id);
      person.status = status;
      await em.flush();
      record(ctx, em, person, { kind: HistoryKind.STATUS, fromStatus: from, toStatus: status, reason: why });
      audit(ctx, em, {
        operation: 'changeSupervisionStatus',
        targetType: 'SupervisedPerson',
        targetId: person.id,
        before: { status: from },
        after: { status, reason: why },
      });
      return person;
    }),
  );
}
