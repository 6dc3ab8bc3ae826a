import type DataLoader from 'dataloader';
import { byForeignKey, byId, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import type { Context } from '../../core/context';
import { Org } from './org.entity';
import { orgMessages } from './org.messages';
import { orgGrants, orgPolicy } from './org.policy';
import { OrgResolver } from './org.resolver';

function orgLoaders(ctx: Context): Pick<Loaders, 'orgById' | 'orgChildren'> {
  return {
    orgById: byId(ctx, Org, 'Org'),
    orgChildren: byForeignKey(ctx, Org, 'Org', 'parent', 'code'),
  };
}
declare module '../../core/loaders' {
  interface Loaders {
    orgById: DataLoader<string, Org | null>;
    orgChildren: DataLoader<string, Org[]>;
  }
}

export const orgModule = defineModule({
  name: 'org',
  entities: [Org],
  resolvers: [OrgResolver],
  subjects: { Org: orgPolicy },
  grants: orgGrants,
  loaders: orgLoaders,
  references: [{ table: 'org', column: 'parent_id', target: 'Org', kind: 'ref.childOrg' }],
  messages: orgMessages,
});
