import { CLOSE_OUT_CATCH_UP_DAYS, closeOutDay, closeOutThrough } from '../../../api/src/modules/grid-report/grid-report.closeout';
import { beijingDate } from '../../../api/src/core/calendar';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const grids: string[] = [];

const SUBMIT = 'mutation($i: GridReportInput!) { submitGridReport(input: $i) { id date status severity channel grid { number } } }';
const SMS = 'mutation($t: String!) { submitGridReportText(text: $t) { date status severity text channel grid { number } } }';
const CALENDAR = 'query($g: ID!, $m: String!) { gridReportCalendar(gridId: $g, month: $m) { month days { date light reports { status } } } }';
const RATES = `query($o: ID, $from: Date!, $to: Date!, $by: TrafficLightGroupBy!) {
  trafficLightRates(orgId: $o, from: $from, to: $to, groupBy: $by) { gridDays green yellow red greenRate yellowRate redRate groups { key label gridDays green yellow red greenRate } }
}`;
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);
const count = async () => (await app.query<{ n: number }>('select count(*)::int as n from grid_report'))[0]!.n;

/** Beijing wall-clock time → ISO instant. */
const bj = (s: string) => new Date(`${s}+08:00`).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['gridworker', 'community', 'county', 'township', 'admin']) tok[u] = await app.login(u);
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('grid1', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1");
  await one('grid2', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 2");
  await one('kangju', "select id::text from org where code = '110118002001'");
  await one('guoyuan', "select id::text from org where code = '110118002000'");
  grids.push(...(await app.query<{ id: string }>('select id::text from grid where org_id = ? order by number', [id.kangju])).map((g) => g.id));
  // February 2024 in 康居社区 (no demo reports there): its first grid reports on time every day except
  // the 3rd (nothing), the 5th (sent the next morning) and the 10th (a petition movement); its second
  // grid reports nothing, but the close-out had frozen the 1st green; the others report nothing.
  const [a, b] = grids as [string, string];
  for (let d = 1; d <= 29; d++) {
    if (d === 3) continue;
    const date = `2024-02-${String(d).padStart(2, '0')}`;
    const at = d === 5 ? bj('2024-02-06T08:00:00') : bj(`${date}T18:00:00`);
    const red = d === 10;
    await app.query(`insert into grid_report (grid_id, org_id, date, status, severity, text, channel, submitted_at) values (?, ?, ?, ?, ?, ?, 'API', ?)`, [
      a,
      id.kangju,
      date,
      red ? 'INCIDENT' : 'SAFE',
      red ? 'PETITION' : null,
      red ? '有进京上访动向' : null,
      at,
    ]);
  }
  await app.query("insert into grid_day_light (grid_id, date, light) values (?, '2024-02-01', 'GREEN')", [b]);
});
afterAll(() => app.stop());

describe('daily grid reports', () => {
  it('require authentication', async () => {
    expect(code(await app.gql(SMS, { t: '1号网格平安' }))).toBe('UNAUTHENTICATED');
  });

  it('take a report for a grid of the caller, today by default', async () => {
    const res = await app.gql(SUBMIT, { i: { gridId: id.grid1, status: 'SAFE' } }, { token: tok.gridworker });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitGridReport).toMatchObject({ date: beijingDate(new Date()), status: 'SAFE', severity: null, channel: 'API', grid: { number: 1 } });
  });

  it('refuse a future date, an incident without text and a grid outside the scope, naming the field and writing nothing', async () => {
    const before = await count();
    const tomorrow = beijingDate(new Date(Date.now() + 86_400_000));
    const future = await app.gql(SUBMIT, { i: { gridId: id.grid1, date: tomorrow, status: 'SAFE' } }, { token: tok.gridworker });
    expect([code(future), fieldsOf(future)]).toEqual(['BAD_USER_INPUT', ['date']]);
    const noText = await app.gql(SUBMIT, { i: { gridId: id.grid1, status: 'INCIDENT' } }, { token: tok.gridworker });
    expect(fieldsOf(noText)).toEqual(['text']);
    const outside = await app.gql(SUBMIT, { i: { gridId: id.grid2, status: 'SAFE' } }, { token: tok.gridworker });
    expect(fieldsOf(outside)).toEqual(['gridId']);
    expect(await count()).toBe(before);
  });

  it('read the SMS format for the caller community', async () => {
    const safe = await app.gql(SMS, { t: '1号网格平安' }, { token: tok.gridworker });
    expect(safe.data.submitGridReportText).toMatchObject({ status: 'SAFE', channel: 'SMS', grid: { number: 1 } });
    const incident = await app.gql(SMS, { t: '1号网格：两户因宅基地发生重大矛盾纠纷' }, { token: tok.gridworker });
    expect(incident.data.submitGridReportText).toMatchObject({ status: 'INCIDENT', severity: 'MAJOR_DISPUTE', text: '两户因宅基地发生重大矛盾纠纷' });
    const secretary = await app.gql(SMS, { t: '3号网格平安' }, { token: tok.community });
    expect(secretary.data.submitGridReportText).toMatchObject({ grid: { number: 3 } });
    const calendar = await app.gql(CALENDAR, { g: id.grid1, m: beijingDate(new Date()).slice(0, 7) }, { token: tok.gridworker });
    const today = calendar.data.gridReportCalendar.days.find((d: { date: string }) => d.date === beijingDate(new Date()));
    expect(today.light).toBe('RED');
  });

  it('refuse SMS texts in another format or naming a grid the community does not have', async () => {
    const before = await count();
    for (const [t, who] of [
      ['99号网格平安', 'gridworker'],
      ['今天平安', 'gridworker'],
      ['2号网格平安', 'gridworker'],
      ['99号网格：有情况', 'community'],
      ['1号网格平安', 'county'],
    ]) {
      const res = await app.gql(SMS, { t }, { token: tok[who!] });
      expect([t, code(res), fieldsOf(res)]).toEqual([t, 'BAD_USER_INPUT', ['text']]);
    }
    expect(await count()).toBe(before);
  });

  it("show a grid's month with traffic lights", async () => {
    const res = await app.gql(CALENDAR, { g: grids[0], m: '2024-02' }, { token: tok.county });
    const days = res.data.gridReportCalendar.days as { date: string; light: string; reports: unknown[] }[];
    expect(days).toHaveLength(29);
    const light = (d: number) => days[d - 1]!.light;
    expect([light(1), light(3), light(5), light(10), light(29)]).toEqual(['GREEN', 'YELLOW', 'YELLOW', 'RED', 'GREEN']);
    expect(days[2]!.reports).toEqual([]);
    expect(code(await app.gql(CALENDAR, { g: grids[0], m: '2024-13' }, { token: tok.county }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(CALENDAR, { g: grids[0], m: '2024-02' }, { token: tok.township }))).toBe('BAD_USER_INPUT');
  });

  it('give green, yellow and red rates per grid and per org subtree with known answers', async () => {
    const feb = { from: '2024-02-01', to: '2024-02-29' };
    const perGrid = await app.gql(RATES, { o: id.kangju, ...feb, by: 'GRID' }, { token: tok.county });
    const rates = perGrid.data.trafficLightRates;
    const others = grids.length - 2;
    const byKey = Object.fromEntries(rates.groups.map((g: { key: string }) => [g.key, g]));
    expect(byKey[grids[0]!]).toMatchObject({ gridDays: 29, green: 26, yellow: 2, red: 1, greenRate: 89.66 });
    expect(byKey[grids[1]!]).toMatchObject({ gridDays: 29, green: 1, yellow: 28, red: 0, greenRate: 3.45 });
    expect(rates).toMatchObject({ gridDays: 29 * grids.length, green: 27, yellow: 30 + 29 * others, red: 1 });
    const perOrg = await app.gql(RATES, { o: id.guoyuan, ...feb, by: 'CHILD_ORG' }, { token: tok.county });
    const kangju = perOrg.data.trafficLightRates.groups.find((g: { key: string }) => g.key === id.kangju);
    expect(kangju).toMatchObject({ gridDays: rates.gridDays, green: 27, yellow: rates.yellow, red: 1 });
    const totals = perOrg.data.trafficLightRates;
    const sum = (f: string) => totals.groups.reduce((n: number, g: Record<string, number>) => n + g[f]!, 0);
    expect([sum('gridDays'), sum('green'), sum('yellow'), sum('red')]).toEqual([totals.gridDays, totals.green, totals.yellow, totals.red]);
  });

  it('stay within the caller scope', async () => {
    const mine = await app.gql(RATES, { from: '2024-02-01', to: '2024-02-29', by: 'GRID' }, { token: tok.gridworker });
    expect(mine.data.trafficLightRates.groups.map((g: { key: string }) => g.key)).toEqual([id.grid1]);
    const outside = await app.gql(RATES, { o: id.kangju, from: '2024-02-01', to: '2024-02-29', by: 'GRID' }, { token: tok.township });
    expect(fieldsOf(outside)).toEqual(['orgId']);
  });

  it('close at the next run the nights a close-out missed, at most a month back', async () => {
    // Autumn 2023, outside every other fixture: nothing closed before it.
    const em = app.orm.em.fork();
    const closedDays = async () =>
      (
        await app.query<{ d: string }>(
          "select distinct to_char(date, 'YYYY-MM-DD') as d from grid_day_light where date between '2023-09-01' and '2023-12-31' order by 1",
        )
      ).map((r) => r.d);
    expect(await closeOutThrough(em, '2023-10-01')).toEqual(['2023-10-01']);
    expect(await closeOutThrough(em, '2023-10-04')).toEqual(['2023-10-02', '2023-10-03', '2023-10-04']);
    // Down for 47 nights: the run closes the last 31 of them.
    const caughtUp = await closeOutThrough(em, '2023-11-20');
    expect(CLOSE_OUT_CATCH_UP_DAYS).toBe(31);
    expect([caughtUp.length, caughtUp[0], caughtUp.at(-1)]).toEqual([31, '2023-10-21', '2023-11-20']);
    expect((await closedDays()).length).toBe(4 + 31);
    expect(await closedDays()).not.toContain('2023-10-20');
    await expect(closeOutThrough(em, '2999-01-01')).rejects.toThrow('close-out: 2999-01-01 is not a day whose cut-off has passed');
  });

  it('freeze a day at close-out, once', async () => {
    // 2024-03-03, outside the February fixture the other tests read: no grid reported that day.
    const [{ n }] = await app.query<{ n: number }>('select count(*)::int as n from grid');
    const em = app.orm.em.fork();
    expect(await closeOutDay(em, '2024-03-03')).toBe(n);
    expect(await closeOutDay(em, '2024-03-03')).toBe(0);
    const [frozen] = await app.query<{ light: string }>("select light from grid_day_light where grid_id = ? and date = '2024-03-03'", [grids[0]]);
    expect(frozen!.light).toBe('YELLOW');
    // A report sent afterwards for that day changes nothing.
    expect((await app.gql(SUBMIT, { i: { gridId: grids[0], date: '2024-03-03', status: 'SAFE' } }, { token: tok.admin })).errors).toBeUndefined();
    const res = await app.gql(CALENDAR, { g: grids[0], m: '2024-03' }, { token: tok.county });
    expect(res.data.gridReportCalendar.days[2]).toMatchObject({ date: '2024-03-03', light: 'YELLOW', reports: [{ status: 'SAFE' }] });
  });
});
