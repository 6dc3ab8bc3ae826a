import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import { badField, forbidden } from '../../core/errors';
import { FieldErrors, intRange } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import type { UpdatePasswordPolicyInput } from './auth.inputs';
import { verifyPassword } from './password';
import { PasswordHistory, PasswordPolicy } from './password-policy.entity';

export type PasswordRules = Pick<PasswordPolicy, 'minLength' | 'classes' | 'history' | 'expiryDays' | 'initialExpiryDays' | 'idleTimeoutMinutes'>;

/** What applies until the security administrator saves a policy. */
export const DEFAULT_PASSWORD_RULES: PasswordRules = { minLength: 10, classes: 3, history: 5, expiryDays: 0, initialExpiryDays: 30, idleTimeoutMinutes: 30 };

/** Each setting's range; the idle timeout is also read by the session lookup in SQL (auth/actor.ts). */
const RANGES: Record<keyof PasswordRules, [number, number]> = {
  minLength: [8, 64],
  classes: [1, 4],
  history: [0, 24],
  expiryDays: [0, 3650],
  initialExpiryDays: [1, 365],
  idleTimeoutMinutes: [5, 1440],
};

const pick = (p: PasswordRules): PasswordRules => ({
  minLength: p.minLength,
  classes: p.classes,
  history: p.history,
  expiryDays: p.expiryDays,
  initialExpiryDays: p.initialExpiryDays,
  idleTimeoutMinutes: p.idleTimeoutMinutes,
});

export async function loadPasswordRules(em: EntityManager): Promise<PasswordRules> {
  const stored = await em.findOne(PasswordPolicy, { id: { $ne: null } }, { orderBy: { id: 'asc' } });
  return stored ? pick(stored) : DEFAULT_PASSWORD_RULES;
}

/** The policy as the security administrator sees it (signed-in users may read it: the change-password page states it). */
export const passwordPolicy = async (ctx: Context): Promise<PasswordRules> => loadPasswordRules(ctx.em);

export async function updatePasswordPolicy(ctx: Context, input: UpdatePasswordPolicyInput): Promise<PasswordRules> {
  if (!ctx.ability.can('update', 'PasswordPolicy')) throw forbidden();
  const errors = new FieldErrors();
  for (const [key, [min, max]] of Object.entries(RANGES) as [keyof PasswordRules, [number, number]][]) {
    if (input[key] != null) intRange(errors, key, input[key], min, max);
  }
  errors.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const stored = await em.findOne(PasswordPolicy, { id: { $ne: null } }, { orderBy: { id: 'asc' } });
    const before = stored ? pick(stored) : DEFAULT_PASSWORD_RULES;
    const after = pick({ ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) } as PasswordRules);
    if (stored) em.assign(stored, after);
    else em.create(PasswordPolicy, after as never);
    audit(ctx, em, { operation: 'updatePasswordPolicy', targetType: 'PasswordPolicy', ...diff(before as never, after as never) });
    return after;
  });
}

/** Refuses a new password that breaks the policy: length, character classes, the username inside it. */
export function assertPasswordFits(rules: PasswordRules, password: string, username: string, field: string): void {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  const bad =
    password.length < rules.minLength ||
    password.length > 128 ||
    classes < rules.classes ||
    (!!username && password.toLowerCase().includes(username.toLowerCase()));
  if (bad) throw badField(field, 'field.passwordPolicy', { min: rules.minLength, classes: rules.classes });
}

/** Refuses a password equal to the current one or, with a history of N, to any of the last N (the current included; their hashes are kept). */
export async function assertNotReused(
  em: EntityManager,
  rules: PasswordRules,
  userId: string,
  currentHash: string,
  password: string,
  field: string,
): Promise<void> {
  const earlier = rules.history > 1 ? await em.find(PasswordHistory, { user: userId }, { orderBy: { id: 'desc' }, limit: rules.history - 1 }) : [];
  const hashes = [currentHash, ...earlier.map((h) => h.passwordHash)];
  for (const hash of hashes)
    if (await verifyPassword(hash, password)) throw badField(field, rules.history > 1 ? 'field.passwordReused' : 'field.passwordSame', { n: rules.history });
}

/** Keeps the hash of a password being replaced, and drops what the longest history setting no longer needs. */
export async function rememberPassword(em: EntityManager, userId: string, oldHash: string): Promise<void> {
  await em.insert(PasswordHistory, { user: userId, passwordHash: oldHash } as never);
  await em.execute(
    'delete from password_history where user_id = ? and id not in (select id from password_history where user_id = ? order by id desc limit ?)',
    [userId, userId, RANGES.history[1]],
  );
}
