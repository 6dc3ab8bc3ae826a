import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { INPUT_LIMITS } from '../../../api/src/core/input-limits';
import { MAX_OFFSET } from '../../../api/src/core/pagination';
import { XLSX_BASE64_MAX } from '../../../api/src/core/xlsx';
import { BODY_LIMITS, LIMITS } from '../../../api/src/server';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * Hostile documents: each gets a clear client error (exact code and, for input errors, the field),
 * and /healthz, polled while each one is served, answers 200 every time (each poll within 2 s).
 * The durations are printed, not asserted.
 */
let app: TestApp;
let token: string;
const durations: { name: string; ms: number }[] = [];

const HEADERS = [
  '姓名',
  '性别',
  '民族',
  '身份证号',
  '出生日期',
  '联系电话',
  '现住址',
  '社区代码',
  '网格编号',
  '人员类别',
  '风险等级',
  '开始日期',
  '结束日期',
  '简要案情',
  '备注',
];

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login('admin');
});
afterAll(async () => {
  const slowest = [...durations].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`hostile documents: ${durations.length}; slowest: ${slowest.map((d) => `${d.name} ${d.ms} ms`).join(', ')}`);
  await app.stop();
});

/** Polls /healthz until stopped; resolves to the polls that failed or took over 2 s. */
function pollHealth() {
  let running = true;
  const failures: string[] = [];
  let polls = 0;
  const done = (async () => {
    while (running) {
      polls++;
      const status = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => String(r.status),
        (e: Error) => e.name,
      );
      if (status !== '200') failures.push(status);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await done;
    return { polls, failures };
  };
}

interface Request {
  body?: string | Record<string, unknown> | unknown[];
  contentType?: string | null;
  method?: 'GET' | 'POST';
  path?: string;
  anonymous?: boolean;
}
interface Expected {
  status?: number;
  code: string;
  /** The field (or fields, in any order) BAD_USER_INPUT names, and no other. */
  field?: string | string[];
  /** Part of the message or of the field's message, in English. */
  message?: string;
}

async function send(req: Request): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
}> {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (req.contentType !== null) headers['content-type'] = req.contentType ?? 'application/json';
  if (!req.anonymous) headers.authorization = `Bearer ${token}`;
  const body = req.body === undefined || typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  const res = await fetch(`${app.url}${req.path ?? '/graphql'}`, { method: req.method ?? 'POST', headers, body: req.method === 'GET' ? undefined : body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

async function expectRefused(name: string, req: Request, expected: Expected) {
  const stop = pollHealth();
  const started = Date.now();
  const res = await send(req);
  durations.push({ name, ms: Date.now() - started });
  const health = await stop();
  const error = res.body.errors?.[0];
  expect(res.body.data ?? null).toBeNull();
  expect(error?.extensions.code).toBe(expected.code);
  if (expected.field) expect(error?.extensions.fields?.map((f) => f.field).sort()).toEqual([expected.field].flat().sort());
  if (expected.message) expect([error?.message, ...(error?.extensions.fields ?? []).map((f) => f.message)].join(' | ')).toContain(expected.message);
  if (expected.status) expect(res.status).toBe(expected.status);
  expect(JSON.stringify(res.body)).not.toMatch(/node_modules|at \w+ \(|select |insert /i);
  expect(health.failures).toEqual([]);
  expect(health.polls).toBeGreaterThan(0);
}

const q = (query: string, variables?: Record<string, unknown>) => ({ query, variables });
const long = (n: number) => 'x'.repeat(n);
const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const TEXT = INPUT_LIMITS.queryText;

const LISTS = ['orgs', 'grids', 'users', 'roles', 'dictionaries', 'supervisedPeople', 'tasks'] as const;

/** [name, request, expected] */
const CASES: [string, Request, Expected][] = [
  // depth, aliases, tokens, directives, fragments
  [
    'depth beyond the limit',
    { body: q(`{ orgs { items { ${'children { '.repeat(LIMITS.maxDepth - 2)}id${' }'.repeat(LIMITS.maxDepth - 2)} } } }`) },
    { status: 400, code: 'QUERY_TOO_COMPLEX' },
  ],
  [
    'depth through nested fragments',
    {
      body: q(
        `{ orgs { items { ...A } } } fragment A on Org { children { ...B } } fragment B on Org { children { ...C } } fragment C on Org { children { ...D } } fragment D on Org { children { ...E } } fragment E on Org { children { children { children { id } } } }`,
      ),
    },
    { status: 400, code: 'QUERY_TOO_COMPLEX' },
  ],
  [
    'too many aliases',
    { body: q(`{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`) },
    { status: 400, code: 'QUERY_TOO_COMPLEX' },
  ],
  ['too many tokens', { body: q(`{ me { ${Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ')} } }`) }, { status: 400, code: 'QUERY_TOO_COMPLEX' }],
  ['too many directives', { body: q(`{ me { id ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`) }, { status: 400, code: 'QUERY_TOO_COMPLEX' }],
  ['a fragment cycle', { body: q('{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  [
    'a fragment spread a thousand times',
    { body: q(`{ me { ...F } } fragment F on User { ${'id '.repeat(1)} } ${''}`.replace('...F', '...F '.repeat(1000))) },
    { status: 400, code: 'QUERY_TOO_COMPLEX' },
  ],
  ['an unknown directive', { body: q('{ me @evil { id } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['conflicting aliases', { body: q('{ x: orgs(limit: 1) { total } x: orgs(limit: 2) { total } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['an unknown field', { body: q('{ me { password } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  // huge strings and lists
  ...LISTS.map((list): [string, Request, Expected] => [
    `${list}: q longer than ${TEXT}`,
    { body: q(`query($q: String) { ${list}(filter: { q: $q }) { total } }`, { q: long(TEXT + 1) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.q', message: `at most ${TEXT}` },
  ]),
  [
    'a 200 KB search text',
    { body: q('query($q: String) { tasks(filter: { q: $q }) { total } }', { q: long(200_000) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.q' },
  ],
  [
    'a 1 MB search text (body over the limit)',
    { body: q('query($q: String) { tasks(filter: { q: $q }) { total } }', { q: long(1_000_000) }) },
    { status: 413, code: 'BAD_USER_INPUT', message: `${BODY_LIMITS.default / 1024} KB` },
  ],
  [
    '70,000 ids (body over the limit)',
    { body: q('query($ids: [ID!]) { orgs(filter: { ids: $ids }) { total } }', { ids: ids(70_000) }) },
    { status: 413, code: 'BAD_USER_INPUT' },
  ],
  ...(['orgs', 'grids', 'users', 'roles', 'dictionaries', 'supervisedPeople'] as const).map((list): [string, Request, Expected] => [
    `${list}: ${INPUT_LIMITS.listItems + 1} ids`,
    { body: q(`query($ids: [ID!]) { ${list}(filter: { ids: $ids }) { total } }`, { ids: ids(INPUT_LIMITS.listItems + 1) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.ids', message: `at most ${INPUT_LIMITS.listItems} items` },
  ]),
  [
    '501 statuses',
    { body: q('query($s: [TaskStatus!]) { tasks(filter: { status: $s }) { total } }', { s: Array(INPUT_LIMITS.listItems + 1).fill('REPORTED') }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.status' },
  ],
  [
    '501 sort keys',
    { body: q('query($s: [OrgSort!]) { orgs(sort: $s) { total } }', { s: Array(INPUT_LIMITS.listItems + 1).fill({ field: 'NAME' }) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'sort' },
  ],
  [
    'auditLogs: a long operation filter',
    { body: q('query($o: String) { auditLogs(filter: { operation: $o }) { total } }', { o: long(TEXT + 1) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.operation' },
  ],
  [
    'a month of 101 characters',
    { body: q('query($m: String!) { visitCompliance(month: $m) { rate } }', { m: long(TEXT + 1) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'month' },
  ],
  [
    'a 10,001-character role name',
    {
      body: q('mutation($n: String!) { createRole(input: { code: "x", name: $n, scope: ORG, rules: [] }) { id } }', { n: long(INPUT_LIMITS.mutationText + 1) }),
    },
    { status: 200, code: 'BAD_USER_INPUT', field: 'name' },
  ],
  [
    'a 10,001-character event title',
    { body: q('mutation($t: String!) { reportEvent(input: { gridId: "1", title: $t }) { id } }', { t: long(INPUT_LIMITS.mutationText + 1) }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'title' },
  ],
  // ranges
  [
    'trafficLightRates over eight thousand years',
    { body: q('{ trafficLightRates(from: "1000-01-01", to: "9000-12-31") { groups { key } } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: ['from', 'to'], message: 'between 1900-01-01 and 2099-12-31' },
  ],
  [
    'taskStats over two hundred years',
    { body: q('{ taskStats(from: "1900-01-01", to: "2099-12-31") { received } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'to', message: `${INPUT_LIMITS.rangeDays} days` },
  ],
  [
    'taskStats in the year 1',
    { body: q('{ taskStats(from: "0001-01-01", to: "0001-12-31") { received } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: ['from', 'to'] },
  ],
  [
    'trafficLightRates in the year 9999',
    { body: q('{ trafficLightRates(from: "9999-01-01", to: "9999-12-31") { gridDays } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: ['from', 'to'] },
  ],
  [
    'tasks created since the year 1',
    { body: q('{ tasks(filter: { createdFrom: "0001-01-01T00:00:00Z" }) { total } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.createdFrom' },
  ],
  [
    'a grid report for the year 1',
    { body: q('mutation { submitGridReport(input: { gridId: "1", date: "0001-01-01", status: SAFE }) { id } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'date' },
  ],
  [
    'taskStats over 367 days',
    { body: q('{ taskStats(from: "2025-01-01", to: "2026-01-02") { received } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'to' },
  ],
  [
    'trafficLightRates ending before it starts',
    { body: q('{ trafficLightRates(from: "2026-05-01", to: "2026-04-01") { groups { key } } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'to', message: '2026-05-01' },
  ],
  [
    'tasks created over two years',
    { body: q('{ tasks(filter: { createdFrom: "2024-01-01T00:00:00Z", createdTo: "2026-01-01T00:00:00Z" }) { total } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.createdTo' },
  ],
  [
    'auditLogs over two years',
    { body: q('{ auditLogs(filter: { from: "2024-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { total } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.to' },
  ],
  [
    'visits over two years',
    { body: q('{ visits(filter: { from: "2024-01-01", to: "2026-01-01" }) { total } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.to' },
  ],
  // offsets and limits
  [
    `orgs: offset ${MAX_OFFSET + 1}`,
    { body: q(`{ orgs(offset: ${MAX_OFFSET + 1}) { total } }`) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'offset', message: String(MAX_OFFSET) },
  ],
  ['tasks: offset 2^31 - 1', { body: q('{ tasks(offset: 2147483647) { total } }') }, { status: 200, code: 'BAD_USER_INPUT', field: 'offset' }],
  [
    'visitCompliance: a huge offset',
    { body: q('{ visitCompliance(month: "2026-01", offset: 2147483647) { rate } }') },
    { status: 200, code: 'BAD_USER_INPUT', field: 'offset' },
  ],
  ['auditLogs: a negative offset', { body: q('{ auditLogs(offset: -1) { total } }') }, { status: 200, code: 'BAD_USER_INPUT', field: 'offset' }],
  ['users: limit 501', { body: q('{ users(limit: 501) { total } }') }, { status: 200, code: 'BAD_USER_INPUT', field: 'limit' }],
  ['an offset beyond 32 bits', { body: q('{ orgs(offset: 10000000000) { total } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  // NUL bytes
  [
    'NUL in a search text',
    { body: q('query($q: String) { orgs(filter: { q: $q }) { total } }', { q: 'a\u0000b' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.q', message: 'NUL' },
  ],
  [
    'NUL in a dictionary type',
    { body: q('query($t: String) { dictionaries(filter: { type: $t }) { total } }', { t: '\u0000' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'filter.type' },
  ],
  [
    'NUL in an org name',
    { body: q('mutation($n: String!) { createOrg(input: { name: $n, level: COMMUNITY, parentId: "1" }) { id } }', { n: '鼓楼\u0000' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'name' },
  ],
  [
    'NUL in an event description',
    { body: q('mutation($d: String) { reportEvent(input: { gridId: "1", title: "t", description: $d }) { id } }', { d: 'x\u0000' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'description' },
  ],
  [
    'NUL inside role rules (JSON)',
    {
      body: q('mutation($r: JSON!) { createRole(input: { code: "nul", name: "nul", scope: ORG, rules: $r }) { id } }', {
        r: [{ action: 'read', subject: 'Org\u0000' }],
      }),
    },
    { status: 200, code: 'BAD_USER_INPUT', field: 'rules' },
  ],
  [
    'NUL in an SMS report',
    { body: q('mutation($t: String!) { submitGridReportText(text: $t) { id } }', { t: '12号网格平安\u0000' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'text' },
  ],
  [
    'NUL in a sign-in name',
    { anonymous: true, body: q('mutation($u: String!) { login(username: $u, password: "x") { token } }', { u: 'admin\u0000' }) },
    { status: 200, code: 'BAD_USER_INPUT', field: 'username' },
  ],
  ['NUL in the document', { body: q('{ me { id } }\u0000') }, { status: 400, code: 'BAD_USER_INPUT' }],
  // wrong types
  ['a string for an Int', { body: q('query($o: Int) { orgs(offset: $o) { total } }', { o: 'abc' }) }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['an object for an id', { body: q('query($ids: [ID!]) { orgs(filter: { ids: $ids }) { total } }', { ids: [{}] }) }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a string for a filter', { body: q('{ orgs(filter: "x") { total } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['an impossible date', { body: q('{ taskStats(from: "2026-13-45", to: "2026-12-31") { received } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['an unknown enum value', { body: q('{ orgs(filter: { level: NOPE }) { total } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['variables that are not an object', { body: { query: '{ me { id } }', variables: 'x' } }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a missing required variable', { body: q('query($id: ID!) { org(id: $id) { id } }') }, { status: 400, code: 'BAD_USER_INPUT' }],
  [
    'a 10,000-deep JSON value',
    {
      body: `{"query":"mutation($r: JSON!) { createRole(input: { code: \\"deep\\", name: \\"deep\\", scope: ORG, rules: $r }) { id } }","variables":{"r":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
    },
    { status: 200, code: 'BAD_USER_INPUT', field: 'rules', message: 'more than 10 levels' },
  ],
  // batching
  ['a batch of two', { body: [q('{ me { id } }'), q('{ me { id } }')] }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a batch of a thousand', { body: Array(1000).fill(q('{ me { id } }')) }, { status: 400, code: 'BAD_USER_INPUT' }],
  // malformed bodies and content types
  ['broken JSON', { body: '{"query": "{ me { id }' }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a JSON null body', { body: 'null' }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a number for the query', { body: { query: 5 } }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['no query at all', { body: { variables: {} } }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['extensions that are not an object', { body: { query: '{ me { id } }', extensions: 'x' } }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['text/plain (CSRF guard)', { body: JSON.stringify(q('{ me { id } }')), contentType: 'text/plain' }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['application/xml', { body: '<query>{ me { id } }</query>', contentType: 'application/xml' }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['no content type', { body: JSON.stringify(q('{ me { id } }')), contentType: null }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a mutation over GET', { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { logout }')}` }, { status: 400, code: 'BAD_USER_INPUT' }],
  ['a 300 KB body for a query', { body: `{"query":"{ me { id } }"${' '.repeat(300_000)}}` }, { status: 413, code: 'BAD_USER_INPUT' }],
  [
    'a 9 MB body',
    { body: `{"query":"mutation($f: String!) { importSupervisedPeople(fileBase64: $f) { created } }","variables":{"f":"${'A'.repeat(9_000_000)}"}}` },
    { status: 413, code: 'BAD_USER_INPUT' },
  ],
  [
    'an anonymous 5 MB body, refused before it is read',
    { anonymous: true, body: q('mutation($f: String!) { importSupervisedPeople(fileBase64: $f) { created } }', { f: 'A'.repeat(5_000_000) }) },
    { status: 413, code: 'BAD_USER_INPUT' },
  ],
  [
    'an import beside a query in a large body',
    { body: q('mutation($f: String!) { importSupervisedPeople(fileBase64: $f, dryRun: true) { created } logout }', { f: 'A'.repeat(300_000) }) },
    { status: 413, code: 'BAD_USER_INPUT' },
  ],
  ['an unknown route', { path: '/graphqlx', body: q('{ me { id } }') }, { status: 404, code: 'NOT_FOUND' }],
  // introspection without signing in
  ['anonymous __schema', { anonymous: true, body: q('{ __schema { types { name } } }') }, { status: 401, code: 'UNAUTHENTICATED' }],
  ['anonymous __type', { anonymous: true, body: q('{ __type(name: "User") { fields { name } } }') }, { status: 401, code: 'UNAUTHENTICATED' }],
  [
    'anonymous introspection in a fragment',
    { anonymous: true, body: q('query { ...F } fragment F on Query { __schema { queryType { name } } }') },
    { status: 401, code: 'UNAUTHENTICATED' },
  ],
];

describe('hostile documents', () => {
  it('the table holds at least 60 documents', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s', async (name, req, expected) => {
    await expectRefused(name, req, expected);
  });
});

/** A minimal xlsx: the import header, then `rows` rows each naming one person (the same shared string). */
async function importBomb(rows: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人员').addRows([HEADERS, ['张三']]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const header = /<row r="1"[\s\S]*?<\/row>/.exec(sheet)![0];
  const cell = /<row r="2"[^>]*>\s*<c r="A2"([^>]*)>([\s\S]*?)<\/c>/.exec(sheet)!;
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"${cell[1]}>${cell[2]}</c></row>`).join('');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${header}${body}</sheetData>`));
  return (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })).toString('base64');
}

/** A valid small workbook whose central directory understates the sheet's inflated size. */
async function lyingWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人员').addRows([HEADERS, ['张三']]);
  const zip = Buffer.from(await wb.xlsx.writeBuffer());
  for (let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at > 0; at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)) {
    const name = zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28));
    if (name === 'xl/worksheets/sheet1.xml') zip.writeUInt32LE(100, at + 24);
  }
  return zip.toString('base64');
}

async function ratioBomb(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('人员').addRows([HEADERS, ['张三']]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.file('xl/media/zeros.bin', Buffer.alloc(8 * 1024 * 1024));
  return (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64');
}

const IMPORT = 'mutation($f: String!) { importSupervisedPeople(fileBase64: $f, dryRun: true) { created errors { row } } }';

describe('import bombs', () => {
  it('350,000 identical rows in a 2 MB file: refused at row 5,001 while reading, /healthz answering', async () => {
    const file = await importBomb(350_000);
    expect(file.length).toBeLessThan(2_500_000);
    await expectRefused(
      'import: 350,000 rows',
      { body: q(IMPORT, { f: file }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'at most 5000 rows' },
    );
  });

  it('a million rows: refused by the declared sizes before inflating', async () => {
    await expectRefused(
      'import: a million rows',
      { body: q(IMPORT, { f: await importBomb(1_000_000) }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'too large (limit 20 MB)' },
    );
  });

  it('an entry that inflates 1000-fold: refused by its ratio', async () => {
    await expectRefused(
      'import: ratio',
      { body: q(IMPORT, { f: await ratioBomb() }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'too large' },
    );
  });

  it('a central directory that understates a size: refused as unreadable', async () => {
    await expectRefused(
      'import: lying sizes',
      { body: q(IMPORT, { f: await lyingWorkbook() }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'cannot read the xlsx file' },
    );
  });

  it('not a zip, and not base64', async () => {
    await expectRefused(
      'import: not a zip',
      { body: q(IMPORT, { f: Buffer.from('hello').toString('base64') }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'cannot read' },
    );
    await expectRefused(
      'import: not base64',
      { body: q(IMPORT, { f: '!!!!' }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: 'cannot read' },
    );
  });

  it('base64 longer than the largest file accepted', async () => {
    await expectRefused(
      'import: too long',
      { body: q(IMPORT, { f: 'A'.repeat(XLSX_BASE64_MAX + 4) }) },
      { status: 200, code: 'BAD_USER_INPUT', field: 'fileBase64', message: `at most ${XLSX_BASE64_MAX}` },
    );
  });
});

describe('what stays allowed', () => {
  const LIST_QUERIES: Record<string, string> = {
    orgs: 'orgs(filter: $f) { total }',
    grids: 'grids(filter: $f) { total }',
    users: 'users(filter: $f) { total }',
    roles: 'roles(filter: $f) { total }',
    dictionaries: 'dictionaries(filter: $f) { total }',
    auditLogs: 'auditLogs(filter: $f) { total }',
    supervisedPeople: 'supervisedPeople(filter: $f) { total }',
    tasks: 'tasks(filter: $f) { total }',
    visits: 'visits(filter: $f) { total }',
  };
  const FILTER_TYPES: Record<string, string> = {
    orgs: 'OrgFilter',
    grids: 'GridFilter',
    users: 'UserFilter',
    roles: 'RoleFilter',
    dictionaries: 'DictionaryFilter',
    auditLogs: 'AuditLogFilter',
    supervisedPeople: 'SupervisedPersonFilter',
    tasks: 'TaskFilter',
    visits: 'VisitFilter',
  };

  it.each(Object.keys(LIST_QUERIES))('%s: an explicit filter: null, or null in every filter field, means no filter', async (list) => {
    const run = (f: unknown) => app.gql(`query($f: ${FILTER_TYPES[list]}) { ${LIST_QUERIES[list]} }`, { f }, { token });
    const unfiltered = await app.gql(`{ ${LIST_QUERIES[list]!.replace('(filter: $f)', '')} }`, {}, { token });
    expect(unfiltered.errors).toBeUndefined();
    expect((await run(null)).data).toEqual(unfiltered.data);
    const fields = (
      await app.gql<{ __type: { inputFields: { name: string }[] } }>(`{ __type(name: "${FILTER_TYPES[list]}") { inputFields { name } } }`, {}, { token })
    ).data!.__type.inputFields;
    expect(fields.length).toBeGreaterThan(2);
    const allNull = Object.fromEntries(fields.map((f) => [f.name, null]));
    expect((await run(allNull)).data).toEqual(unfiltered.data);
  });

  it('exportSupervisedPeople(filter: null) exports the unfiltered list', async () => {
    const res = await app.gql('{ exportSupervisedPeople(filter: null) { filename } }', {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.exportSupervisedPeople.filename).toMatch(/^重点人员-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it(`a search text of ${TEXT} characters, ${INPUT_LIMITS.listItems} ids and offset ${MAX_OFFSET} are answered`, async () => {
    const res = await app.gql(
      'query($q: String, $ids: [ID!]) { a: orgs(filter: { q: $q }) { total } b: orgs(filter: { ids: $ids }, limit: 500) { total } c: orgs(offset: 10000) { total items { id } } }',
      { q: long(TEXT), ids: ids(INPUT_LIMITS.listItems) },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.a.total).toBe(0);
    const orgCount = Number((await app.query<{ n: string }>('select count(*) as n from org'))[0]!.n);
    expect(res.data.b.total).toBe(Math.min(orgCount, INPUT_LIMITS.listItems));
    expect(res.data.c).toEqual({ total: orgCount, items: [] });
  });

  it('a whole leap year (366 days, both counted) of statistics is answered', async () => {
    const res = await app.gql('{ taskStats(from: "2024-01-01", to: "2024-12-31") { from to } }', {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.taskStats).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('a signed-in caller may introspect', async () => {
    const res = await app.gql('{ __type(name: "OrgFilter") { name } }', {}, { token });
    expect(res.data).toEqual({ __type: { name: 'OrgFilter' } });
  });
});
