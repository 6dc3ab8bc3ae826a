import DataLoader from 'dataloader';
import { byForeignKey, byId, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import type { Context } from '../../core/context';
import { Org } from './org.entity';
import { orgMessages } from './org.messages';
import { orgGrants, orgPolicy } from './org.policy';
import { OrgResolver, orgRelations } from './org.resolver';
import { cachedPathsOf } from './org.service';

function orgLoaders(ctx: Context): Pick<Loaders, 'orgById' | 'orgChildren' | 'orgPath'> {
  return {
    orgById: byId(ctx, Org, 'Org'),
    orgChildren: byForeignKey(ctx, Org, 'Org', 'parent', 'code'),
    orgPath: new DataLoader((ids) => cachedPathsOf(ctx.em, ids)),
  };
}
declare module '../../core/loaders' {
  interface Loaders {
    orgById: DataLoader<string, Org | null>;
    orgChildren: DataLoader<string, Org[]>;
    /** Any org's path, for policy checks on rows already read through their own scope; never returned to a caller. */
    orgPath: DataLoader<string, string | null>;
  }
}

export const orgModule = defineModule({
  name: 'org',
  entities: [Org],
  resolvers: [OrgResolver],
  relations: { Org: orgRelations },
  subjects: { Org: orgPolicy },
  grants: orgGrants,
  loaders: orgLoaders,
  references: [{ table: 'org', column: 'parent_id', target: 'Org', kind: 'ref.childOrg' }],
  messages: orgMessages,
});
