import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** Counters kept in PostgreSQL (table rate_limit.counter), so every API instance shares them. */
declare module '../../core/context' {
  interface AuthSettings {
    limits: AuthLimits;
  }
}

export interface AuthLimits {
  /** Sign-in attempts per client address per minute. */
  address: RateLimiterPostgres;
  /** Failed sign-ins per username, existing or not: MAX_FAILED_LOGINS within LOCK_MINUTES lock it for LOCK_MINUTES. */
  failures: RateLimiterPostgres;
  /** Password-change attempts per account per minute. */
  passwordChange: RateLimiterPostgres;
}

export function authLimits(knex: Knex, perMinute: number): AuthLimits {
  const store = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      schemaName: 'rate_limit',
      tableName: 'counter',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    });
  return {
    address: store('login-address', perMinute, 60),
    failures: store('login-failure', MAX_FAILED_LOGINS, LOCK_MINUTES * 60),
    passwordChange: store('password-change', perMinute, 60),
  };
}

/** Counts one point for `key` in one atomic SQL upsert; `over` when that went past the limit. */
export async function countHit(limiter: RateLimiterPostgres, key: string): Promise<{ consumed: number; over: boolean; msBeforeNext: number }> {
  let res: RateLimiterRes;
  try {
    res = await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    res = e;
  }
  return { consumed: res.consumedPoints, over: res.consumedPoints > limiter.points, msBeforeNext: res.msBeforeNext };
}
