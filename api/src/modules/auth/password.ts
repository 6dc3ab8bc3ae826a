import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// argon2id (the library's default algorithm) with OWASP's second recommended profile: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

const CORES = availableParallelism();
const SLOTS = Math.max(1, Math.min(2, CORES - 1));
/** Linux keeps a nice value per thread: the hashing threads yield a busy core to requests and PostgreSQL. */
export const HASHING_NICE = 10;
const IDLE_MS = 15_000;

type Job = { op: 'hash'; password: string } | { op: 'verify'; hashed: string; password: string };
type Reply = { value: string | boolean } | { error: string };

const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
try { require('node:os').setPriority(${HASHING_NICE}); } catch {}
const { hashSync, verifySync } = require(${JSON.stringify(require.resolve('@node-rs/argon2'))});
const options = ${JSON.stringify(OPTIONS)};
parentPort.on('message', (job) => {
  try {
    if (job.op === 'hash') parentPort.postMessage({ value: hashSync(job.password, options) });
    else {
      let ok = false;
      try { ok = verifySync(job.hashed, job.password); } catch {}
      parentPort.postMessage({ value: ok });
    }
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message || e) });
  }
});
`;

/**
 * One worker thread at a lower priority, started on first use and ended after IDLE_MS without work. It
 * holds the process open only while it computes.
 */
class HashingThread {
  private worker?: Worker;
  private idleTimer?: NodeJS.Timeout;

  run(job: Job): Promise<string | boolean> {
    clearTimeout(this.idleTimer);
    const worker = (this.worker ??= new Worker(THREAD_SOURCE, { eval: true }));
    worker.ref();
    return new Promise<string | boolean>((resolve, reject) => {
      const settle = (fn: () => void) => {
        worker.off('message', onReply).off('error', onError);
        worker.unref();
        this.idleTimer = setTimeout(() => this.end(worker), IDLE_MS).unref();
        fn();
      };
      const onReply = (reply: Reply) => settle(() => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.value)));
      const onError = (error: Error) => {
        this.worker = undefined;
        settle(() => reject(error));
      };
      worker.on('message', onReply).on('error', onError);
      worker.postMessage(job);
    });
  }

  private end(worker: Worker) {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

/**
 * A storm of sign-ins (or a bulk import) must not starve the request thread: argon2 runs on SLOTS
 * threads of lower priority (one on 2 cores, two above), so the scheduler gives a busy core to
 * requests and PostgreSQL first and the hashes take what is left; the rest wait in line, sign-ins
 * (verifications) ahead of new hashes so an import cannot hold them up.
 */
export const argon2Queue = {
  limit: SLOTS,
  idle: Array.from({ length: SLOTS }, () => new HashingThread()),
  waiting: { verify: [] as ((thread: HashingThread) => void)[], hash: [] as ((thread: HashingThread) => void)[] },
  /** Computations running now: the threads not idle. */
  get active(): number {
    return this.limit - this.idle.length;
  },
  async run(job: Job): Promise<string | boolean> {
    const thread = this.idle.pop() ?? (await new Promise<HashingThread>((take) => this.waiting[job.op].push(take)));
    try {
      return await thread.run(job);
    } finally {
      // The thread passes straight to the next in line, or goes back to the idle ones.
      const next = this.waiting.verify.shift() ?? this.waiting.hash.shift();
      if (next) next(thread);
      else this.idle.push(thread);
    }
  },
};

export const hashPassword = (password: string) => argon2Queue.run({ op: 'hash', password }) as Promise<string>;

export const verifyPassword = (hashed: string, password: string) => argon2Queue.run({ op: 'verify', hashed, password }) as Promise<boolean>;

/** A hash of nothing anyone knows, verified when the username is unknown so both paths take the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(`decoy-${randomInt(1e9)}`));

/** No password is longer: one that is cannot be right, and is not sent to argon2. */
export const PASSWORD_MAX_LENGTH = 128;

/** ≥ 10 characters, three of four character classes, not containing the username. */
export function passwordAcceptable(password: string, username: string): boolean {
  if (password.length < 10 || password.length > PASSWORD_MAX_LENGTH) return false;
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
