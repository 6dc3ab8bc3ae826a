import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rulesFor } from '../../core/ability';
import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';
import { FileDownload } from '../../core/import-report';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { Role } from '../role/role.entity';
import { User } from './user.entity';
import { CreateUserInput, InitialPasswordRule, UpdateUserInput, UserFilter, UserImportReport, UserList, UserSort } from './user.inputs';
import * as users from './user.service';
import { importUsers, usersTemplate } from './user.xlsx';
import { related, relation } from '../../core/relations';

/** User fields answered by loaders (its module's `relations`). */
export const userRelations = {
  org: relation('orgById', 'org'),
  roles: relation('rolesByUser', 'id'),
  grids: relation('gridsByUser', 'id'),
};

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserList)
  users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('sort', () => [UserSort], { nullable: true }) sort?: UserSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return users.listUsers(ctx, filter, sort, offset, limit);
  }

  @Query(() => User, { nullable: true })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return users.getUser(ctx, id);
  }

  @Mutation(() => UserImportReport, {
    description:
      'Accounts from an xlsx laid out like `usersTemplate`, all or nothing; a username already present is updated. New accounts must change the initial password',
  })
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importUsers(
    @Ctx() ctx: Context,
    @Arg('fileBase64', () => String) fileBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Arg('initialPassword', () => InitialPasswordRule, { defaultValue: InitialPasswordRule.ID_NUMBER_LAST8 }) initialPassword: InitialPasswordRule,
  ) {
    if (!ctx.ability.can('create', 'User')) throw forbidden();
    return importUsers(ctx, fileBase64, dryRun, initialPassword);
  }

  @Query(() => FileDownload, { description: 'The xlsx template of `importUsers`' })
  usersTemplate(@Ctx() ctx: Context) {
    if (!ctx.ability.can('create', 'User')) throw forbidden();
    return usersTemplate();
  }

  @Mutation(() => User)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return users.createUser(ctx, input);
  }

  @Mutation(() => User)
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return users.updateUser(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return users.deleteUser(ctx, id);
  }

  @FieldResolver(() => Org, { nullable: true, description: 'Null where the caller may not see the org' })
  org(@Root() user: User, @Ctx() ctx: Context) {
    return related(ctx, userRelations.org, user);
  }

  @FieldResolver(() => [Role])
  roles(@Root() user: User, @Ctx() ctx: Context) {
    return related(ctx, userRelations.roles, user);
  }

  @FieldResolver(() => [Grid])
  grids(@Root() user: User, @Ctx() ctx: Context) {
    return related(ctx, userRelations.grids, user);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The CASL rules in force for this user (own account only), scopes resolved; rebuild an ability from them',
  })
  rules(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.actor && user.id === ctx.actor.id ? rulesFor(ctx.registry, ctx.actor) : null;
  }
}
