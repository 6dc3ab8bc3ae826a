import { argon2Queue, hashPassword, verifyPassword } from '../../../api/src/modules/auth/password';

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

  it('rests a slot for its share of a hash before the next in line, and not when nobody waits', async () => {
    const { rest, limit } = argon2Queue;
    Object.assign(argon2Queue, { rest: 1, limit: 1 });
    try {
      const took = 60;
      const job = (log: number[]) =>
        argon2Queue.run('hash', async () => {
          log.push(performance.now());
          await new Promise((r) => setTimeout(r, took));
        });
      const starts: number[] = [];
      await Promise.all([job(starts), job(starts)]);
      // the second starts after the first's 60 ms and then a rest of as long again
      expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(2 * took - 5);
      const alone: number[] = [];
      const before = performance.now();
      await job(alone);
      expect(alone[0]! - before).toBeLessThan(took);
      expect(argon2Queue.active).toBe(0);
    } finally {
      Object.assign(argon2Queue, { rest, limit });
    }
  });
});
