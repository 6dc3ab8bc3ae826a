import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { page } from '../../core/pagination';
import { isId } from '../../core/validate';
import { User } from '../user/user.entity';
import { GraphQLJSON } from 'graphql-scalars';
import { AuditLog } from './audit-log.entity';
import { changedFields, visibleValues } from './audit.service';
import { exportAuditLog } from './audit.xlsx';
import { FileDownload } from '../../core/import-report';
import { related, relation } from '../../core/relations';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => String, { nullable: true })
  operation?: string;

  @Field(() => String, { nullable: true })
  targetType?: string;

  @Field(() => ID, { nullable: true })
  targetId?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;

  @Field(() => Boolean, { nullable: true })
  success?: boolean;
}

@ObjectType()
export class AuditLogList {
  @Field(() => [AuditLog])
  items!: AuditLog[];

  @Field(() => Int)
  total!: number;
}

/** The filter as query conditions, shared by the list and the export. */
export function auditConditions(filter: AuditLogFilter): Record<string, unknown>[] {
  const conds: Record<string, unknown>[] = [];
  if (filter.userId) conds.push({ user: isId(filter.userId) ? filter.userId : null });
  if (filter.operation) conds.push({ operation: filter.operation });
  if (filter.targetType) conds.push({ targetType: filter.targetType });
  if (filter.targetId) conds.push({ targetId: filter.targetId });
  if (filter.from) conds.push({ at: { $gte: filter.from } });
  if (filter.to) conds.push({ at: { $lt: filter.to } });
  if (filter.success != null) conds.push({ success: filter.success });
  return conds;
}

/** AuditLog fields answered by loaders (its module's `relations`). */
export const auditLogRelations = {
  user: relation('userById', 'user'),
};

@Resolver(() => AuditLog)
export class AuditLogResolver {
  @Query(() => AuditLogList, { description: 'Newest first' })
  auditLogs(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter = {},
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    const conds = auditConditions(filter);
    return findPage(ctx, AuditLog, 'AuditLog', conds, { ...page(offset, limit), orderBy: [{ at: 'desc' }, { id: 'desc' }] });
  }

  @Query(() => FileDownload, { description: 'The filtered entries as xlsx (at most 10,000, newest first), masked as `auditLogs` shows them; itself audited' })
  exportAuditLog(@Ctx() ctx: Context, @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter = {}) {
    return exportAuditLog(ctx, filter);
  }

  @Query(() => AuditLog, { nullable: true })
  auditLog(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findReadable(ctx, AuditLog, 'AuditLog', id);
  }

  @FieldResolver(() => [String], { description: 'The fields the entry records as changed (for a creation: as set), whoever reads it' })
  changedFields(@Root() entry: AuditLog) {
    return changedFields(entry);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: "Values before the change, only as the reader's read rules allow for the record (null otherwise)",
  })
  before(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    return visibleValues(ctx, entry, entry.before);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: "Values after the change, only as the reader's read rules allow for the record (null otherwise)",
  })
  after(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    return visibleValues(ctx, entry, entry.after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null when deleted or outside the caller scope; `username` stays' })
  user(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    return related(ctx, auditLogRelations.user, entry);
  }
}
