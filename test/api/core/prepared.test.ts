import { executeRead, positional } from '../../../api/src/core/prepared';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('reads as prepared statements', () => {
  it('number the placeholders outside quoted literals and identifiers', () => {
    expect(positional(`select '?', "a?b", ?, 'it''s ?' from t where x = ?`, 2)).toBe(`select '?', "a?b", $1, 'it''s ?' from t where x = $2`);
    expect(positional('select ? , ?', 3)).toBeNull();
  });

  it('keep answering after a migration changes the table under them (the prepared text is prepared anew)', async () => {
    const read = () =>
      executeRead<{ name: string; extra?: number | null }>(app.orm.em.fork(), { sql: 'select t.* from org t where t.code = ?', params: ['110118001002'] });
    for (let i = 0; i < 5; i++) expect((await read()).map((r) => r.name)).toEqual(['鼓楼社区居民委员会']);
    await app.query('alter table org add column extra integer default 7');
    for (let i = 0; i < 5; i++) expect((await read()).map((r) => [r.name, r.extra])).toEqual([['鼓楼社区居民委员会', 7]]);
  });

  it('report a failing statement as MikroORM reports its own', async () => {
    await expect(executeRead(app.orm.em.fork(), { sql: 'select t.* from org t where t.id = ?', params: ['not a number'] })).rejects.toMatchObject({
      name: 'DriverException',
      code: '22P02',
    });
  });
});
