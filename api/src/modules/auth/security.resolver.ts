import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { User } from '../user/user.entity';
import { PasswordPolicyView, SessionFilter, SessionList, SessionSort, UpdatePasswordPolicyInput } from './auth.inputs';
import { passwordPolicy, updatePasswordPolicy } from './password-policy.service';
import { listSessions, revokeSession, unlockUser } from './security.service';
import { Session } from './session.entity';
import { related, relation } from '../../core/relations';

/** Session fields answered by loaders (its module's `relations`). */
export const sessionRelations = {
  user: relation('userById', 'user'),
};

/** The security administrator's work: password policy, locks, sessions. */
@Resolver(() => Session)
export class SecurityResolver {
  @Query(() => PasswordPolicyView, { description: 'The password policy in force; every signed-in user may read it' })
  passwordPolicy(@Ctx() ctx: Context) {
    return passwordPolicy(ctx);
  }

  @Mutation(() => PasswordPolicyView, { description: 'Security administrator: change the password policy (applies to the next password change and sign-in)' })
  updatePasswordPolicy(@Ctx() ctx: Context, @Arg('input', () => UpdatePasswordPolicyInput) input: UpdatePasswordPolicyInput) {
    return updatePasswordPolicy(ctx, input);
  }

  @Query(() => SessionList, { description: 'Security administrator: sessions in force' })
  sessions(
    @Ctx() ctx: Context,
    @Arg('filter', () => SessionFilter, { nullable: true }) filter?: SessionFilter,
    @Arg('sort', () => [SessionSort], { nullable: true }) sort?: SessionSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return listSessions(ctx, filter, sort, offset, limit);
  }

  @Mutation(() => ID, { description: 'Security administrator: end a session; its token stops working' })
  revokeSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return revokeSession(ctx, id);
  }

  @Mutation(() => User, { description: 'Security administrator: lift the lock left by failed sign-ins' })
  unlockUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return unlockUser(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() session: Session, @Ctx() ctx: Context) {
    return related(ctx, sessionRelations.user, session);
  }
}
