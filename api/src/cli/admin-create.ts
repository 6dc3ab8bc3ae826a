import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { generatePassword, hashPassword } from '../modules/auth/password';
import { Org, OrgLevel } from '../modules/org/org.entity';
import { registry } from '../modules';
import { ensureBuiltinRoles } from '../modules/role/builtin-roles';
import { Role } from '../modules/role/role.entity';
import { ADMINISTRATOR_ROLES } from '../modules/role/separation';
import { User } from '../modules/user/user.entity';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

/** 三员分立: each administrator's account comes from here; nobody can grant these roles through the API. */
const ROLE_NAMES: Record<(typeof ADMINISTRATOR_ROLES)[number], string> = { system_admin: '系统管理员', security_admin: '安全管理员', auditor: '审计员' };

/**
 * Creates an administrator (`--role system_admin | security_admin | auditor`, default system_admin) and
 * prints a one-time password that must be changed at first sign-in. On an empty database it also
 * creates the root org (`--org-name`, `--org-code`).
 *   npm run admin:create -- --username root --name "系统管理员" --org-name "北京市" --org-code 110000000000
 *   npm run admin:create -- --username sec --role security_admin
 */
async function main() {
  const username = arg('username', 'admin');
  const role = arg('role', 'system_admin') as keyof typeof ROLE_NAMES;
  if (!(role in ROLE_NAMES)) throw new Error(`--role must be one of ${ADMINISTRATOR_ROLES.join(', ')}`);
  const db = await openDatabase(loadConfig());
  try {
    const password = generatePassword();
    await db.orm.em.fork().transactional(async (em) => {
      await ensureBuiltinRoles(em, registry);
      if (await em.count(User, { username })) throw new Error(`user "${username}" already exists`);
      let root = await em.findOne(Org, { parent: null }, { orderBy: { id: 'asc' } });
      if (!root) {
        const [{ id }] = await em.execute<{ id: string }[]>("select nextval('org_id_seq')::text as id");
        const code = arg('org-code', '');
        root = em.create(Org, { id, name: arg('org-name', '本级'), code: code || null, level: OrgLevel.PROVINCE, parent: null, path: `/${id}/` } as never);
      }
      const user = em.create(User, {
        username,
        name: arg('name', ROLE_NAMES[role]),
        org: root,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        passwordChangedAt: new Date(),
      } as never);
      user.roles.add(await em.findOneOrFail(Role, { code: role }));
    });
    console.log(`created ${ROLE_NAMES[role]} (${role}) "${username}"\none-time password: ${password}\n(it must be changed at first sign-in)`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
