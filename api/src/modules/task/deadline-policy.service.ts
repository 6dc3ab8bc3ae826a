import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';
import { FieldErrors } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { HandlingLevel, MAX_WORKING_DAYS } from './deadline';
import { DeadlinePolicy } from './deadline-policy.entity';
import type { DeadlinePolicyInput } from './task.inputs';

/** 社区限时办结制度: community 1 working day, township 2, other units 3. */
export const DEFAULT_POLICY: Record<HandlingLevel, number> = { COMMUNITY: 1, TOWNSHIP: 2, OTHER: 3 };

/** The policy rows, one per handling level, with the defaults for levels nobody stored yet. */
export async function loadPolicy(em: EntityManager): Promise<Record<HandlingLevel, number>> {
  const rows = await em.find(DeadlinePolicy, {});
  return { ...DEFAULT_POLICY, ...Object.fromEntries(rows.map((r) => [r.level, r.workingDays])) };
}

/** The policy as rows, in level order. */
export async function deadlinePolicy(ctx: Context): Promise<{ level: HandlingLevel; workingDays: number }[]> {
  const policy = await loadPolicy(ctx.em);
  return Object.values(HandlingLevel).map((level) => ({ level, workingDays: policy[level] }));
}

/** Changes the working days of the given levels (1 to MAX_WORKING_DAYS each); admins only. */
export async function updateDeadlinePolicy(ctx: Context, input: DeadlinePolicyInput) {
  if (!ctx.ability.can('update', 'DeadlinePolicy')) throw forbidden();
  const fields = [
    ['community', HandlingLevel.COMMUNITY, input.community],
    ['township', HandlingLevel.TOWNSHIP, input.township],
    ['other', HandlingLevel.OTHER, input.other],
  ] as const;
  const errors = new FieldErrors();
  const changes: [HandlingLevel, number][] = [];
  for (const [field, level, days] of fields) {
    if (days == null) continue;
    if (days < 1) errors.add(field, 'field.min', { min: 1 });
    else if (days > MAX_WORKING_DAYS) errors.add(field, 'field.deadlineMax', { max: MAX_WORKING_DAYS });
    changes.push([level, days]);
  }
  errors.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const before = await loadPolicy(em);
    for (const [level, workingDays] of changes) {
      await em.execute(
        'insert into deadline_policy (level, working_days) values (?, ?) on conflict (level) do update set working_days = excluded.working_days, version = deadline_policy.version + 1, updated_at = now()',
        [level, workingDays],
      );
    }
    audit(ctx, em, { operation: 'updateDeadlinePolicy', targetType: 'DeadlinePolicy', before, after: { ...before, ...Object.fromEntries(changes) } });
  });
  return deadlinePolicy(ctx);
}
