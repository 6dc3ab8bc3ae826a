import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { readOnlyRows } from '../../core/rows';
import { User } from '../user/user.entity';
import * as auth from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async login(@Ctx() ctx: Context, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string) {
    const { token, expiresAt, userId } = await auth.login(ctx, username, password);
    const user = await ctx.em.findOneOrFail(User, { id: userId });
    return { token, expiresAt, user };
  }

  @Query(() => User, { description: 'The signed-in user; `rules` holds the CASL rules in force' })
  async me(@Ctx() ctx: Context) {
    if (!ctx.actor) throw unauthenticated();
    // The account was read with the session in this request's first statement.
    return ctx.account ? readOnlyRows(ctx.em, User, [ctx.account])[0] : ctx.em.findOneOrFail(User, { id: ctx.actor.id });
  }

  @Mutation(() => Boolean)
  changePassword(@Ctx() ctx: Context, @Arg('oldPassword', () => String) oldPassword: string, @Arg('newPassword', () => String) newPassword: string) {
    return auth.changePassword(ctx, oldPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working' })
  logout(@Ctx() ctx: Context) {
    return auth.logout(ctx);
  }
}
