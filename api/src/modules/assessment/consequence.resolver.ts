import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../core/context';
import { listOf } from '../../core/pagination';
import { Grid } from '../grid/grid.entity';
import { User } from '../user/user.entity';
import { Complaint, ComplaintStatus, ConsequenceFlag, ConsequenceRule, FlagStatus } from './consequence.entity';
import * as consequences from './consequence.service';
import { FlagAction } from './consequence.service';
import { related, relation } from '../../core/relations';

registerEnumType(FlagAction, { name: 'ConsequenceFlagAction' });
const version = () => Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when stale' });
const ComplaintList = listOf(Complaint);
const ConsequenceFlagList = listOf(ConsequenceFlag);

@InputType()
export class ComplaintInput {
  @Field(() => ID, { nullable: true, description: 'The grid worker or leader complained about (or gridId)' })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  gridId?: string | null;

  @Field(() => DateResolver)
  date!: Date;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  text!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ID, { nullable: true })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => ComplaintStatus, { nullable: true })
  status?: ComplaintStatus;
}

@InputType()
export class ConsequenceFlagFilter {
  @Field(() => ID, { nullable: true })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => FlagStatus, { nullable: true })
  status?: FlagStatus;
}

/** ConsequenceFlag fields answered by loaders (its module's `relations`). */
export const consequenceFlagRelations = {
  grid: relation('gridById', 'grid'),
};

/** Complaint fields answered by loaders (its module's `relations`). */
export const complaintRelations = {
  user: relation('userById', 'user'),
  grid: relation('gridById', 'grid'),
};

@Resolver(() => ConsequenceFlag)
export class ConsequenceResolver {
  @Query(() => [ConsequenceRule])
  consequenceRules(@Ctx() ctx: Context) {
    return consequences.listRules(ctx);
  }

  @Mutation(() => ConsequenceRule, { description: 'Thresholds are data: the next evaluation uses the new one' })
  updateConsequenceRule(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('threshold', () => Number) threshold: number,
    @Arg('enabled', () => Boolean, { defaultValue: true }) enabled: boolean,
    @version() v?: number,
  ) {
    return consequences.updateRule(ctx, id, v, threshold, enabled);
  }

  @Query(() => ComplaintList)
  complaints(
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return consequences.listComplaints(ctx, filter ?? {}, offset, limit);
  }

  @Query(() => Complaint, { nullable: true })
  complaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return consequences.getComplaint(ctx, id);
  }

  @Mutation(() => Complaint)
  registerComplaint(@Ctx() ctx: Context, @Arg('input', () => ComplaintInput) input: ComplaintInput) {
    return consequences.registerComplaint(ctx, input);
  }

  @Mutation(() => Complaint, { description: 'By a higher level, with a reason; a substantiated complaint runs the complaint rules' })
  decideComplaint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('substantiated', () => Boolean) substantiated: boolean,
    @Arg('reason', () => String) reason: string,
    @version() v?: number,
  ) {
    return consequences.decideComplaint(ctx, id, v, substantiated, reason);
  }

  @Query(() => ConsequenceFlagList)
  consequenceFlags(
    @Ctx() ctx: Context,
    @Arg('filter', () => ConsequenceFlagFilter, { nullable: true }) filter?: ConsequenceFlagFilter,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return consequences.listFlags(ctx, filter ?? {}, offset, limit);
  }

  @Query(() => ConsequenceFlag, { nullable: true })
  consequenceFlag(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return consequences.getFlag(ctx, id);
  }

  @Mutation(() => ConsequenceFlag, {
    description: 'ACKNOWLEDGE (self-review text) and APPEAL (reason) by the person flagged; UPHOLD/WITHDRAW (reason) by a higher level',
  })
  moveConsequenceFlag(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('action', () => FlagAction) action: FlagAction,
    @Arg('text', () => String) text: string,
    @version() v?: number,
  ) {
    return consequences.moveFlag(ctx, id, v, action, text);
  }

  @FieldResolver(() => [FlagAction])
  allowedActions(@Root() flag: ConsequenceFlag, @Ctx() ctx: Context) {
    return consequences.flagAllowedActions(ctx, flag);
  }

  @FieldResolver(() => String, { description: 'The person flagged' })
  async userName(@Root() flag: ConsequenceFlag, @Ctx() ctx: Context) {
    const [row] = await ctx.em.execute<{ name: string }[]>('select name from user_account where id = ?', [flag.user.id]);
    return row?.name ?? '';
  }

  @FieldResolver(() => ID)
  userId(@Root() flag: ConsequenceFlag) {
    return flag.user.id;
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() flag: ConsequenceFlag, @Ctx() ctx: Context) {
    return related(ctx, consequenceFlagRelations.grid, flag);
  }
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'The grid worker or leader complained about; null for a grid, or where the caller may not read the account',
  })
  user(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return related(ctx, complaintRelations.user, complaint);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'The grid complained about; null for a user, or where the caller may not read the grid' })
  grid(@Root() complaint: Complaint, @Ctx() ctx: Context) {
    return related(ctx, complaintRelations.grid, complaint);
  }
}
