import type DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { byId, viaPivot, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import { UserGrid, UserRole } from './user-links.entity';
import { User } from './user.entity';
import { userGrants, userPolicy } from './user.policy';
import { UserResolver, userRelations } from './user.resolver';
import { Grid } from '../grid/grid.entity';
import { Role } from '../role/role.entity';

function userLoaders(ctx: Context): Pick<Loaders, 'userById' | 'gridsByUser' | 'rolesByUser'> {
  return {
    userById: byId(ctx, User, 'User'),
    gridsByUser: viaPivot(ctx, 'user_grid', 'user_id', 'grid_id', Grid, 'Grid', () => ctx.loaders.gridById),
    rolesByUser: viaPivot(ctx, 'user_role', 'user_id', 'role_id', Role, 'Role', () => ctx.loaders.roleById),
  };
}
declare module '../../core/loaders' {
  interface Loaders {
    userById: DataLoader<string, User | null>;
    gridsByUser: DataLoader<string, Grid[]>;
    rolesByUser: DataLoader<string, Role[]>;
  }
}

export const userModule = defineModule({
  name: 'user',
  entities: [User, UserRole, UserGrid],
  resolvers: [UserResolver],
  relations: { User: userRelations },
  subjects: { User: userPolicy },
  grants: userGrants,
  loaders: userLoaders,
  references: [{ table: 'user_account', column: 'org_id', target: 'Org', kind: 'ref.user' }],
  messages: { zh: { 'ref.user': '账号' }, en: { 'ref.user': 'accounts' } },
});
