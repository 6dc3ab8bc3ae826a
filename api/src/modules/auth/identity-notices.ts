import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The channel the identity triggers notify (Migration20261202151000_identity_notices): `*`, `session:<id>`,
 * `user:<id>`; instances add `beat:<instance>` (heartbeats) and `settled:<instance>:<n>` (see `settled`).
 */
export const IDENTITY_CHANNEL = 'gridgov_identity';

const RECONNECT_MS = 1000;
const HEARTBEAT_MS = 5000;
/** A connection that heard nothing, not even its own heartbeat, for this long is not trusted: it may be silently gone. */
const SILENCE_MS = 3 * HEARTBEAT_MS;

/**
 * One connection per instance LISTENing to the identity channel: PostgreSQL delivers a notice once the
 * change behind it commits, in commit order. `listening` is true only while the connection is up; a
 * lost connection is reopened every second, and `onState` tells whether notices can be trusted.
 */
export class IdentityNotices {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private lastHeard = 0;
  private settledSerial = 0;
  /** Names this instance's heartbeats and settled markers: several instances may share a process (and its pid). */
  private readonly instance = randomBytes(6).toString('hex');
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly url: string,
    private readonly onNotice: (payload: string) => void,
    private readonly onState: (listening: boolean) => void,
  ) {}

  get listening(): boolean {
    return this.client !== null && performance.now() - this.lastHeard < SILENCE_MS;
  }

  /** Resolves once the first connection is listening (or failed: requests then check every time until it is). */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, keepAlive: true, application_name: 'gridgov identity notices' });
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      void client.end().catch(() => {});
      if (this.client === client) {
        this.client = null;
        clearInterval(this.heartbeat);
        this.onState(false);
        this.releaseWaiting();
      }
      if (!this.stopped) this.retry = setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      this.lastHeard = performance.now();
      const payload = n.payload ?? '';
      if (payload.startsWith('beat:')) return;
      const settled = this.waiting.get(payload);
      if (settled) {
        this.waiting.delete(payload);
        settled();
      } else this.onNotice(payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${IDENTITY_CHANNEL}`);
    } catch {
      lost();
      return;
    }
    if (this.stopped) return void client.end().catch(() => {});
    this.client = client;
    this.lastHeard = performance.now();
    this.heartbeat = setInterval(
      () => void client.query('select pg_notify($1, $2)', [IDENTITY_CHANNEL, `beat:${this.instance}`]).catch(lost),
      HEARTBEAT_MS,
    ).unref();
    this.onState(true);
  }

  /**
   * Resolves once every notice of changes committed before this call has been handled: our own notice,
   * committed after them, arrives after them. Immediately when not listening (nothing is cached then).
   */
  async settled(): Promise<void> {
    const client = this.client;
    if (!client || !this.listening) return;
    const payload = `settled:${this.instance}:${++this.settledSerial}`;
    const seen = new Promise<void>((resolve) => this.waiting.set(payload, resolve));
    try {
      await client.query('select pg_notify($1, $2)', [IDENTITY_CHANNEL, payload]);
    } catch (error) {
      this.waiting.delete(payload);
      throw error;
    }
    await seen;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    clearInterval(this.heartbeat);
    this.releaseWaiting();
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      this.onState(false);
      await client.end().catch(() => {});
    }
  }

  /** Without a connection nothing is cached: whoever waits for notices may go on. */
  private releaseWaiting(): void {
    for (const resolve of this.waiting.values()) resolve();
    this.waiting.clear();
  }
}
