import { parseOrigins } from './core/cors';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The checkout: the nearest folder above this file with a package.json (the same from api/src and dist/api/src). */
function findRoot(dir: string): string {
  return existsSync(join(dir, 'package.json')) ? dir : findRoot(dirname(dir));
}
export const ROOT_DIR = findRoot(__dirname);

export interface Config {
  port: number;
  host: string;
  /** Unset: the app runs its own embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  embeddedPgPort?: number;
  dataDir: string;
  authSecret: string;
  tokenTtlHours: number;
  /** Sign-in attempts one address, and password changes one account, may make per minute (shared by every instance). */
  loginRatePerMinute: number;
  /** express's `trust proxy`: which proxies may name the client address in X-Forwarded-For. */
  trustProxy: boolean | number | string;
  seed: 'demo' | 'none';
  adminDist: string;
  /** Longest a single SQL statement of an API request may run (PostgreSQL statement_timeout). */
  statementTimeoutMs: number;
  /** Who may run introspection queries: signed-in callers (default), anyone, or nobody. */
  introspection: Introspection;
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins: string[];
}

export type Introspection = 'signed-in' | 'public' | 'off';
const INTROSPECTION: Introspection[] = ['signed-in', 'public', 'off'];

function int(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** TRUST_PROXY: unset or "false" trusts no proxy; "true" any; a number that many hops; else addresses/subnets ("loopback, 10.0.0.0/8"). */
function trustProxy(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  return /^[0-9]+$/.test(v) ? Number(v) : v;
}

/** A secret shared by every API instance: AUTH_SECRET, or one generated once and kept under the data dir. */
function authSecret(dataDir: string, given?: string): string {
  if (given) {
    if (given.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
    return given;
  }
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? join(ROOT_DIR, '.data'));
  const seed = env.SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') throw new Error(`SEED must be "demo" or "none", got "${seed}"`);
  const introspection = (env.INTROSPECTION || 'signed-in') as Introspection;
  if (!INTROSPECTION.includes(introspection)) throw new Error(`INTROSPECTION must be one of ${INTROSPECTION.join(', ')}, got "${introspection}"`);
  const statementTimeoutMs = int('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 10_000)!;
  if (statementTimeoutMs < 100) throw new Error('STATEMENT_TIMEOUT_MS must be at least 100');
  return {
    port: int('PORT', env.PORT, 4000)!,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPgPort: int('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT),
    dataDir,
    authSecret: authSecret(dataDir, env.AUTH_SECRET),
    tokenTtlHours: int('TOKEN_TTL_HOURS', env.TOKEN_TTL_HOURS, 12)!,
    loginRatePerMinute: int('LOGIN_RATE_PER_MINUTE', env.LOGIN_RATE_PER_MINUTE, 30)!,
    trustProxy: trustProxy(env.TRUST_PROXY),
    seed,
    adminDist: join(ROOT_DIR, 'admin', 'dist'),
    statementTimeoutMs,
    introspection,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
  };
}
