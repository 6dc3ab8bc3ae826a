import { createClient } from './client';
import { GridTasks, Inbox, Login, MyGrids } from './operations';

export interface GridworkerView {
  name: string;
  org: string | null;
  grids: { number: number; name: string; households: number | null; population: number | null; workers: string[] }[];
  /** Tasks the caller can act on now (`mine`): empty for a grid worker, who reports and follows but does not handle. */
  inbox: { total: number; tasks: TaskLine[] };
  /** The open events of the caller's first grid, newest first. */
  gridTasks: { total: number; tasks: TaskLine[] };
}

export interface TaskLine {
  title: string;
  status: string;
  deadline: string | null;
  handler: string | null;
  allowedActions: string[];
}

const line = (t: { title: string; status: string; deadline?: string | null; handlerOrg?: { name: string } | null; allowedActions: string[] }): TaskLine => ({
  title: t.title,
  status: t.status,
  deadline: t.deadline ?? null,
  handler: t.handlerOrg?.name ?? null,
  allowedActions: t.allowedActions,
});

/** Signs in and reads what a grid worker's home screen shows: its grid and its inbox. */
export async function gridworkerView(baseUrl: string, username: string, password: string): Promise<GridworkerView> {
  const client = createClient(baseUrl);
  const { login } = await client.request(Login, { username, password });
  client.useToken(login.token);
  const { me } = await client.request(MyGrids, {});
  const { tasks: inbox } = await client.request(Inbox, { limit: 20 });
  const grid = me.grids[0];
  const gridTasks = grid ? (await client.request(GridTasks, { gridId: grid.id, limit: 20 })).tasks : { total: 0, items: [] };
  return {
    name: me.name,
    org: me.org?.name ?? null,
    grids: me.grids.map((g) => ({
      number: g.number,
      name: g.name,
      households: g.households ?? null,
      population: g.population ?? null,
      workers: g.workers.map((w) => w.name),
    })),
    inbox: { total: inbox.total, tasks: inbox.items.map(line) },
    gridTasks: { total: gridTasks.total, tasks: gridTasks.items.map(line) },
  };
}

function print(view: GridworkerView): void {
  console.log(`${view.name} · ${view.org ?? ''}`);
  for (const g of view.grids) console.log(`  网格 ${g.number} ${g.name}: ${g.households ?? '?'} 户 ${g.population ?? '?'} 人; 网格员 ${g.workers.join('、')}`);
  const show = (t: TaskLine) =>
    console.log(`  [${t.status}] ${t.title}  承办 ${t.handler ?? '—'}  截止 ${t.deadline ?? '—'}  可做 ${t.allowedActions.join(', ') || '—'}`);
  console.log(`待我处理 ${view.inbox.total} 件`);
  view.inbox.tasks.forEach(show);
  console.log(`本网格未办结 ${view.gridTasks.total} 件`);
  view.gridTasks.tasks.forEach(show);
}

// `npm run example`: against a running demo (`npm run dev`); GRIDGOV_URL, GRIDGOV_USER and GRIDGOV_PASSWORD override the defaults.
if (require.main === module) {
  const env = process.env;
  gridworkerView(env.GRIDGOV_URL ?? 'http://127.0.0.1:4000', env.GRIDGOV_USER ?? 'gridworker', env.GRIDGOV_PASSWORD ?? 'Demo#2026').then(print, (e: Error) => {
    console.error(`${e.name}: ${e.message}`);
    process.exitCode = 1;
  });
}
