import type { EntityManager } from '@mikro-orm/postgresql';
import { raw } from '@mikro-orm/core';
import { findForWrite, findPage, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { badField, forbidden } from '../../core/errors';
import { page } from '../../core/pagination';
import { FieldErrors, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { HelperRole, SupervisionStatus } from './person.enums';
import { SupervisedPerson } from './person.entity';
import type { SupportGroupContactInput } from './person.inputs';
import type { SupportGroup } from './person.types';
import { SupportGroupMember, SupportGroupRequirement } from './support-group.entity';

/** The helpers still missing, one entry per missing helper, in the order of HelperRole. */
export function missingRoles(requirements: SupportGroupRequirement[], members: { role: HelperRole }[]): HelperRole[] {
  const missing: HelperRole[] = [];
  for (const role of Object.values(HelperRole)) {
    const required = requirements.find((r) => r.role === role)?.required ?? 0;
    const have = members.filter((m) => m.role === role).length;
    for (let i = have; i < required; i++) missing.push(role);
  }
  return missing;
}

/** A person's group as the API shows it; members come from the per-request loader. */
export async function supportGroupOf(ctx: Context, person: SupervisedPerson): Promise<SupportGroup> {
  const [members, requirements] = await Promise.all([ctx.loaders.supportMembersByPerson.load(person.id), ctx.loaders.supportRequirements.load('all')]);
  return { person, members, missingRoles: missingRoles(requirements, members) };
}

/** People whose group lacks a required helper: ACTIVE ones, inside the caller's read scope and the org subtree. */
export async function incompleteGroups(ctx: Context, orgId: string | undefined, offset?: number, limit?: number) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [
    { status: SupervisionStatus.ACTIVE },
    {
      [raw(
        (alias: string) =>
          `exists (select 1 from support_group_requirement r where r.required > (select count(*) from support_group_member m where m.person_id = ${alias}.id and m.role::text = r.role))`,
      )]: [],
    },
  ];
  if (orgId) conds.push(await subtreeCondition(ctx.em, orgId, 'org'));
  const { items, total } = await findPage(ctx, SupervisedPerson, 'SupervisedPerson', conds, {
    ...p,
    orderBy: [{ org: 'asc' }, { grid: 'asc' }, { id: 'asc' }] as never,
  });
  return { items: await Promise.all((await items).map((person) => supportGroupOf(ctx, person))), total };
}

export async function listRequirements(em: EntityManager): Promise<SupportGroupRequirement[]> {
  return em.find(SupportGroupRequirement, {}, { orderBy: { role: 'asc' }, refresh: true });
}

const memberSnapshot = (m: SupportGroupMember) => ({
  role: m.role,
  userId: m.user?.id ?? null,
  name: m.name,
  phone: m.phone ?? null,
  relation: m.relation ?? null,
});

/**
 * Adds a helper to a person's group, or updates the same helper (same account, or same contact name)
 * in that role: setting the same member twice leaves one. Needs `update` on the person.
 */
export async function setMember(
  ctx: Context,
  personId: string,
  role: HelperRole,
  userId: string | null | undefined,
  contact: SupportGroupContactInput | null | undefined,
): Promise<SupportGroup> {
  const person = await ctx.em.transactional(async (em) => {
    const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', personId);
    if (!!userId === !!contact) throw badField('userId', 'person.memberTarget');
    const members = await em.find(SupportGroupMember, { person, role });
    let member: SupportGroupMember | undefined;
    if (userId) {
      const user = await findReferenced(ctx, em, User, 'User', 'userId', userId);
      member = members.find((m) => m.user?.id === user.id) ?? em.create(SupportGroupMember, { person, role, user, name: user.name } as never);
    } else {
      const errors = new FieldErrors();
      const name = text(errors, 'contact.name', contact!.name, { required: true, max: 50 });
      const phone = text(errors, 'contact.phone', contact!.phone, { max: 30 });
      if (phone && !/^[0-9+\-() ]{5,20}$/.test(phone)) errors.add('contact.phone', 'field.format');
      const relation = text(errors, 'contact.relation', contact!.relation, { max: 30 });
      errors.throwIfAny();
      member = members.find((m) => !m.user && m.name === name) ?? em.create(SupportGroupMember, { person, role, name: name!, user: null } as never);
      em.assign(member, { phone, relation });
    }
    await em.flush();
    audit(ctx, em, { operation: 'setSupportGroupMember', targetType: 'SupervisedPerson', targetId: person.id, after: memberSnapshot(member) });
    return person;
  });
  return supportGroupOf(ctx, person);
}

/** Removes one helper from a person's group. */
export async function removeMember(ctx: Context, personId: string, memberId: string): Promise<SupportGroup> {
  const person = await ctx.em.transactional(async (em) => {
    const person = await findForWrite(ctx, em, SupervisedPerson, 'SupervisedPerson', 'update', personId);
    const member = await em.findOne(SupportGroupMember, { id: /^\d+$/.test(memberId) ? memberId : '0', person });
    if (!member) throw badField('memberId', 'person.memberMissing');
    audit(ctx, em, { operation: 'removeSupportGroupMember', targetType: 'SupervisedPerson', targetId: person.id, before: memberSnapshot(member) });
    em.remove(member);
    return person;
  });
  return supportGroupOf(ctx, person);
}

/** Sets how many helpers of a role a complete group needs (0 removes the requirement); an admin setting. */
export async function setRequirement(ctx: Context, role: HelperRole, required: number): Promise<SupportGroupRequirement[]> {
  if (!Number.isInteger(required) || required < 0 || required > 10) throw badField('required', 'field.max', { max: 10 });
  if (!ctx.ability.can('update', 'Dictionary')) throw forbidden();
  return ctx.em.transactional(async (em) => {
    const before = await listRequirements(em);
    await em.execute('insert into support_group_requirement (role, required) values (?, ?) on conflict (role) do update set required = excluded.required', [
      role,
      required,
    ]);
    audit(ctx, em, {
      operation: 'setSupportGroupRequirement',
      targetType: 'SupportGroupRequirement',
      targetId: null,
      before: { [role]: before.find((r) => r.role === role)?.required ?? 0 },
      after: { [role]: required },
    });
    return listRequirements(em);
  });
}
