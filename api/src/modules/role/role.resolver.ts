import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Role } from './role.entity';
import { CreateRoleInput, RoleFilter, RoleList, RoleSort, UpdateRoleInput } from './role.inputs';
import * as roles from './role.service';

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => RoleList)
  roles(
    @Ctx() ctx: Context,
    @Arg('filter', () => RoleFilter, { nullable: true }) filter?: RoleFilter,
    @Arg('sort', () => [RoleSort], { nullable: true }) sort?: RoleSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return roles.listRoles(ctx, filter, sort, offset, limit);
  }

  @Query(() => Role, { nullable: true })
  role(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return roles.getRole(ctx, id);
  }

  @Mutation(() => Role)
  createRole(@Ctx() ctx: Context, @Arg('input', () => CreateRoleInput) input: CreateRoleInput) {
    return roles.createRole(ctx, input);
  }

  @Mutation(() => Role)
  updateRole(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRoleInput) input: UpdateRoleInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return roles.updateRole(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteRole(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return roles.deleteRole(ctx, id);
  }
}
