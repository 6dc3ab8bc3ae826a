import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Grid } from '../grid/grid.entity';
import { Role } from '../role/role.entity';
import { User } from './user.entity';

/** user ↔ role; indexed from the role side too, for "who holds this role". */
@Entity({ tableName: 'user_role' })
@Index({ name: 'user_role_role_id_index', properties: ['role'] })
export class UserRole {
  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Role, { primary: true, deleteRule: 'cascade' })
  role!: Rel<Role>;
}

/** user ↔ grid (workers of a grid); indexed from the grid side too, for `grid.workers`. */
@Entity({ tableName: 'user_grid' })
@Index({ name: 'user_grid_grid_id_index', properties: ['grid'] })
export class UserGrid {
  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Grid, { primary: true, deleteRule: 'cascade' })
  grid!: Rel<Grid>;
}
