import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { createContext } from '../../api/src/core/context';
import { startEmbedded } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { dropDatabase, ensureDatabase } from '../../api/src/db/pg-admin';
import { registry } from '../../api/src/modules';
import { loadActor } from '../../api/src/modules/auth/actor';
import { authLimits } from '../../api/src/modules/auth/limits';
import { makeIdNumber } from '../../api/src/modules/person/id-number';
import { InitialPasswordRule } from '../../api/src/modules/user/user.inputs';
import { importUsers } from '../../api/src/modules/user/user.xlsx';
import { seedDemo } from '../../seeds/demo.seeder';

/**
 * Prints the time `township` takes to import BENCH_ROWS (default 10,000) accounts into 鼓楼街道's
 * communities in one transaction: `npm run bench:import`. The import runs in-process (as the resolver
 * would call it), so the figure is the import's own, with argon2 hashing every initial password at the
 * production parameters. BENCH_ADMIN_URL (a PostgreSQL server URL) skips the embedded cluster.
 */
async function main() {
  const count = Number(process.env.BENCH_ROWS ?? 10000);
  const dir = join(ROOT_DIR, '.data', `bench-import-${process.pid}`);
  const pg = process.env.BENCH_ADMIN_URL ? null : await startEmbedded(dir, { durable: false });
  const adminUrl = process.env.BENCH_ADMIN_URL ?? pg!.url('postgres');
  const name = `bench_import_${process.pid}`;
  const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  try {
    await ensureDatabase(adminUrl, name);
    const orm = await MikroORM.init(ormConfig(dbUrl));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const em = orm.em.fork();
    const communities = await em.execute<{ code: string }[]>(
      "select c.code from org c join org t on t.id = c.parent_id where t.code = '110118001000' and c.level = 'COMMUNITY' order by c.code",
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('账号');
    ws.addRow(['用户名', '姓名', '身份证号', '手机号', '组织代码', '网格编号', '角色']);
    for (let i = 0; i < count; i++) {
      const birth = `19${70 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      ws.addRow([
        `bench_${i}`,
        `网格员${i}`,
        makeIdNumber('110228', birth, i % 1000),
        `139${String(i).padStart(8, '0')}`,
        communities[i % communities.length]!.code,
        '1',
        'grid_worker',
      ]);
    }
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const [{ id }] = await em.execute<{ id: string }[]>("select id::text from user_account where username = 'township'");
    const actor = (await loadActor(em, id))!;
    const context = () =>
      createContext(
        registry,
        orm.em.fork(),
        { authSecret: 'b'.repeat(32), tokenTtlHours: 1, limits: authLimits(orm.em.getKnex(), 30) },
        { actor, sessionId: null, lang: 'zh', ip: '127.0.0.1' },
      );
    console.log(`importing ${count} accounts (file ${(file.length / 1024 / 1024).toFixed(1)} MB base64) as township into ${communities.length} communities`);
    let t0 = performance.now();
    const dry = await importUsers(context(), file, true, InitialPasswordRule.ID_NUMBER_LAST8);
    if (dry.errors.length) throw new Error(JSON.stringify(dry.errors.slice(0, 5)));
    console.log(`dry run (read, validate, plan)\t${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    const report = await importUsers(context(), file, false, InitialPasswordRule.ID_NUMBER_LAST8);
    console.log(`import ${report.created} accounts\t${((performance.now() - t0) / 1000).toFixed(1)} s (argon2 at 19 MiB, 2 passes, per account)`);
    t0 = performance.now();
    const again = await importUsers(context(), file, false, InitialPasswordRule.ID_NUMBER_LAST8);
    console.log(`re-import (${again.unchanged} unchanged)\t${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await orm.close(true);
    await dropDatabase(adminUrl, name);
  } finally {
    await pg?.stop();
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
