import { findReadOnly, readOnlyRows, withRelation } from '../../../api/src/core/rows';
import { Grid } from '../../../api/src/modules/grid/grid.entity';
import { Task } from '../../../api/src/modules/task/task.entity';
import { Org } from '../../../api/src/modules/org/org.entity';
import { User } from '../../../api/src/modules/user/user.entity';
import { createGrid } from '../../support/factories';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let admin: string;
let community: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  [{ id: community }] = (await app.query<{ id: string }>("select id::text from org where code = '110118001002'")) as [{ id: string }];
});
afterAll(() => app.stop());

describe('read-only rows', () => {
  it('are instances of the entity with converted properties, relations holding only the id, outside the unit of work', async () => {
    const made = await createGrid(app, admin, { orgId: community, number: 4321, name: '只读网格' });
    const em = app.orm.em.fork();
    const [grid] = await findReadOnly(em, Grid, { id: made.id });
    expect(grid).toBeInstanceOf(Grid);
    expect({ id: grid!.id, number: grid!.number, name: grid!.name, level: grid!.level, parent: grid!.parent }).toEqual({
      id: made.id,
      number: 4321,
      name: '只读网格',
      level: 1,
      parent: null,
    });
    expect(grid!.createdAt).toBeInstanceOf(Date);
    expect(grid!.org).toBeInstanceOf(Org);
    expect({ ...grid!.org }).toEqual({ id: community });
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    // Changing one is a plain assignment: nothing is tracked, so nothing could be flushed.
    grid!.name = '改名';
    await em.flush();
    expect((await app.query<{ name: string }>('select name from grid where id = ?', [made.id]))[0]!.name).toBe('只读网格');
  });

  it('fill the relations named in populate with whole records, one statement per related entity', async () => {
    const [task] = await app.query<{ id: string; org_id: string; handler_org_id: string }>(
      'select id::text, org_id::text, handler_org_id::text from task where handler_org_id is not null and handler_org_id <> org_id order by id limit 1',
    );
    const [org, handler] = await app.query<{ path: string }>('select path from org where id in (?, ?) order by id = ? desc', [
      task!.org_id,
      task!.handler_org_id,
      task!.org_id,
    ]);
    app.sql.count = 0;
    const [row] = await findReadOnly(app.orm.em.fork(), Task, { id: task!.id }, { populate: ['org', 'handlerOrg'] });
    expect(app.sql.count).toBe(2);
    expect([row!.org.path, row!.handlerOrg!.path]).toEqual([org!.path, handler!.path]);
    expect(row!.handlerOrg).toBeInstanceOf(Org);
    await expect(findReadOnly(app.orm.em.fork(), Task, { id: task!.id }, { populate: ['title'] })).rejects.toThrow(
      'Task.title is not a relation to one record',
    );
  });

  it('read a relation holding only the id when asked (withRelation), and keep one read with the row', async () => {
    const em = app.orm.em.fork();
    const [grid] = await findReadOnly(em, Grid, { org: community, number: 1 });
    const [{ path }] = (await app.query<{ path: string }>('select path from org where id = ?', [community])) as [{ path: string }];
    app.sql.count = 0;
    expect((await withRelation(em, grid!, 'org')).org.path).toBe(path);
    expect(await withRelation(em, grid!, 'org')).toBe(grid);
    expect(app.sql.count).toBe(1);
  });

  it('map raw columns to properties (snake_case to camelCase, collections uninitialized)', async () => {
    const em = app.orm.em.fork();
    const raw = await em.execute<Record<string, unknown>[]>("select * from user_account where username = 'gridworker'");
    const [user] = readOnlyRows(em, User, raw);
    expect(user).toBeInstanceOf(User);
    expect(user!.username).toBe('gridworker');
    expect(user!.mustChangePassword).toBe(raw[0]!.must_change_password);
    expect(user!.org.id).toBe(String(raw[0]!.org_id));
    expect(user!.roles.isInitialized()).toBe(false);
  });
});
