import type { EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { byForeignKey, byId } from '../../core/loaders';
import { Dictionary } from '../dictionary/dictionary.entity';
import { SupervisedPerson } from './person.entity';
import { ServiceHours } from './service-hours.entity';
import { SupervisionHistory } from './supervision-history.entity';
import { SupportGroupMember, SupportGroupRequirement } from './support-group.entity';
import { Visit } from './visit.entity';

/**
 * Rows that belong to one person and have no rules of their own. Only ever asked for a person the
 * caller has already read through its scope, so the person id is the whole condition.
 */
function ofPerson<T extends { id: string; person: { id: string } }>(ctx: Context, entity: EntityName<T>, order: Record<string, 'asc' | 'desc'>[]) {
  return new DataLoader<string, T[]>(async (personIds) => {
    const rows = await ctx.em.find(entity, { person: { $in: [...personIds] } } as never, { orderBy: order as never });
    return personIds.map((id) => rows.filter((r) => r.person.id === id));
  });
}

export function personLoaders(ctx: Context) {
  return {
    personById: byId(ctx, SupervisedPerson, 'SupervisedPerson'),
    dictionaryById: byId(ctx, Dictionary, 'Dictionary'),
    visitsByPerson: byForeignKey(ctx, Visit, 'Visit', 'person', 'date'),
    historyByPerson: ofPerson(ctx, SupervisionHistory, [{ at: 'asc' }, { id: 'asc' }]),
    serviceHoursByPerson: ofPerson(ctx, ServiceHours, [{ month: 'asc' }]),
    supportMembersByPerson: ofPerson(ctx, SupportGroupMember, [{ role: 'asc' }, { id: 'asc' }]),
    supportRequirements: new DataLoader<'all', SupportGroupRequirement[]>(async (keys) => {
      const rows = await ctx.em.find(SupportGroupRequirement, {});
      return keys.map(() => rows);
    }),
  };
}
