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

/** How long a mutation's response waits for its own identity notices before distrusting the whole cache. */
const SETTLE_MS = 1000;

/**
 * The callers of live sessions, each built once and kept until anything it is built from changes.
 * A request reads its session (revoked, expired, idle), the account and the identity epoch (bumped by
 * triggers whenever an account, its roles or grids, a role, a grid's org or an org's place changes) in
 * one statement, and rebuilds the caller only when the epoch moved. While this instance LISTENs to the
 * identity notices (IdentityNotices), a checked session is trusted for up to a minute without that
 * statement: a change anywhere notifies at commit and distrusts what it touches (a session, an account's
 * sessions, or everything), and a mutation answered by this instance sends its response only once those
 * notices are applied here, so its own caller's next request sees it. Without the connection, every request checks.
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

  /**
   * After a write answered by this instance: the notices of what it committed are applied (a precise
   * distrust); if they are not heard within SETTLE_MS, or asking for them failed, nothing cached before
   * is trusted. Never throws: the write is committed, and its response must say so.
   */
  async afterOwnWrite(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), SETTLE_MS)));
    const applied = await Promise.race([
      this.settled().then(
        () => true,
        () => false,
      ),
      late,
    ]);
    clearTimeout(timer);
    if (!applied) this.forgetAll();
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
    epochRead(em, epoch);
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

/**
 * What an account's scopes are built from, as columns of a row of `user_account u join org o`: its roles
 * (by id), its grids, and the org its scopes are anchored at (a department serves the administrative org
 * above it).
 */
const ACTOR_PARTS = `
  coalesce((select json_agg(json_build_object('id', r.id::text, 'code', r.code, 'scope', r.scope, 'rules', r.rules) order by r.id)
              from role r join user_role ur on ur.role_id = r.id where ur.user_id = u.id), '[]') as actor_roles,
  coalesce((select json_agg(json_build_object('id', g.id::text, 'org_id', g.org_id::text))
              from grid g join user_grid ug on ug.grid_id = g.id where ug.user_id = u.id), '[]') as actor_grids,
  case when o.level = 'DEPARTMENT' then
    (select json_build_object('id', a.id::text, 'path', a.path) from org a
      where a.id = any(string_to_array(trim(both '/' from o.path), '/')::bigint[]) and a.level <> 'DEPARTMENT'
      order by length(a.path) desc limit 1)
  end as actor_root`;

interface ActorParts {
  actor_roles: { id: string; code: string; scope: DataScope; rules: RawRule[] }[];
  actor_grids: { id: string; org_id: string }[];
  actor_root: { id: string; path: string } | null;
}

/** The actor of account `userId`, in one statement; null when there is no such account. */
export async function loadActor(em: EntityManager, userId: string): Promise<Actor | null> {
  const [row] = await em.execute<(UserRow & ActorParts)[]>(
    `select ${USER_COLUMNS}, ${ACTOR_PARTS} from user_account u join org o on o.id = u.org_id where u.id = ?`,
    [userId],
  );
  return row ? actorOf(row, row) : null;
}

async function completeActor(em: EntityManager, user: UserRow): Promise<Actor> {
  const [parts] = await em.execute<ActorParts[]>(`select ${ACTOR_PARTS} from user_account u join org o on o.id = u.org_id where u.id = ?`, [user.id]);
  return actorOf(user, parts ?? { actor_roles: [], actor_grids: [], actor_root: null });
}

function actorOf(user: UserRow, { actor_roles: roles, actor_grids: grids, actor_root }: ActorParts): Actor {
  const root = actor_root ?? { id: user.org_id, path: user.org_path };
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
