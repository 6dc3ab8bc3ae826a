import type DataLoader from 'dataloader';
import { byForeignKey, byId, viaPivot, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import type { Context } from '../../core/context';
import { Grid } from './grid.entity';
import { gridGrants, gridPolicy } from './grid.policy';
import { GridResolver, gridRelations } from './grid.resolver';
import { User } from '../user/user.entity';

function gridLoaders(ctx: Context): Pick<Loaders, 'gridById' | 'gridsByOrg' | 'gridChildren' | 'workersByGrid'> {
  return {
    gridById: byId(ctx, Grid, 'Grid'),
    gridsByOrg: byForeignKey(ctx, Grid, 'Grid', 'org', 'number'),
    gridChildren: byForeignKey(ctx, Grid, 'Grid', 'parent', 'number'),
    workersByGrid: viaPivot(ctx, 'user_grid', 'grid_id', 'user_id', User, 'User', () => ctx.loaders.userById),
  };
}
declare module '../../core/loaders' {
  interface Loaders {
    gridById: DataLoader<string, Grid | null>;
    gridsByOrg: DataLoader<string, Grid[]>;
    gridChildren: DataLoader<string, Grid[]>;
    workersByGrid: DataLoader<string, User[]>;
  }
}

export const gridModule = defineModule({
  name: 'grid',
  entities: [Grid],
  resolvers: [GridResolver],
  relations: { Grid: gridRelations },
  subjects: { Grid: gridPolicy },
  grants: gridGrants,
  loaders: gridLoaders,
  references: [
    { table: 'grid', column: 'org_id', target: 'Org', kind: 'ref.grid' },
    { table: 'grid', column: 'parent_id', target: 'Grid', kind: 'ref.childGrid' },
  ],
  messages: { zh: { 'ref.grid': '网格', 'ref.childGrid': '下级网格' }, en: { 'ref.grid': 'grids', 'ref.childGrid': 'child grids' } },
});
