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
    expect(await paths.load('3', async () => 'unread')).toBe('/3/');
  });

  it('are emptied by a newer epoch, and keep nothing read while one arrived', async () => {
    nextEpoch();
    const paths = epochMap<string, string>(10);
    await paths.load('1', async () => '/1/');
    nextEpoch();
    expect(await paths.load('1', async () => '/5/1/')).toBe('/5/1/');
    // a read that overlapped a newer epoch may predate its change: answered, not kept
    expect(
      await paths.load('2', async () => {
        nextEpoch();
        return '/old/';
      }),
    ).toBe('/old/');
    expect(await paths.load('2', async () => '/new/')).toBe('/new/');
  });
});
