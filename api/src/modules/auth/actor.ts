import type { EntityManager } from '@mikro-orm/postgresql';
import { callerFor, type Caller } from '../../core/context';
import { epochRead } from '../../core/identity-epoch';
import type { Registry } from '../../core/registry';
import type { Actor, DataScope, RawRule } from '../../core/rules';
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

/**
 * The callers of live sessions, each built once and kept until anything it is built from changes.
 * Every request still reads its session (revoked, expired) and the identity epoch (bumped by triggers
 * whenever an account, its roles or grids, a role, a grid's org or an org's place changes, on any
 * instance) in its first statement; a cached caller is used only while that epoch is the one it was
 * built at, so a change takes effect on the very next request everywhere.
 */
export class SessionCallers {
  private readonly cache = new Map<string, { epoch: string; caller: Caller }>();

  constructor(
    private readonly registry: Registry,
    private readonly capacity = 10_000,
  ) {}

  async get(em: EntityManager, sessionId: string): Promise<SessionCaller | null> {
    // One statement: the session must be live and not idle past the password policy's timeout (default
    // DEFAULT_PASSWORD_RULES), its last use is written at most once a minute, and the epoch comes along.
    const [row] = await em.execute<Record<string, unknown>[]>(
      `with live as (
         select s.id, s.user_id from user_session s
          where s.id = ? and s.revoked_at is null and s.expires_at > now()
            and coalesce(s.last_seen_at, s.created_at) > now() - make_interval(mins => coalesce((select idle_timeout_minutes from password_policy order by id limit 1), ${DEFAULT_PASSWORD_RULES.idleTimeoutMinutes}))
       ), touched as (
         update user_session set last_seen_at = now() where id in (select id from live) and (last_seen_at is null or last_seen_at < now() - interval '1 minute')
       )
       select u.*, o.path as session_org_path, o.level as session_org_level, e.n::text as session_epoch
         from live s join user_account u on u.id = s.user_id join org o on o.id = u.org_id cross join identity.epoch e`,
      [sessionId],
    );
    if (!row) {
      this.cache.delete(sessionId);
      return null;
    }
    const { session_org_path, session_org_level, session_epoch, ...account } = row;
    const epoch = session_epoch as string;
    epochRead(epoch);
    const cached = this.cache.get(sessionId);
    if (cached?.epoch === epoch) return { caller: cached.caller, account };
    const user: UserRow = {
      id: String(account.id),
      username: account.username as string,
      must_change_password: account.must_change_password as boolean,
      org_id: String(account.org_id),
      org_path: session_org_path as string,
      org_level: session_org_level as string,
    };
    const caller = callerFor(this.registry, await completeActor(em, user));
    this.cache.delete(sessionId);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(sessionId, { epoch, caller });
    return { caller, account };
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
