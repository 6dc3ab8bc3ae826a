import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { argon2Queue, HASHING_NICE, hashPassword, verifyPassword } from '../../../api/src/modules/auth/password';

/** Samples how many argon2 computations run at once until `work` settles. */
async function peakWhile<T>(work: Promise<T>) {
  let peak = 0;
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    peak = Math.max(peak, argon2Queue.active);
    await new Promise((r) => setTimeout(r, 1));
  }
  return { peak, result: await work };
}

describe('argon2 queue', () => {
  it('runs at most its limit of hashes and verifications at once, and every one answers correctly', async () => {
    const hashed = await hashPassword('Correct#Horse1');
    const { peak, result } = await peakWhile(
      Promise.all([
        ...Array.from({ length: 4 }, (_, i) => verifyPassword(hashed, i % 2 ? 'Correct#Horse1' : 'Wrong#Horse1')),
        ...Array.from({ length: 3 }, () => hashPassword('Another#Pass1')),
      ]),
    );
    expect(peak).toBe(argon2Queue.limit);
    expect(result.slice(0, 4)).toEqual([false, true, false, true]);
    for (const h of result.slice(4)) expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(argon2Queue.active).toBe(0);
  });

  it('serves waiting sign-ins before waiting new hashes', async () => {
    const hashed = await hashPassword('Correct#Horse1');
    const order: string[] = [];
    const busy = Array.from({ length: argon2Queue.limit }, () => hashPassword('Busy#Pass123'));
    const queued = [hashPassword('Import#Pass1').then(() => order.push('hash')), verifyPassword(hashed, 'Correct#Horse1').then(() => order.push('verify'))];
    await Promise.all([...busy, ...queued]);
    expect(order[0]).toBe('verify');
  });

  it('hashes on a thread of lower priority than the request thread, and a malformed hash verifies as false', async () => {
    // A thread listed may have exited before its stat is read (a worker of another pool winding down).
    const niceOf = (tid: string) => {
      try {
        return [Number(readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])];
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    };
    const threadNices = () => readdirSync(`/proc/${process.pid}/task`).flatMap(niceOf);
    const seen = new Set<number>();
    let done = false;
    const hashing = hashPassword('Niced#Pass123').finally(() => (done = true));
    while (!done) {
      for (const nice of threadNices()) seen.add(nice);
      await new Promise((r) => setImmediate(r));
    }
    await hashing;
    expect(HASHING_NICE).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual([0, HASHING_NICE]);
    expect(getPriority()).toBe(0);
    await expect(verifyPassword('not-a-hash', 'Niced#Pass123')).resolves.toBe(false);
  });
});
