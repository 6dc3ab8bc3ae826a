import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('subjects', () => {
  it('require authentication', async () => {
    expect((await app.gql('{ subjects }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('list every subject a rule may name, for any signed-in user', async () => {
    const res = await app.gql('{ subjects }', {}, { token: await app.login('gridworker') });
    // In module order (modules/index.ts).
    expect(res.data.subjects).toEqual([
      'PasswordPolicy',
      'Session',
      'Org',
      'Grid',
      'Role',
      'Dictionary',
      'User',
      'AuditLog',
      'SupervisedPerson',
      'Visit',
      'SupervisionStats',
      'Task',
      'TaskStats',
      'DeadlinePolicy',
      'GridReport',
      'GridReportStats',
    ]);
  });
});
