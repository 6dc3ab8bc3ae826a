import { startTestApp, type TestApp } from '../../support/app';
import { LIMITS } from '../../../api/src/server';
import { PermissionProbe, QUERY_DEPTH } from '../../support/probe/permission-probe';
import { ACCOUNTS } from '../../support/probe/scope-table';

/**
 * The permission probe: generated from the committed schema, it reads every list, single read,
 * nested relation, aggregate and export as every demo account and compares what comes back with the
 * rows the account may see by the README's scope table, computed in independent SQL
 * (test/support/probe/scope-table.ts), and every masked value with how many real values it could be.
 * `PROBE_ACCOUNTS=county,police` limits a run to some accounts while investigating a finding.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  // An audited business change, so the auditor's view of the audit log has values to withhold.
  const township = await app.login('township');
  const [{ id }] = await app.query<{ id: string }>(
    "select p.id::text from supervised_person p join org o on o.id = p.org_id where o.code = '110118001002' order by p.id limit 1",
  );
  const res = await app.gql('mutation($id: ID!) { updateSupervisedPerson(id: $id, input: { address: "鼓楼东街 8 号" }) { id } }', { id }, { token: township });
  expect(res.errors).toBeUndefined();
});
afterAll(() => app.stop());

it('generates queries within the depth limit', () => {
  expect(QUERY_DEPTH).toBeLessThanOrEqual(LIMITS.maxDepth);
});

it('every demo account reads exactly its scope, with sensitive values masked beyond recognition', async () => {
  const probe = new PermissionProbe(app);
  const timings: string[] = [];
  for (const account of ACCOUNTS.filter((a) => !process.env.PROBE_ACCOUNTS || process.env.PROBE_ACCOUNTS.split(',').includes(a))) {
    const [t0, r0] = [Date.now(), probe.requests];
    await probe.run(account, await app.login(account));
    timings.push(`${account} ${probe.requests - r0} requests ${Date.now() - t0} ms`);
  }
  console.log(timings.join('\n'), probe.slow.join('\n'));

  const groups = new Map<string, { count: number; example: string }>();
  for (const f of probe.findings) {
    const key = `${f.account} | ${f.kind} | ${f.where}`;
    const g = groups.get(key) ?? { count: 0, example: f.detail };
    g.count++;
    groups.set(key, g);
  }
  const report = [...groups].map(([key, g]) => `${key} ×${g.count}: ${g.example}`);
  console.log(`permission probe: ${probe.probes} probes, ${probe.findings.length} findings in ${groups.size} groups\n${report.join('\n')}`);
  expect(probe.probes).toBeGreaterThan(5000);
  expect(report).toEqual([]);
}, 1_500_000);
