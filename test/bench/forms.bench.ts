import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { startEmbedded } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { dropDatabase, ensureDatabase } from '../../api/src/db/pg-admin';
import { FormFieldType, type FormField } from '../../api/src/modules/form/form.definition';
import { FormPeriodType, FormTemplate, FormTemplateStatus } from '../../api/src/modules/form/form.entity';
import { insertRound } from '../../api/src/modules/form/form-submission.service';
import { Org, OrgLevel } from '../../api/src/modules/org/org.entity';
import { startServer } from '../../api/src/server';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo.seeder';
import { graphqlPoster } from './graphql';

/**
 * formAggregate and reportingRate latency over HTTP: for the demo round (鼓楼街道's 29 communities,
 * 2026-11) and for a synthetic round over all 429 communities of 密云区 with a 100-field template
 * (99 integers and a table of 10 rows). `npm run bench:forms`; with BENCH_PG_URL (a server URL ending
 * in a database to connect to) it uses that server instead of an embedded one. Prints figures, fails on nothing.
 */
async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const dir = join(ROOT_DIR, '.data', `bench-forms-${process.pid}`);
  const external = process.env.BENCH_PG_URL;
  const pg = external ? null : await startEmbedded(dir, { durable: false });
  const adminUrl = external ?? pg!.url('postgres');
  const name = `bench_forms_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await ensureDatabase(adminUrl, name);
    const orm = await MikroORM.init(ormConfig(url.toString()));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const em = orm.em.fork();
    const t0 = performance.now();
    const fields: FormField[] = [
      ...Array.from({ length: 99 }, (_, i): FormField => ({ key: `f${i + 1}`, type: FormFieldType.INTEGER, label: `指标${i + 1}` })),
      {
        key: 'rows',
        type: FormFieldType.TABLE,
        label: '分类',
        rowKey: 'category',
        rows: Array.from({ length: 10 }, (_, i) => `类${i + 1}`),
        columns: [
          { key: 'category', type: FormFieldType.TEXT, label: '类别' },
          { key: 'count', type: FormFieldType.INTEGER, label: '数量' },
        ],
      },
    ];
    const template = em.create(FormTemplate, {
      code: 'BENCH_100',
      name: '百项指标',
      periodType: FormPeriodType.MONTH,
      revision: 1,
      status: FormTemplateStatus.PUBLISHED,
      sections: [],
      fields,
    });
    await em.flush();
    const county = await em.findOneOrFail(Org, { code: '110118000000' });
    const communities = await em.find(Org, { level: OrgLevel.COMMUNITY }, { fields: ['id'] });
    const roundId = await insertRound(em, {
      template,
      period: '2026-11',
      org: county,
      targetLevel: OrgLevel.COMMUNITY,
      dueAt: new Date('2026-12-01T10:00:00Z'),
      openedById: null,
      targetOrgIds: communities.map((c) => c.id),
    });
    await em.execute(
      `update form_submission s set status = (case when s.id % 10 = 0 then 'DRAFT' when s.id % 10 = 1 then 'SUBMITTED' else 'APPROVED' end)::submission_status,
              first_submitted_at = case when s.id % 10 = 0 then null else timestamptz '2026-11-28T00:00:00Z' + (s.id % 5) * interval '1 day' end,
              values = (select jsonb_object_agg('f' || n, (s.id * n) % 1000) from generate_series(1, 99) n)
                       || jsonb_build_object('rows', (select jsonb_agg(jsonb_build_object('category', '类' || n, 'count', (s.id + n) % 50)) from generate_series(1, 10) n))
        where s.round_id = ?`,
      [roundId],
    );
    await em.execute('analyze');
    console.log(`synthetic round: ${communities.length} forms of ${fields.length} fields in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const [demo] = await em.execute<{ id: string }[]>(
      "select r.id::text from reporting_round r join form_template t on t.id = r.template_id where t.code = 'COMMUNITY_MONTHLY' and r.period = '2026-11'",
    );
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 's'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: dir },
      () => {},
    );
    const post = graphqlPoster(server.url);
    const queries: Record<string, (round: string) => string> = {
      reportingRate: (r) => `{ reportingRate(roundId: "${r}") { total { expected submitted rate } groups { key } } }`,
      'formAggregate CHILD_ORG': (r) =>
        `{ formAggregate(roundId: "${r}", groupBy: CHILD_ORG) { total { submissions values { sum } } groups { key values { sum } } } }`,
      'formAggregate LEVEL': (r) => `{ formAggregate(roundId: "${r}", groupBy: LEVEL) { total { submissions values { sum } } } }`,
    };
    console.log(['round', 'account', 'query', 'forms', 'p50 ms', 'max ms'].join('\t'));
    for (const [label, round, accounts] of [
      ['demo 2026-11 (29)', demo!.id, ['township', 'county', 'assessor']],
      ['synthetic (429 × 100 fields)', roundId, ['county', 'assessor']],
    ] as const) {
      for (const account of accounts) {
        const token = (await post(`mutation { login(username: "${account}", password: "${DEMO_PASSWORD}") { token } }`)).login.token;
        for (const [name_, query] of Object.entries(queries)) {
          const times: number[] = [];
          let forms = 0;
          for (let i = 0; i < runs; i++) {
            const started = performance.now();
            const data = await post(query(round), {}, token);
            times.push(performance.now() - started);
            forms = data.reportingRate?.total.expected ?? data.formAggregate.total.submissions;
          }
          times.sort((a, b) => a - b);
          console.log([label, account, name_, forms, times[Math.floor(times.length / 2)]!.toFixed(0), times[times.length - 1]!.toFixed(0)].join('\t'));
        }
      }
    }
    await server.stop();
    await orm.close(true);
    if (external) await dropDatabase(adminUrl, name);
  } finally {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
