import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { User } from '../user/user.entity';
import { HelperRole } from './person.enums';
import { SupportGroupContactInput } from './person.inputs';
import { SupportGroup, SupportGroupList } from './person.types';
import { SupportGroupMember, SupportGroupRequirement } from './support-group.entity';
import * as groups from './support-group.service';
import { related, relation } from '../../core/relations';

/** SupportGroupMember fields answered by loaders (its module's `relations`). */
export const supportGroupMemberRelations = {
  user: relation('userById', 'user'),
};

@Resolver(() => SupportGroupMember)
export class SupportGroupResolver {
  @Query(() => SupportGroupList, { description: 'ACTIVE people whose "五帮一" group lacks a required helper' })
  incompleteSupportGroups(
    @Ctx() ctx: Context,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return groups.incompleteGroups(ctx, orgId, offset, limit);
  }

  @Query(() => [SupportGroupRequirement], { description: 'The required composition of every support group' })
  supportGroupRequirements(@Ctx() ctx: Context) {
    return groups.listRequirements(ctx.em);
  }

  @Mutation(() => [SupportGroupRequirement], { description: 'Needs update rights on dictionaries (an admin setting)' })
  setSupportGroupRequirement(@Ctx() ctx: Context, @Arg('role', () => HelperRole) role: HelperRole, @Arg('required', () => Int) required: number) {
    return groups.setRequirement(ctx, role, required);
  }

  @Mutation(() => SupportGroup, { description: 'Adds a helper (an account or a contact) in a role, or updates the same helper' })
  setSupportGroupMember(
    @Ctx() ctx: Context,
    @Arg('personId', () => ID) personId: string,
    @Arg('role', () => HelperRole) role: HelperRole,
    @Arg('userId', () => ID, { nullable: true }) userId?: string,
    @Arg('contact', () => SupportGroupContactInput, { nullable: true }) contact?: SupportGroupContactInput,
  ) {
    return groups.setMember(ctx, personId, role, userId, contact);
  }

  @Mutation(() => SupportGroup)
  removeSupportGroupMember(@Ctx() ctx: Context, @Arg('personId', () => ID) personId: string, @Arg('memberId', () => ID) memberId: string) {
    return groups.removeMember(ctx, personId, memberId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The account, for members who have one' })
  user(@Root() m: SupportGroupMember, @Ctx() ctx: Context) {
    return related(ctx, supportGroupMemberRelations.user, m);
  }
}
