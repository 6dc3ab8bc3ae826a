import type { EntityManager } from '@mikro-orm/postgresql';
import { callerFor, type Caller } from '../../core/context';
import { epochRead } from '../../core/identity-epoch';
import type { Registry } from '../../core/registry';
import type { Actor, DataScope, RawRule } from '../../core/rules';
import { IdentityNotices } from './identity-notices';
import { DEFAULT_PASSWORD_RULES } from './password-policy.service';

interface UserRow {
  id: string;
  username: string;
  must_change_password: boolean;
  org_id: string;
  org_path: string;
  org_level: string;
}

const USER_COLUMNS = 'u.id::text, u.username, u.must_change_password, o.id::text as org_id, o.path as org_path, o.level as org_level';

/** The signed-in caller of a request, and its account's row as read with the session (for `me`). */
export interface SessionCaller {
  caller: Caller;
  account: Record<string, unknown>;
}

/** How long a checked session is taken on trust at most: its last use is written about once a minute. */
const TRUSTED_MS = 60_000;

interface CachedSession {
  epoch: string;
  signedIn: SessionCaller;
  userId: string;
  /** The generation of the cache it was checked in; `forgetAll` moves to the next. */
  generation: number;
  /** performance.now() until which it needs no statement (≤ TRUSTED_MS, before expiry and the idle timeout); 0 once a notice touched it. */
  trustedUntil: number;
}

/**
 * The callers of live sessions, each built once and kept until anything it is built from changes.
 * A request reads its session (revoked, expired, idle), the account and the identity epoch (bumped by
 * triggers whenever an account, its roles or grids, a role, a grid's org or an org's place changes) in
 * one statement, and rebuilds the caller only when the epoch moved. While this instance LISTENs to the
 * identity notices (IdentityNotices), a checked session is trusted for up to a minute without that
 * statement: a change anywhere notifies at commit and distrusts what it touches (a session, an account's
 * sessions, or everything), and a mutation answered by this instance distrusts everything before its
 * response leaves, so its own caller's next request sees it. Without the connection, every request checks.
 */
export class SessionCallers {
  private readonly cache = new Map<string, CachedSession>();
  private generation = 0;
  /** Notices handled so far: a check that overlapped one is not trusted (it may predate the change). */
  private noticesSeen = 0;
  private notices: IdentityNotices | null = null;

  constructor(
    private readonly registry: Registry,
    private readonly capacity = 10_000,
  ) {}

  /** Starts listening to the identity notices at `url` (the database's); until then, and whenever the connection is lost, every request checks. */
  async listen(url: string): Promise<void> {
    this.notices = new IdentityNotices(
      url,
      (payload) => this.notice(payload),
      () => this.forgetAll(),
    );
    await this.notices.start();
  }

  /** Resolves once the notices of every change committed before the call have been applied (see IdentityNotices.settled). */
  settled(): Promise<void> {
    return this.notices?.settled() ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.notices?.stop();
  }

  /** Nothing cached before now is trusted without a statement. */
  forgetAll(): void {
    this.generation++;
    this.noticesSeen++;
  }

  private notice(payload: string): void {
    const [kind, id] = payload.split(':');
    // Another instance's marker changes nothing; anything but a session or an account distrusts everything.
    if (kind === 'settled') return;
    if (kind !== 'session' && kind !== 'user') return this.forgetAll();
    this.noticesSeen++;
    for (const [sessionId, entry] of this.cache) if (kind === 'session' ? sessionId === id : entry.userId === id) entry.trustedUntil = 0;
  }

  async get(em: EntityManager, sessionId: string): Promise<SessionCaller | null> {
    const hit = this.cache.get(sessionId);
    if (hit && this.notices?.listening && hit.generation === this.generation && performance.now() < hit.trustedUntil) return hit.signedIn;
    const generation = this.generation;
    const noticesSeen = this.noticesSeen;
    // One statement: the session must be live and not idle past the password policy's timeout (default
    // DEFAULT_PASSWORD_RULES), its last use is written at most once a minute, and the epoch comes along.
    const [row] = await em.execute<Record<string, unknown>[]>(
      `with policy as (
         select coalesce((select idle_timeout_minutes from password_policy order by id limit 1), ${DEFAULT_PASSWORD_RULES.idleTimeoutMinutes}) as idle
       ), live as (
         select s.id, s.user_id, s.expires_at, s.last_seen_at is null or s.last_seen_at < now() - interval '1 minute' as stale,
                coalesce(s.last_seen_at, s.created_at) as seen
           from user_session s, policy
          where s.id = ? and s.revoked_at is null and s.expires_at > now()
            and coalesce(s.last_seen_at, s.created_at) > now() - make_interval(mins => policy.idle)
       ), touched as (
         update user_session set last_seen_at = now() where id in (select id from live where stale)
       )
       select u.*, o.path as session_org_path, o.level as session_org_level, e.n::text as session_epoch,
              -- how long this check may be trusted, in ms: until expiry, or until idle from the use written now
              least(extract(epoch from s.expires_at - now()), policy.idle * 60 - extract(epoch from now() - case when s.stale then now() else s.seen end)) * 1000
                as session_trust_ms
         from live s join user_account u on u.id = s.user_id join org o on o.id = u.org_id cross join identity.epoch e cross join policy`,
      [sessionId],
    );
    if (!row) {
      this.cache.delete(sessionId);
      return null;
    }
    const { session_org_path, session_org_level, session_epoch, session_trust_ms, ...account } = row;
    const epoch = session_epoch as string;
    epochRead(epoch);
    const known = this.cache.get(sessionId);
    const caller =
      known?.epoch === epoch
        ? known.signedIn.caller
        : callerFor(
            this.registry,
            await completeActor(em, {
              id: String(account.id),
              username: account.username as string,
              must_change_password: account.must_change_password as boolean,
              org_id: String(account.org_id),
              org_path: session_org_path as string,
              org_level: session_org_level as string,
            }),
          );
    const signedIn = { caller, account };
    this.cache.delete(sessionId);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    // A check that overlapped a notice may predate its change: its caller is kept for the epoch, not trusted.
    const trusted = generation === this.generation && noticesSeen === this.noticesSeen;
    const trustedUntil = trusted ? performance.now() + Math.min(TRUSTED_MS, Number(session_trust_ms)) : 0;
    this.cache.set(sessionId, { epoch, signedIn, userId: String(account.id), generation, trustedUntil });
    return signedIn;
  }
}

export async function loadActor(em: EntityManager, userId: string): Promise<Actor | null> {
  const [user] = await em.execute<UserRow[]>(`select ${USER_COLUMNS} from user_account u join org o on o.id = u.org_id where u.id = ?`, [userId]);
  return user ? completeActor(em, user) : null;
}

async function completeActor(em: EntityManager, user: UserRow): Promise<Actor> {
  const [roles, grids, roots] = await Promise.all([
    em.execute<{ id: string; code: string; scope: DataScope; rules: RawRule[] }[]>(
      'select r.id::text, r.code, r.scope, r.rules from role r join user_role ur on ur.role_id = r.id where ur.user_id = ? order by r.id',
      [user.id],
    ),
    em.execute<{ id: string; org_id: string }[]>('select g.id::text, g.org_id::text from grid g join user_grid ug on ug.grid_id = g.id where ug.user_id = ?', [
      user.id,
    ]),
    // A department serves the administrative org above it: its scopes are anchored there.
    user.org_level === 'DEPARTMENT'
      ? em.execute<{ id: string; path: string }[]>(
          `select id::text, path from org where id in (${ancestorIds(user.org_path)
            .map(() => '?')
            .join(',')}) and level <> 'DEPARTMENT' order by length(path) desc limit 1`,
          ancestorIds(user.org_path),
        )
      : Promise.resolve([{ id: user.org_id, path: user.org_path }]),
  ]);
  const root = roots[0] ?? { id: user.org_id, path: user.org_path };
  return {
    id: user.id,
    username: user.username,
    orgId: user.org_id,
    orgPath: user.org_path,
    scopeRootId: root.id,
    scopeRootPath: root.path,
    gridIds: grids.map((g) => g.id),
    gridOrgIds: [...new Set(grids.map((g) => g.org_id))],
    roles,
    mustChangePassword: user.must_change_password,
  };
}

/** `/1/5/23/` → `['1', '5', '23']` */
export const ancestorIds = (path: string) => path.split('/').filter(Boolean);
