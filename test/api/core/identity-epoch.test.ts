import { epochMap, epochRead, type OnDatabase } from '../../../api/src/core/identity-epoch';

/** A database of its own for each test: epochs are numbered per database. */
const database = (): OnDatabase => ({ config: {} });

describe('epoch maps', () => {
  it('read only the keys they do not hold, in one call, and keep no null', async () => {
    const db = database();
    epochRead(db, '1');
    const paths = epochMap<string, string>(10);
    const asked: string[][] = [];
    const read = async (missing: string[]) => {
      asked.push(missing);
      return new Map(missing.filter((k) => k !== 'gone').map((k) => [k, `/${k}/`]));
    };
    expect(await paths.loadMany(db, ['1', '2', 'gone'], read)).toEqual(['/1/', '/2/', null]);
    expect(await paths.loadMany(db, ['2', '3', 'gone'], read)).toEqual(['/2/', '/3/', null]);
    expect(asked).toEqual([
      ['1', '2', 'gone'],
      ['3', 'gone'],
    ]);
    expect(await paths.loadMany(db, ['3'], async () => new Map([['3', 'unread']]))).toEqual(['/3/']);
  });

  it('are emptied by a newer epoch, and keep nothing read while one arrived', async () => {
    const db = database();
    epochRead(db, '7');
    const paths = epochMap<string, string>(10);
    const one = (key: string, value: string) => async () => new Map([[key, value]]);
    await paths.loadMany(db, ['1'], one('1', '/1/'));
    epochRead(db, '6');
    expect(await paths.loadMany(db, ['1'], one('1', '/6/1/'))).toEqual(['/1/']);
    epochRead(db, '8');
    expect(await paths.loadMany(db, ['1'], one('1', '/5/1/'))).toEqual(['/5/1/']);
    // a read that overlapped a newer epoch may predate its change: answered, not kept
    expect(
      await paths.loadMany(db, ['2'], async () => {
        epochRead(db, '9');
        return new Map([['2', '/old/']]);
      }),
    ).toEqual(['/old/']);
    expect(await paths.loadMany(db, ['2'], one('2', '/new/'))).toEqual(['/new/']);
  });

  it('keep each database apart: an epoch read on one neither empties nor fills the other', async () => {
    const [a, b] = [database(), database()];
    const paths = epochMap<string, string>(10);
    epochRead(a, '50');
    epochRead(b, '3');
    expect(await paths.loadMany(a, ['1'], async () => new Map([['1', '/a/1/']]))).toEqual(['/a/1/']);
    expect(await paths.loadMany(b, ['1'], async () => new Map([['1', '/b/1/']]))).toEqual(['/b/1/']);
    // b's epoch moves past its own, though far below a's: b's facts go, a's stay
    epochRead(b, '4');
    expect(await paths.loadMany(b, ['1'], async () => new Map([['1', '/b/2/1/']]))).toEqual(['/b/2/1/']);
    expect(await paths.loadMany(a, ['1'], async () => new Map([['1', 'unread']]))).toEqual(['/a/1/']);
  });
});
