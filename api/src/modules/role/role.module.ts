import type DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { byId, type Loaders } from '../../core/loaders';
import { defineModule } from '../../core/module';
import { BUILTIN_ROLE_DEFS } from './builtin-roles';
import { Role } from './role.entity';
import { roleGrants, rolePolicy } from './role.policy';
import { RoleResolver } from './role.resolver';

function roleLoaders(ctx: Context): Pick<Loaders, 'roleById'> {
  return { roleById: byId(ctx, Role, 'Role') };
}
declare module '../../core/loaders' {
  interface Loaders {
    roleById: DataLoader<string, Role | null>;
  }
}

export const roleModule = defineModule({
  name: 'role',
  entities: [Role],
  resolvers: [RoleResolver],
  subjects: { Role: rolePolicy },
  builtinRoles: BUILTIN_ROLE_DEFS,
  grants: roleGrants,
  loaders: roleLoaders,
});
