import { isFutureDay } from '../../../api/src/modules/person/person.validation';
import { startTestApp, type TestApp } from '../../support/app';
import { rows } from '../../support/rows';

/** 00:30 on 2 December in Beijing is still 1 December in UTC: a visit recorded then is dated today, not tomorrow. */
const HALF_PAST_MIDNIGHT_BEIJING = new Date('2026-12-01T16:30:00Z');

describe('isFutureDay', () => {
  it('counts days in Beijing time', () => {
    expect(isFutureDay('2026-12-02', HALF_PAST_MIDNIGHT_BEIJING)).toBe(false);
    expect(isFutureDay('2026-12-01', HALF_PAST_MIDNIGHT_BEIJING)).toBe(false);
    expect(isFutureDay('2026-12-03', HALF_PAST_MIDNIGHT_BEIJING)).toBe(true);
  });

  it('turns at midnight in Beijing, 16:00 UTC', () => {
    expect(isFutureDay('2026-12-02', new Date('2026-12-01T15:59:59.999Z'))).toBe(true);
    expect(isFutureDay('2026-12-02', new Date('2026-12-01T16:00:00Z'))).toBe(false);
  });
});

describe('the API with the clock at 00:30 Beijing time', () => {
  let app: TestApp;
  let admin: string;
  let personId: string;
  let community: string;
  const VISIT = 'mutation($i: CreateVisitInput!) { createVisit(input: $i) { id date } }';

  beforeAll(async () => {
    app = await startTestApp();
    // Signed in on the real clock: the session's expiry is compared with the database's now().
    admin = await app.login('admin');
    const r = rows(app);
    const [county] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
    community = await r.org(await r.org(county!.id, 'TOWNSHIP'), 'COMMUNITY');
    personId = await r.person({ orgId: community, gridId: await r.grid(community) });
  });
  afterAll(() => app.stop());
  afterEach(() => jest.useRealTimers());

  // Only Date is faked: the server, the database driver and fetch keep their real timers.
  const fixClock = () =>
    jest.useFakeTimers({
      now: HALF_PAST_MIDNIGHT_BEIJING,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'clearImmediate',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });

  it('createVisit accepts a visit dated today there and refuses tomorrow', async () => {
    fixClock();
    const today = await app.gql(VISIT, { i: { personId, date: '2026-12-02', kind: 'TALK' } }, { token: admin });
    expect(today.errors).toBeUndefined();
    expect(today.data.createVisit.date).toBe('2026-12-02');
    // The server saw the fixed clock: its audit entry is stamped with it.
    const stamps = await app.query<{ at: string }>(
      "select to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as at from audit_log where operation = 'createVisit' and target_id = ?",
      [today.data.createVisit.id],
    );
    expect(stamps).toEqual([{ at: '2026-12-01 16:30:00' }]);

    const tomorrow = await app.gql(VISIT, { i: { personId, date: '2026-12-03', kind: 'TALK' } }, { token: admin, lang: 'en' });
    expect(tomorrow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date', message: 'must not be after today' }] });
    expect(await app.query('select date from visit where person_id = ?', [personId])).toHaveLength(1);
  });

  it('exportSupervisedPeople names its file with the day in Beijing', async () => {
    fixClock();
    const res = await app.gql('query($o: ID!) { exportSupervisedPeople(filter: { orgId: $o }) { filename } }', { o: community }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.exportSupervisedPeople.filename).toBe('重点人员-2026-12-02.xlsx');
  });
});
