import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { startTestApp, type GqlResult, type TestApp } from '../../support/app';

/** Two instances on one database behind a proxy on this host: four sign-ins per client address per minute. */
let app: TestApp;
let second: Awaited<ReturnType<TestApp['startInstance']>>;
beforeAll(async () => {
  app = await startTestApp({ loginRatePerMinute: 4, trustProxy: 'loopback' });
  second = await app.startInstance();
});
afterAll(async () => {
  await second.stop();
  await app.stop();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions.code;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('two instances on one database', () => {
  it('share the sign-in limit of a client address', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 ? second : app;
      codes.push(codeOf(await instance.gql(LOGIN, { u: `nobody-${i}`, p: 'wrong' }, from('198.51.100.1'))));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('share the failure count of a username, unknown ones too', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 ? second : app;
      codes.push(codeOf(await instance.gql(LOGIN, { u: 'ghost', p: `wrong-${i}` }, from(`198.51.100.${10 + (i % 3)}`))));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('share the limit on password changes of an account', async () => {
    const token = (await app.gql(LOGIN, { u: 'community', p: DEMO_PASSWORD }, from('198.51.100.20'))).data.login.token;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 ? second : app;
      codes.push(codeOf(await instance.gql(CHANGE, { o: DEMO_PASSWORD, n: 'weak' }, { token, ...from(`198.51.100.${21 + i}`) })));
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('TRUST_PROXY', () => {
  it('takes the client address a trusted proxy forwards, for limits and audit entries', async () => {
    for (let i = 0; i < 4; i++) await app.gql(LOGIN, { u: `visitor-${i}`, p: 'wrong' }, from('203.0.113.7'));
    expect(codeOf(await app.gql(LOGIN, { u: 'visitor-4', p: 'wrong' }, from('203.0.113.7')))).toBe('RATE_LIMITED');
    expect(codeOf(await app.gql(LOGIN, { u: 'visitor-5', p: 'wrong' }, from('203.0.113.8')))).toBe('UNAUTHENTICATED');
    const rows = await app.query<{ username: string; ip: string }>(
      "select username, ip from audit_log where username in ('visitor-0', 'visitor-5') order by username",
    );
    expect(rows).toEqual([
      { username: 'visitor-0', ip: '203.0.113.7' },
      { username: 'visitor-5', ip: '203.0.113.8' },
    ]);
  });

  it('is off by default: a forwarded address is ignored', async () => {
    const plain = await startTestApp();
    try {
      await plain.gql(LOGIN, { u: 'visitor', p: 'wrong' }, from('203.0.113.9'));
      expect(await plain.query("select ip from audit_log where username = 'visitor'")).toEqual([{ ip: '127.0.0.1' }]);
    } finally {
      await plain.stop();
    }
  });
});
