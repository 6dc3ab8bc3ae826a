import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context';
import type { FileDownload } from '../../core/import-report';
import { addSheet, importTemplate, readImportRows, RowErrors, workbookBase64, type ImportColumn } from '../../core/import-sheet';
import { beijingToday } from '../../core/calendar';
import { newWorkbook } from '../../core/xlsx';
import { audit, diff } from '../audit/audit.service';
import { generatePassword, hashPassword } from '../auth/password';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { parseIdNumber } from '../person/id-number';
import { Role } from '../role/role.entity';
import { widerThan } from '../role/role.rules';
import { breaksSeparation } from '../role/separation';
import { User, USERNAME_MAX_LENGTH } from './user.entity';
import { InitialPasswordRule, type UserImportReport } from './user.inputs';

/** One transaction takes a county's accounts; the sheet reader stops at the row after this. */
export const USER_IMPORT_MAX_ROWS = 10000;
/** Rows per INSERT statement. */
const BATCH = 500;
/** Hashes computed at once: argon2 takes 19 MiB and a core each, and sign-ins share the same pool. */
const HASH_CONCURRENCY = 2;

type Key = 'username' | 'name' | 'idNumber' | 'phone' | 'orgCode' | 'gridNumbers' | 'roles';
const COLUMNS: ImportColumn<Key>[] = [
  { key: 'username', header: '用户名', required: true, width: 16, note: '字母、数字、_ . -；已有用户名则更新该账号' },
  { key: 'name', header: '姓名', required: true, width: 10 },
  { key: 'idNumber', header: '身份证号', required: true, width: 22, text: true, note: '18 位，校验位按 GB 11643 检查；初始密码可取其后 8 位' },
  { key: 'phone', header: '手机号', width: 14, text: true },
  { key: 'orgCode', header: '组织代码', required: true, width: 15, text: true, note: '12 位代码，在您的管理范围内' },
  { key: 'gridNumbers', header: '网格编号', width: 12, note: '该组织的网格编号，多个用 、 或 , 分隔' },
  { key: 'roles', header: '角色', width: 24, note: '角色代码，多个用 、 或 , 分隔；不能超出您自己的权限，三员（系统管理员、安全管理员、审计员）不能兼任' },
];

const list = (cell: string) => [
  ...new Set(
    cell
      .split(/[,，、;；\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

export const usersTemplate = (): Promise<FileDownload> => importTemplate('账号导入模板.xlsx', '账号', COLUMNS);

interface Planned {
  row: number;
  username: string;
  name: string;
  idNumber: string;
  phone: string | null;
  org: Org;
  grids: Grid[];
  roles: Role[];
  existing: { id: string; snapshot: ReturnType<typeof snapshotOf> } | null;
}

const snapshotOf = (p: { name: string; phone: string | null; idNumber: string | null; orgId: string; roleIds: string[]; gridIds: string[] }) => ({
  name: p.name,
  phone: p.phone,
  idNumber: p.idNumber,
  orgId: p.orgId,
  roleIds: [...p.roleIds].sort(),
  gridIds: [...p.gridIds].sort(),
});
const plannedSnapshot = (p: Planned) => snapshotOf({ ...p, orgId: p.org.id, roleIds: p.roles.map((r) => r.id), gridIds: p.grids.map((g) => g.id) });
/** Audit entries name a changed ID number, never its value (not even masked). */
const forAudit = (s: ReturnType<typeof snapshotOf>) => ({ ...s, idNumber: s.idNumber ? '******' : null });

/**
 * Imports accounts from an xlsx laid out like the template, all or nothing, in one transaction. A
 * username already present is updated (name, phone, ID number, org, grids, roles) when the caller may
 * manage it; a new one gets an initial password by `rule` (the last 8 characters of the ID number, or
 * a random one returned once in the result) and must change it at first sign-in. Roles are granted
 * only within the caller's own rights, and never two of the three administrators to one account.
 */
export async function importUsers(ctx: Context, fileBase64: string, dryRun: boolean, rule: InitialPasswordRule): Promise<UserImportReport> {
  const rows = await readImportRows(fileBase64, COLUMNS, USER_IMPORT_MAX_ROWS);
  const errors = new RowErrors(COLUMNS);
  const em = ctx.em;
  const orgs = await readableOrgs(ctx, [...new Set(rows.map((r) => r.cells.orgCode).filter((c) => /^\d{12}$/.test(c)))]);
  const grids = await gridsOf(
    ctx,
    [...orgs.values()].map((o) => o.id),
  );
  const roleScope = ctx.where('read', 'Role');
  const roles = new Map((roleScope ? await em.find(Role, roleScope as never) : []).map((r) => [r.code, r]));
  const existing = await existingUsers(ctx, em, rows.map((r) => r.cells.username).filter(Boolean));
  const planned: Planned[] = [];
  const seen = { username: new Map<string, number>(), idNumber: new Map<string, number>() };
  for (const { row, cells } of rows) {
    const username = cells.username;
    if (!username) errors.say(row, 'username', 'field.required');
    else if (username.length > USERNAME_MAX_LENGTH) errors.say(row, 'username', 'field.tooLong', { max: USERNAME_MAX_LENGTH });
    else if (!/^[A-Za-z0-9_.-]+$/.test(username)) errors.say(row, 'username', 'field.format');
    else if (seen.username.has(username)) errors.say(row, 'username', 'import.duplicateIn', { row: seen.username.get(username)! });
    else seen.username.set(username, row);
    if (!cells.name) errors.say(row, 'name', 'field.required');
    else if (cells.name.length > 100) errors.say(row, 'name', 'field.tooLong', { max: 100 });
    const id = cells.idNumber ? parseIdNumber(cells.idNumber) : null;
    if (!id) errors.say(row, 'idNumber', 'field.required');
    else if (!id.ok) errors.say(row, 'idNumber', `person.idNumber.${id.problem}`);
    else if (seen.idNumber.has(id.value)) errors.say(row, 'idNumber', 'import.duplicateIn', { row: seen.idNumber.get(id.value)! });
    else seen.idNumber.set(id.value, row);
    const phone = cells.phone || null;
    if (phone && !/^\+?[0-9][0-9 -]{4,19}$/.test(phone)) errors.say(row, 'phone', 'field.format');
    const org = orgs.get(cells.orgCode);
    if (!cells.orgCode) errors.say(row, 'orgCode', 'field.required');
    else if (!/^\d{12}$/.test(cells.orgCode)) errors.say(row, 'orgCode', 'field.orgCode');
    else if (!org) errors.say(row, 'orgCode', 'field.unknown');
    const userGrids: Grid[] = [];
    for (const n of list(cells.gridNumbers)) {
      const grid = org && /^\d{1,5}$/.test(n) ? grids.get(`${org.id}/${Number(n)}`) : undefined;
      if (grid) userGrids.push(grid);
      else if (org) errors.say(row, 'gridNumbers', 'import.gridUnknown', { number: n });
    }
    const userRoles: Role[] = [];
    for (const code of list(cells.roles)) {
      const role = roles.get(code);
      const wider = role && widerThan(ctx.registry, ctx.actor!, role.scope, role.rules);
      if (!role) errors.say(row, 'roles', 'import.roleUnknown', { code });
      else if (wider) errors.say(row, 'roles', 'field.tooWide', { detail: `${code}: ${wider}` });
      else userRoles.push(role);
    }
    if (breaksSeparation(userRoles.map((r) => r.code))) errors.say(row, 'roles', 'field.separation');
    const found = username ? existing.get(username) : undefined;
    if (found === null) errors.say(row, 'username', 'conflict.duplicate', { field: username });
    if (org && !errors.has(row)) {
      const target = { id: found?.id ?? 'new', org: { id: org.id, path: org.path, level: org.level }, grids: userGrids.map((g) => ({ id: g.id })) };
      if (!ctx.ability.can(found ? 'update' : 'create', asSubject('User', target))) errors.say(row, 'orgCode', 'forbidden');
    }
    if (errors.has(row)) continue;
    planned.push({
      row,
      username,
      name: cells.name,
      idNumber: (id as { value: string }).value,
      phone,
      org: org!,
      grids: userGrids,
      roles: userRoles,
      existing: found ?? null,
    });
  }
  if (errors.list.length) return { created: 0, updated: 0, unchanged: 0, errors: errors.sorted(), nothingWritten: true, passwords: [], passwordsFile: null };
  const created = planned.filter((p) => !p.existing);
  const changed = planned.filter((p) => p.existing && JSON.stringify(p.existing.snapshot) !== JSON.stringify(plannedSnapshot(p)));
  const report = { created: created.length, updated: changed.length, unchanged: planned.length - created.length - changed.length };
  if (dryRun) return { ...report, errors: [], nothingWritten: true, passwords: [], passwordsFile: null };
  const passwords = created.map((p) => (rule === InitialPasswordRule.RANDOM ? generatePassword() : p.idNumber.slice(-8)));
  // Hashed before the transaction opens: a 10,000-account import keeps no rows locked while argon2 runs.
  const hashes = await hashAll(passwords);
  await em.transactional(async (tx) => {
    const now = new Date();
    for (let i = 0; i < created.length; i += BATCH) {
      const batch = created.slice(i, i + BATCH);
      const ids = await tx.execute<{ id: string }[]>(
        `insert into user_account (username, name, phone, id_number, org_id, password_hash, must_change_password, password_changed_at)
         values ${batch.map(() => '(?, ?, ?, ?, ?, ?, true, ?)').join(', ')} returning id::text`,
        batch.flatMap((p, j) => [p.username, p.name, p.phone, p.idNumber, p.org.id, hashes[i + j], now]),
      );
      await insertLinks(
        tx,
        batch.map((p, j) => ({ userId: ids[j]!.id, p })),
      );
    }
    for (const p of changed) {
      await tx.execute('update user_account set name = ?, phone = ?, id_number = ?, org_id = ?, version = version + 1, updated_at = now() where id = ?', [
        p.name,
        p.phone,
        p.idNumber,
        p.org.id,
        p.existing!.id,
      ]);
      await tx.execute('delete from user_role where user_id = ?', [p.existing!.id]);
      await tx.execute('delete from user_grid where user_id = ?', [p.existing!.id]);
      await insertLinks(tx, [{ userId: p.existing!.id, p }]);
      const change = diff(forAudit(p.existing!.snapshot), forAudit(plannedSnapshot(p)));
      audit(ctx, tx, { operation: 'importUsers', targetType: 'User', targetId: p.existing!.id, ...change });
    }
    audit(ctx, tx, { operation: 'importUsers', targetType: 'User', targetId: null, after: { ...report, rule, usernames: created.map((p) => p.username) } });
  });
  const shown = rule === InitialPasswordRule.RANDOM ? created.map((p, i) => ({ username: p.username, name: p.name, password: passwords[i]! })) : [];
  return { ...report, errors: [], nothingWritten: false, passwords: shown, passwordsFile: shown.length ? await passwordsFile(shown) : null };
}

/** The orgs named by `codes` that the caller may read. */
async function readableOrgs(ctx: Context, codes: string[]): Promise<Map<string, Org>> {
  const scope = ctx.where('read', 'Org');
  if (!scope || !codes.length) return new Map();
  return new Map((await ctx.em.find(Org, { $and: [scope, { code: { $in: codes } }] } as never)).map((o) => [o.code!, o]));
}

/** The grids of `orgIds` the caller may read, by `orgId/number`. */
async function gridsOf(ctx: Context, orgIds: string[]): Promise<Map<string, Grid>> {
  const scope = ctx.where('read', 'Grid');
  if (!scope || !orgIds.length) return new Map();
  return new Map((await ctx.em.find(Grid, { $and: [scope, { org: { $in: orgIds } }] } as never)).map((g) => [`${g.org.id}/${g.number}`, g]));
}

/**
 * Accounts already holding the file's usernames: the ones the caller may update and manage (every
 * role they hold is one it could grant) with their current values; null for a username taken by an
 * account the caller may not manage.
 */
const marks = (values: unknown[]) => values.map(() => '?').join(', ');

async function existingUsers(ctx: Context, em: EntityManager, usernames: string[]) {
  const out = new Map<string, { id: string; snapshot: ReturnType<typeof snapshotOf> } | null>();
  if (!usernames.length) return out;
  const taken = await em.execute<{ id: string; username: string; name: string; phone: string | null; id_number: string | null; org_id: string }[]>(
    `select id::text, username, name, phone, id_number, org_id::text from user_account where username in (${marks(usernames)})`,
    usernames,
  );
  if (!taken.length) return out;
  const ids = taken.map((u) => u.id);
  const scope = ctx.where('update', 'User');
  const updatable = new Set(scope ? (await em.find(User, { $and: [scope, { id: { $in: ids } }] } as never, { fields: ['id'] })).map((u) => u.id) : []);
  const links = await em.execute<{ user_id: string; role_id: string | null; grid_id: string | null; scope: string | null; rules: unknown }[]>(
    `select ur.user_id::text, ur.role_id::text, null as grid_id, r.scope, r.rules from user_role ur join role r on r.id = ur.role_id where ur.user_id in (${marks(ids)})
     union all select ug.user_id::text, null, ug.grid_id::text, null, null from user_grid ug where ug.user_id in (${marks(ids)})`,
    [...ids, ...ids],
  );
  for (const u of taken) {
    const mine = links.filter((l) => l.user_id === u.id);
    const held = mine.filter((l) => l.role_id);
    const manageable = updatable.has(u.id) && held.every((r) => !widerThan(ctx.registry, ctx.actor!, r.scope as never, r.rules as never));
    out.set(
      u.username,
      manageable
        ? {
            id: u.id,
            snapshot: snapshotOf({
              name: u.name,
              phone: u.phone,
              idNumber: u.id_number,
              orgId: u.org_id,
              roleIds: held.map((l) => l.role_id!),
              gridIds: mine.filter((l) => l.grid_id).map((l) => l.grid_id!),
            }),
          }
        : null,
    );
  }
  return out;
}

async function insertLinks(em: EntityManager, users: { userId: string; p: Planned }[]) {
  const roles = users.flatMap(({ userId, p }) => p.roles.map((r) => [userId, r.id]));
  const grids = users.flatMap(({ userId, p }) => p.grids.map((g) => [userId, g.id]));
  if (roles.length) await em.execute(`insert into user_role (user_id, role_id) values ${roles.map(() => '(?, ?)').join(', ')}`, roles.flat());
  if (grids.length) await em.execute(`insert into user_grid (user_id, grid_id) values ${grids.map(() => '(?, ?)').join(', ')}`, grids.flat());
}

/** argon2 hashes of `passwords`, in order, at most HASH_CONCURRENCY at a time. */
async function hashAll(passwords: string[]): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      out[i] = await hashPassword(passwords[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, passwords.length) }, worker));
  return out;
}

/** The one-time passwords as xlsx: the only copy, never stored. */
async function passwordsFile(rows: { username: string; name: string; password: string }[]): Promise<FileDownload> {
  const wb = await newWorkbook();
  const ws = addSheet(wb, '初始密码', [
    { key: 'username', header: '用户名', width: 16 },
    { key: 'name', header: '姓名', width: 10 },
    { key: 'password', header: '初始密码', width: 20, text: true },
  ]);
  for (const r of rows) ws.addRow(r);
  return { filename: `初始密码-${beijingToday()}.xlsx`, contentBase64: await workbookBase64(wb) };
}
