import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { User } from '../user/user.entity';
import { SupervisedPerson } from './person.entity';
import { CreateVisitInput, VisitFilter } from './person.inputs';
import { VisitComplianceGroupBy } from './person.enums';
import { VisitCompliance, VisitComplianceStats, VisitList } from './person.types';
import { ServiceHours } from './service-hours.entity';
import { Visit } from './visit.entity';
import * as visits from './visit.service';
import { visitCompliance, visitComplianceStats } from './visit.stats';
import { related, relation } from '../../core/relations';

/** Visit fields answered by loaders (its module's `relations`). */
export const visitRelations = {
  person: relation('personById', 'person'),
  recordedBy: relation('userById', 'recordedBy'),
};

@Resolver(() => Visit)
export class VisitResolver {
  @Query(() => VisitList)
  visits(
    @Ctx() ctx: Context,
    @Arg('filter', () => VisitFilter, { nullable: true }) filter?: VisitFilter,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return visits.listVisits(ctx, filter, offset, limit);
  }

  @Mutation(() => Visit)
  createVisit(@Ctx() ctx: Context, @Arg('input', () => CreateVisitInput) input: CreateVisitInput) {
    return visits.createVisit(ctx, input);
  }

  @Query(() => VisitCompliance, { description: 'month is YYYY-MM; offset and limit page the overdue people' })
  visitCompliance(
    @Ctx() ctx: Context,
    @Arg('month', () => String) month: string,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return visitCompliance(ctx, orgId, month, offset, limit);
  }

  @Query(() => VisitComplianceStats, {
    description: 'from and to are YYYY-MM, at most 12 months apart both counted; orgId defaults to the caller scope root',
  })
  visitComplianceStats(
    @Ctx() ctx: Context,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('groupBy', () => VisitComplianceGroupBy, { defaultValue: VisitComplianceGroupBy.CHILD_ORG }) groupBy?: VisitComplianceGroupBy,
  ) {
    return visitComplianceStats(ctx, orgId, from, to, groupBy!);
  }

  @Mutation(() => ServiceHours)
  recordServiceHours(
    @Ctx() ctx: Context,
    @Arg('personId', () => ID) personId: string,
    @Arg('month', () => String) month: string,
    @Arg('hours', () => Float) hours: number,
  ) {
    return visits.recordServiceHours(ctx, personId, month, hours);
  }

  @Query(() => Float, { description: 'Community service hours of the month over the people the caller may count' })
  serviceHoursTotal(@Ctx() ctx: Context, @Arg('month', () => String) month: string, @Arg('orgId', () => ID, { nullable: true }) orgId?: string) {
    return visits.serviceHoursTotal(ctx, orgId, month);
  }

  @FieldResolver(() => SupervisedPerson, { nullable: true })
  person(@Root() v: Visit, @Ctx() ctx: Context) {
    return related(ctx, visitRelations.person, v);
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() v: Visit, @Ctx() ctx: Context) {
    return related(ctx, visitRelations.recordedBy, v);
  }
}
