import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';

// argon2id (the library's default algorithm) with OWASP's second recommended profile: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

const CORES = availableParallelism();
const SLOTS = Math.max(1, Math.min(2, CORES - 1));

/**
 * Hashing runs on libuv's worker threads; unbounded, a storm of sign-ins (or a bulk import) takes every
 * core and starves the request thread. At most `limit` run at once, leaving a core to everything else;
 * the rest wait in line, sign-ins (verifications) ahead of new hashes so an import cannot hold them up.
 * Where those slots are half the machine or more, a slot with a line waiting rests half a hash's time
 * before the next: on 2 cores a storm then takes two thirds of a core, not a whole one of the two
 * (interleaved runs of bench:compare's storm against one server: Q3's p99 during 200 sign-ins 76–90 ms
 * instead of 103–210 ms; the 200 take 15 s instead of 10).
 */
export const argon2Queue = {
  limit: SLOTS,
  rest: SLOTS * 2 >= CORES ? 0.5 : 0,
  active: 0,
  waiting: { verify: [] as (() => void)[], hash: [] as (() => void)[] },
  async run<T>(lane: 'verify' | 'hash', work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((start) => this.waiting[lane].push(start));
    else this.active++;
    const started = performance.now();
    try {
      return await work();
    } finally {
      // The slot passes to the next in line (active stays counted), or is freed. While a line waits,
      // the slot rests `rest` × the hash's time first, so a storm takes at most 1 / (1 + rest) of its core.
      const next = this.waiting.verify.shift() ?? this.waiting.hash.shift();
      if (!next) this.active--;
      else if (this.rest > 0) setTimeout(next, (performance.now() - started) * this.rest);
      else next();
    }
  },
};

export const hashPassword = (password: string) => argon2Queue.run('hash', () => hash(password, OPTIONS));

export const verifyPassword = (hashed: string, password: string) => argon2Queue.run('verify', () => verify(hashed, password).catch(() => false));

/** A hash of nothing anyone knows, verified when the username is unknown so both paths take the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(`decoy-${randomInt(1e9)}`));

/** ≥ 10 characters, three of four character classes, not containing the username. */
export function passwordAcceptable(password: string, username: string): boolean {
  if (password.length < 10 || password.length > 128) return false;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

/** A one-time password that itself passes the policy: 16 characters from all four classes. */
export function generatePassword(): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+=@^'];
  const chars = Array.from({ length: 16 }, (_, i) => {
    const set = sets[i % sets.length]!;
    return set[randomInt(set.length)]!;
  });
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
