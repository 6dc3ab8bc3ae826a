import type { EntityManager } from '@mikro-orm/postgresql';
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

/** The user behind a live session, with what the ability needs; null when the session ended or expired. */
export async function loadSessionActor(em: EntityManager, sessionId: string): Promise<Actor | null> {
  // One statement: the session must be live and not idle past the policy (password_policy, default 30
  // minutes: DEFAULT_PASSWORD_RULES), and its last use is written at most once a minute.
  const [user] = await em.execute<UserRow[]>(
    `with live as (
       select s.id, s.user_id from user_session s
        where s.id = ? and s.revoked_at is null and s.expires_at > now()
          and coalesce(s.last_seen_at, s.created_at) > now() - make_interval(mins => coalesce((select idle_timeout_minutes from password_policy order by id limit 1), ${DEFAULT_PASSWORD_RULES.idleTimeoutMinutes}))
     ), touched as (
       update user_session set last_seen_at = now() where id in (select id from live) and (last_seen_at is null or last_seen_at < now() - interval '1 minute')
     )
     select ${USER_COLUMNS} from live s join user_account u on u.id = s.user_id join org o on o.id = u.org_id`,
    [sessionId],
  );
  return user ? completeActor(em, user) : null;
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
