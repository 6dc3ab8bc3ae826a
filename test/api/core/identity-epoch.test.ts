import { epochMap, epochRead } from '../../../api/src/core/identity-epoch';

// The epoch is process-wide: each test moves it past any value a previous test read.
let epoch = 1_000_000_000n;
const nextEpoch = () => epochRead(String(++epoch));

describe('epoch maps', () => {
  it('read only the keys they do not hold, in one call, and keep no null', async () => {
    nextEpoch();
    const paths = epochMap<string, string>(10);
    const asked: string[][] = [];
    const read = async (missing: string[]) => {
      asked.push(missing);
      return new Map(missing.filter((k) => k !== 'gone').map((k) => [k, `/${k}/`]));
    };
    expect(await paths.loadMany(['1', '2', 'gone'], read)).toEqual(['/1/', '/2/', null]);
    expect(await paths.loadMany(['2', '3', 'gone'], read)).toEqual(['/2/', '/3/', null]);
    expect(asked).toEqual([
      ['1', '2', 'gone'],
      ['3', 'gone'],
    ]);
    expect(await paths.loadMany(['3'], async () => new Map([['3', 'unread']]))).toEqual(['/3/']);
  });

  it('are emptied by a newer epoch, and keep nothing read while one arrived', async () => {
    nextEpoch();
    const paths = epochMap<string, string>(10);
    const one = (key: string, value: string) => async () => new Map([[key, value]]);
    await paths.loadMany(['1'], one('1', '/1/'));
    nextEpoch();
    expect(await paths.loadMany(['1'], one('1', '/5/1/'))).toEqual(['/5/1/']);
    // a read that overlapped a newer epoch may predate its change: answered, not kept
    expect(
      await paths.loadMany(['2'], async () => {
        nextEpoch();
        return new Map([['2', '/old/']]);
      }),
    ).toEqual(['/old/']);
    expect(await paths.loadMany(['2'], one('2', '/new/'))).toEqual(['/new/']);
  });
});
