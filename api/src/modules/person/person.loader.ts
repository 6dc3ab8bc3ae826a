import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { byForeignKey, byId, childrenOf, type Loaders } from '../../core/loaders';
import { SupervisedPerson } from './person.entity';
import { ServiceHours } from './service-hours.entity';
import { SupervisionHistory } from './supervision-history.entity';
import { SupportGroupMember, SupportGroupRequirement } from './support-group.entity';
import { Visit } from './visit.entity';

declare module '../../core/loaders' {
  interface Loaders {
    personById: DataLoader<string, SupervisedPerson | null>;
    visitsByPerson: DataLoader<string, Visit[]>;
    historyByPerson: DataLoader<string, SupervisionHistory[]>;
    serviceHoursByPerson: DataLoader<string, ServiceHours[]>;
    supportMembersByPerson: DataLoader<string, SupportGroupMember[]>;
    supportRequirements: DataLoader<'all', SupportGroupRequirement[]>;
  }
}

type PersonLoaders = Pick<
  Loaders,
  'personById' | 'visitsByPerson' | 'historyByPerson' | 'serviceHoursByPerson' | 'supportMembersByPerson' | 'supportRequirements'
>;

export function personLoaders(ctx: Context): PersonLoaders {
  return {
    personById: byId(ctx, SupervisedPerson, 'SupervisedPerson'),
    visitsByPerson: byForeignKey(ctx, Visit, 'Visit', 'person', 'date'),
    historyByPerson: childrenOf(ctx, SupervisionHistory, 'person', [{ at: 'asc' }, { id: 'asc' }]),
    serviceHoursByPerson: childrenOf(ctx, ServiceHours, 'person', [{ month: 'asc' }]),
    supportMembersByPerson: childrenOf(ctx, SupportGroupMember, 'person', [{ role: 'asc' }, { id: 'asc' }]),
    supportRequirements: new DataLoader<'all', SupportGroupRequirement[]>(async (keys) => {
      const rows = await ctx.em.find(SupportGroupRequirement, {});
      return keys.map(() => rows);
    }),
  };
}
