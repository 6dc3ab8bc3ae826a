import ExcelJS from 'exceljs';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../../api/src/config';
import { LIMITS } from '../../../api/src/server';
import type { TestApp } from '../app';
import { candidates, MIN_CANDIDATES } from './masking';
import {
  countedPeopleWhere,
  countedSubmissionsWhere,
  countedReportGridsWhere,
  countedTasksWhere,
  mayReadInFull,
  PROJECTIONS,
  SCOPE_ROOT,
  scopeWhere,
  SENSITIVE,
  TABLES,
  type Account,
} from './scope-table';

export interface Finding {
  account: Account;
  kind: 'outside scope' | 'total' | 'missing' | 'single read' | 'masking' | 'aggregate' | 'export' | 'audit values' | 'unprobed';
  where: string;
  detail: string;
}

type Rec = Record<string, any>;

/** Relations are followed this many hops below a root's items; queries stay within LIMITS.maxDepth. */
const HOPS = 3;
/** Depth of the deepest generated query as graphql-armor counts it: root field, `items`, the hops, a leaf. */
export const QUERY_DEPTH = 1 + 1 + HOPS + 1;
const PARENTS_PER_ROOT = 30;
const SINGLE_READS_PER_SIDE = 15;
const PAGE = 500;
/** Task statistics over a window holding every seeded task; traffic lights (one row per grid and day) over the last 30 days. */
/** The longest period statistics accept (366 days, both ends counted), ending today. */
const YEAR = { from: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };
const LAST_30_DAYS = { from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };

export const loadSchema = (): GraphQLSchema => buildSchema(readFileSync(join(ROOT_DIR, 'schema', 'schema.graphql'), 'utf8'));

const leafFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter(
    (f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
const objectFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter(
    (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
const hasId = (type: GraphQLObjectType) => 'id' in type.getFields();
const SENSITIVE_TYPES = new Set([...SENSITIVE.map(([t]) => t), 'AuditLog']);

/** A selection: the type it is on, and the relations below it. */
interface Node {
  type: GraphQLObjectType;
  children: { field: string; node: Node }[];
}

/** What to select of a record: ids for scope checks, every plain field where masking is checked. */
function ownSelection(type: GraphQLObjectType): string[] {
  if (SENSITIVE_TYPES.has(type.name) || type.name === 'SupervisedPerson') return leafFields(type).map((f) => f.name);
  return hasId(type) ? ['id'] : leafFields(type).map((f) => f.name);
}

/** Relations below `type`, `hops` deep, never entering a type already on the path. */
function relationTree(type: GraphQLObjectType, hops: number, path: Set<string>): Node {
  const children: Node['children'] = [];
  if (hops > 0) {
    for (const f of objectFields(type)) {
      const named = getNamedType(f.type) as GraphQLObjectType;
      if (path.has(named.name)) continue;
      children.push({ field: f.name, node: relationTree(named, hops - 1, new Set([...path, named.name])) });
    }
  }
  return { type, children };
}

function selectionOf(node: Node): string {
  return `{ ${[...ownSelection(node.type), ...node.children.map((c) => `${c.field} ${selectionOf(c.node)}`)].join(' ')} }`;
}

/** Splits a tree into smaller trees covering the same paths, for a query over the protection limits. */
function split(node: Node): Node[] {
  if (node.children.length > 1) {
    const half = Math.ceil(node.children.length / 2);
    return [
      { ...node, children: node.children.slice(0, half) },
      { ...node, children: node.children.slice(half) },
    ];
  }
  if (node.children.length === 1) {
    const [only] = node.children;
    return split(only!.node).map((sub) => ({ ...node, children: [{ field: only!.field, node: sub }] }));
  }
  return [];
}

const isTooComplex = (errors?: { extensions?: { code?: string }; message: string }[]) =>
  !!errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' || /token|depth|cost/i.test(e.message));

export class PermissionProbe {
  probes = 0;
  readonly findings: Finding[] = [];
  private readonly schema = loadSchema();
  private readonly query = this.schema.getQueryType()!;
  private readonly expectedCache = new Map<string, Set<string>>();
  private account!: Account;
  /** A support-group contact's phone follows its person's rule, and the person is not always in the response. */
  private memberKinds = new Map<string, string>();
  private token!: string;

  constructor(private readonly app: TestApp) {}

  /** Every Query field, by how it is probed; a field that fits none is a finding, so new ones get covered. */
  classify() {
    const lists: { field: GraphQLField<unknown, unknown>; item: GraphQLObjectType }[] = [];
    const singles: { field: GraphQLField<unknown, unknown>; type: GraphQLObjectType }[] = [];
    const others: GraphQLField<unknown, unknown>[] = [];
    for (const field of Object.values(this.query.getFields())) {
      const named = getNamedType(field.type);
      const items = isObjectType(named) ? named.getFields().items : undefined;
      if (isObjectType(named) && named.name.endsWith('List') && items && 'total' in named.getFields()) {
        lists.push({ field, item: getNamedType(items.type) as GraphQLObjectType });
      } else if (field.args.length === 1 && field.args[0]!.name === 'id' && isObjectType(named) && TABLES[named.name]) {
        singles.push({ field, type: named });
      } else others.push(field);
    }
    return { lists, singles, others };
  }

  private finding(kind: Finding['kind'], where: string, detail: string) {
    this.findings.push({ account: this.account, kind, where, detail });
  }

  requests = 0;
  readonly slow: string[] = [];

  private async gql(query: string, variables: Rec = {}) {
    this.requests++;
    const t0 = Date.now();
    // A keep-alive socket the server closed just as it was reused resets; the read is simply sent again.
    const res = await this.app.gql(query, variables, { token: this.token }).catch(() => this.app.gql(query, variables, { token: this.token }));
    if (Date.now() - t0 > 1500) this.slow.push(`${this.account} ${Date.now() - t0} ms ${query.slice(0, 160)}`);
    return res;
  }

  /** Ids of `type` the account may read, by the README-derived SQL; null for a type it reads nothing of. */
  async expected(type: string): Promise<Set<string>> {
    const key = `${this.account}:${type}`;
    // The audit log grows while the probe signs in and exports: read it fresh.
    if (type !== 'AuditLog' && this.expectedCache.has(key)) return this.expectedCache.get(key)!;
    const where = scopeWhere(this.account, type);
    const rows = where ? await this.app.query<{ id: string }>(`select t.id::text as id from ${TABLES[type]!.table} t where ${where}`) : [];
    const set = new Set(rows.map((r) => r.id));
    this.expectedCache.set(key, set);
    return set;
  }

  async run(account: Account, token: string) {
    this.account = account;
    this.token = token;
    if (!this.memberKinds.size) {
      const rows = await this.app.query<{ id: string; kind: string }>(
        'select m.id::text as id, p.kind from support_group_member m join supervised_person p on p.id = m.person_id',
      );
      this.memberKinds = new Map(rows.map((r) => [r.id, r.kind]));
    }
    const { lists, singles, others } = this.classify();
    for (const { field, item } of lists) await this.probeList(field.name, item);
    for (const { field, type } of singles) await this.probeSingleReads(field.name, type);
    for (const { field, item } of lists) await this.probeNested(field.name, item);
    for (const field of others) await this.probeOther(field);
  }

  /** Every record of `type` met anywhere: inside the account's scope, and sensitive fields masked as the rule says. */
  private async checkRecord(type: GraphQLObjectType, rec: Rec, where: string, person?: Rec) {
    if (TABLES[type.name] && typeof rec.id === 'string') {
      this.probes++;
      if (!(await this.expected(type.name)).has(rec.id)) this.finding('outside scope', where, `${type.name} ${rec.id}`);
    } else if (hasId(type) && !TABLES[type.name] && !PROJECTIONS[type.name]) {
      this.finding('unprobed', where, `${type.name} has ids but no scope rule in the probe's table`);
    }
    this.checkFields(type.name, rec, where, person);
  }

  private checkFields(type: string, rec: Rec, where: string, person?: Rec) {
    if (type === 'SupportGroupMember' && !person) person = { kind: this.memberKinds.get(rec.id) };
    for (const [t, field, masked] of SENSITIVE) {
      if (t !== type || rec[field] == null) continue;
      this.probes++;
      if (mayReadInFull(this.account, type, field, rec, person)) continue;
      if (!masked) {
        this.finding('masking', `${where} ${type}.${field}`, `shown though the account may not read it`);
        continue;
      }
      const n = candidates(field, String(rec[field]), rec);
      if (n < MIN_CANDIDATES) {
        const narrowing = field === 'idNumber' && rec.birthDate ? ` next to birthDate ${rec.birthDate}` : '';
        this.finding('masking', `${where} ${type}.${field}`, `${rec[field]}${narrowing} → ${n} candidate(s)`);
      }
    }
    if (type === 'AuditLog' && this.account === 'auditor') {
      this.probes++;
      const values = [rec.before, rec.after].flatMap((v) => (v && typeof v === 'object' ? leafValues(v) : []));
      if (values.length)
        this.finding('audit values', `${where} AuditLog.before/after`, `entry ${rec.id} (${rec.operation}): ${JSON.stringify(values.slice(0, 3))}`);
    }
  }

  /** Walks a response along its selection tree, checking every record met. */
  private async walk(node: Node, value: unknown, where: string, opts: { person?: Rec; root?: boolean } = {}) {
    if (value == null) return;
    if (Array.isArray(value)) {
      for (const v of value) await this.walk(node, v, where, opts);
      return;
    }
    const rec = value as Rec;
    // The root records were checked where they were listed; here they are only parents.
    if (!opts.root) await this.checkRecord(node.type, rec, where, opts.person);
    const person = node.type.name === 'SupervisedPerson' ? rec : opts.person;
    for (const c of node.children) await this.walk(c.node, rec[c.field], `${where}.${c.field}`, { person });
  }

  private async probeList(name: string, item: GraphQLObjectType) {
    const node: Node = { type: item, children: [] };
    const seen: Rec[] = [];
    let total = 0;
    for (let offset = 0; ; offset += PAGE) {
      const res = await this.gql(`query($o: Int!) { ${name}(limit: ${PAGE}, offset: $o) { total items ${selectionOf(node)} } }`, { o: offset });
      if (res.errors) {
        const code = res.errors[0]!.extensions.code;
        if (code === 'FORBIDDEN' && !TABLES[item.name]) return;
        if (code !== 'FORBIDDEN' || (TABLES[item.name] && (await this.expected(item.name)).size > 0))
          this.finding('total', name, `error ${code}: ${res.errors[0]!.message}`);
        this.probes++;
        return;
      }
      total = res.data[name].total;
      seen.push(...res.data[name].items);
      if (offset + PAGE >= total || res.data[name].items.length === 0) break;
    }
    for (const rec of seen) await this.checkRecord(item, rec, name);
    if (!TABLES[item.name] || TABLES[item.name]!.reference) return;
    const expected = await this.expected(item.name);
    this.probes++;
    if (total !== expected.size) this.finding('total', name, `total ${total}, the account may see ${expected.size}`);
    const returned = new Set(seen.map((r) => r.id as string));
    const missing = [...expected].filter((id) => !returned.has(id));
    if (missing.length && total === expected.size)
      this.finding('missing', name, `${missing.length} visible ${item.name} not listed, e.g. ${missing.slice(0, 3).join(', ')}`);
  }

  private async probeSingleReads(name: string, type: GraphQLObjectType) {
    const expected = [...(await this.expected(type.name))].sort((a, b) => Number(a) - Number(b));
    const all = (await this.app.query<{ id: string }>(`select id::text as id from ${TABLES[type.name]!.table} order by id`)).map((r) => r.id);
    const inScope = new Set(expected);
    const outside = all.filter((id) => !inScope.has(id));
    const sample = (ids: string[]) =>
      ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / SINGLE_READS_PER_SIDE)) === 0).slice(0, SINGLE_READS_PER_SIDE);
    // Half the ids outside scope sit next to visible rows (same org, same parent): where a leak is likeliest.
    const { table, near } = TABLES[type.name]!;
    const where = scopeWhere(this.account, type.name);
    const neighbours =
      near && where
        ? (
            await this.app.query<{ id: string }>(
              `select id::text as id from ${table} t where not (${where}) and t.${near} in (select t.${near} from ${table} t where ${where}) order by id limit ${Math.ceil(SINGLE_READS_PER_SIDE / 2)}`,
            )
          ).map((r) => r.id)
        : [];
    const outsideSample = [...new Set([...neighbours, ...sample(outside)])].slice(0, SINGLE_READS_PER_SIDE + neighbours.length);
    const probes = [...sample(expected).map((id) => ({ id, inside: true })), ...outsideSample.map((id) => ({ id, inside: false }))];
    const batch = LIMITS.maxAliases - 1;
    for (let i = 0; i < probes.length; i += batch) {
      const part = probes.slice(i, i + batch);
      const res = await this.gql(`{ ${part.map((p, j) => `r${j}: ${name}(id: "${p.id}") ${selectionOf({ type, children: [] })}`).join(' ')} }`);
      for (const [j, p] of part.entries()) {
        this.probes++;
        const got = res.data?.[`r${j}`] as Rec | null | undefined;
        if (p.inside && got?.id !== p.id && !TABLES[type.name]!.reference)
          this.finding(
            'single read',
            `${name}(id)`,
            `${type.name} ${p.id} is in scope but came back ${got === undefined ? `as error ${res.errors?.[0]?.extensions.code}` : 'null'}`,
          );
        if (!p.inside && got != null) this.finding('single read', `${name}(id)`, `${type.name} ${p.id} is outside scope but was returned`);
        if (got) await this.checkRecord(type, got, `${name}(id)`);
      }
    }
  }

  /** Runs a selection tree under a root, splitting it while the server refuses it as too complex. */
  private async queryTree(root: string, args: string, node: Node, wrap: (sel: string) => string, read: (data: Rec) => unknown, where: string) {
    const res = await this.gql(`{ ${root}${args} ${wrap(selectionOf(node))} }`);
    if (isTooComplex(res.errors)) {
      const parts = split(node);
      if (!parts.length) this.finding('unprobed', where, `the server refuses even ${root} ${selectionOf(node)}: ${res.errors![0]!.message}`);
      for (const p of parts) await this.queryTree(root, args, p, wrap, read, where);
      return null;
    }
    if (!res.data) return null;
    const value = read(res.data);
    await this.walk(node, value, where, { root: true });
    return value;
  }

  private async probeNested(name: string, item: GraphQLObjectType) {
    const tree = relationTree(item, HOPS, new Set([item.name]));
    for (const child of tree.children) {
      const node: Node = { type: item, children: [child] };
      await this.queryTree(
        name,
        `(limit: ${PARENTS_PER_ROOT})`,
        node,
        (sel) => `{ items ${sel} }`,
        (d) => d[name].items,
        `${name}.items`,
      );
    }
  }

  private async probeOther(field: GraphQLField<unknown, unknown>) {
    const handler = OTHER_QUERIES[field.name];
    if (!handler) {
      this.finding('unprobed', field.name, 'a Query field the probe does not know how to probe: add it to OTHER_QUERIES');
      return;
    }
    await handler(this, field);
  }

  /** A generic walk of an aggregate or single-object query, plus whatever its handler checks. */
  async probeObject(field: GraphQLField<unknown, unknown>, args: string): Promise<{ data?: Rec; errors?: any[] }> {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      const res = await this.gql(`{ ${field.name}${args} }`);
      return { data: res.data?.[field.name], errors: res.errors };
    }
    const tree = relationTree(named, HOPS, new Set([named.name]));
    const res = await this.gql(`{ ${field.name}${args} ${selectionOf({ ...tree, children: [] })} }`);
    if (res.errors) return { errors: res.errors };
    const data = res.data[field.name] as Rec | null;
    if (data == null) return { data: undefined };
    // `me` is the caller's own account, whatever its scope.
    if (field.name !== 'me') await this.checkRecord(named, data, field.name);
    for (const child of tree.children) {
      const part = (await this.queryTree(
        field.name,
        args,
        { type: named, children: [child] },
        (s) => s,
        (d) => d[field.name],
        field.name,
      )) as Rec | null;
      if (part) data[child.field] = part[child.field];
    }
    return { data };
  }

  get current() {
    return { account: this.account, app: this.app, gql: this.gql.bind(this), finding: this.finding.bind(this), checkFields: this.checkFields.bind(this) };
  }
}

function leafValues(v: unknown): unknown[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap(leafValues);
  if (typeof v === 'object') return Object.values(v as object).flatMap(leafValues);
  return [v];
}

/** How a read the account has no rows for may answer: FORBIDDEN, or BAD_USER_INPUT on a default org it cannot see. */
const allowedNothing = (errors: any[] | undefined) => ['FORBIDDEN', 'BAD_USER_INPUT'].includes(errors?.[0]?.extensions?.code);
const args = (o: Record<string, string | undefined>) => {
  const parts = Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return parts.length ? `(${parts.join(', ')})` : '';
};

/** Latest month with service hours, and one with visits (seeded data is dated back from today). */
async function month(app: TestApp, sql: string): Promise<string> {
  return (await app.query<{ m: string }>(sql))[0]!.m;
}

/** Aggregates, exports and other non-list reads: how each is called and what its numbers must be. */
export const OTHER_QUERIES: Record<string, (p: PermissionProbe, f: GraphQLField<unknown, unknown>) => Promise<void>> = {
  async me(p, f) {
    await p.probeObject(f, '');
  },
  /** Configuration, the same for every reader: walked for records it exposes. */
  async deadlinePolicy(p, f) {
    await p.probeObject(f, '');
  },
  async supportGroupRequirements(p, f) {
    await p.probeObject(f, '');
  },
  /** The names rules use, the same for every signed-in caller: no records. */
  async subjects(p, f) {
    p.probes++;
    const { data, errors } = await p.probeObject(f, '');
    if (errors || !Array.isArray(data) || !data.includes('Org'))
      p.current.finding('aggregate', f.name, `expected the subject names, got ${JSON.stringify(errors ?? data)}`);
  },
  async consequenceRules(p, f) {
    await p.probeObject(f, '');
  },
  async publicSurvey(p, f) {
    const { data, errors } = await p.probeObject(f, args({ token: '"not-a-token"' }));
    p.probes++;
    if (data != null || errors) p.current.finding('aggregate', f.name, 'an unknown token answered');
  },
  /** Every round: readable ones rank exactly the scorecards the account may read; others answer nothing. */
  async assessmentRanking(p, f) {
    const { app, finding } = p.current;
    const rounds = await p.expected('AssessmentRound');
    const cards = await p.expected('Scorecard');
    for (const { id } of await app.query<{ id: string }>('select id::text as id from assessment_round order by id')) {
      const { data, errors } = await p.probeObject(f, args({ roundId: `"${id}"`, limit: '500' }));
      p.probes++;
      if (errors) {
        finding('aggregate', f.name, `round ${id}: error ${errors[0].extensions.code}`);
        continue;
      }
      const listed = ((data?.items ?? []) as Rec[]).map((i) => (i.scorecard as Rec | undefined)?.id as string);
      const [{ n }] = rounds.has(id)
        ? await app.query<{ n: number }>('select count(*)::int as n from scorecard where round_id = ? and id = any(?::bigint[])', [
            id,
            `{${[...cards].join(',')}}`,
          ])
        : [{ n: 0 }];
      if (data?.total !== n) finding('aggregate', f.name, `round ${id}: total ${data?.total}, the account may rank ${n}`);
      if (listed.some((c) => c && !cards.has(c))) finding('aggregate', f.name, `round ${id}: a scorecard outside scope`);
    }
  },
  async assessmentSummary(p, f) {
    const { app, finding } = p.current;
    const rounds = await p.expected('AssessmentRound');
    const cards = await p.expected('Scorecard');
    for (const { id } of await app.query<{ id: string }>('select id::text as id from assessment_round order by id')) {
      const { data, errors } = await p.probeObject(f, args({ roundId: `"${id}"` }));
      p.probes++;
      const counted = errors ? `error ${errors[0].extensions.code}` : ((data ?? []) as unknown as Rec[]).reduce((s, g) => s + (g.count as number), 0);
      const [{ n }] = rounds.has(id)
        ? await app.query<{ n: number }>('select count(*)::int as n from scorecard where round_id = ? and id = any(?::bigint[])', [
            id,
            `{${[...cards].join(',')}}`,
          ])
        : [{ n: 0 }];
      if (counted !== n) finding('aggregate', f.name, `round ${id}: ${counted} scorecards summarised, the account may read ${n}`);
    }
  },
  /** The sheet of a round holds exactly the scorecards the account may read; a round it cannot read is NOT_FOUND. */
  async exportAssessmentRound(p, f) {
    const { app, finding } = p.current;
    const rounds = await p.expected('AssessmentRound');
    const cards = await p.expected('Scorecard');
    for (const { id } of await app.query<{ id: string }>('select id::text as id from assessment_round order by id')) {
      const { data, errors } = await p.probeObject(f, args({ roundId: `"${id}"` }));
      p.probes++;
      if (!rounds.has(id)) {
        if (!errors || errors[0].extensions.code !== 'NOT_FOUND') finding('export', f.name, `round ${id} outside scope was exported`);
        continue;
      }
      if (errors) {
        finding('export', f.name, `round ${id}: error ${errors[0].extensions.code}`);
        continue;
      }
      const rows = await sheetRows(data!.contentBase64);
      const outside = rows.filter((r) => !cards.has(r['编号']!));
      const [{ n }] = await app.query<{ n: number }>('select count(*)::int as n from scorecard where round_id = ? and id = any(?::bigint[])', [
        id,
        `{${[...cards].join(',')}}`,
      ]);
      if (outside.length || rows.length !== n)
        finding('export', f.name, `round ${id}: ${rows.length} rows (${outside.length} outside scope), the account may read ${n}`);
    }
  },
  /** Responses counted per grid: those of readable rounds in the grids whose links the account reaches. */
  async surveyScores(p, f) {
    const { app, finding } = p.current;
    const rounds = await p.expected('SurveyRound');
    const links = await p.expected('SurveyLink');
    for (const { id } of await app.query<{ id: string }>('select id::text as id from survey_round order by id')) {
      const { data, errors } = await p.probeObject(f, args({ roundId: `"${id}"`, groupBy: 'GRID' }));
      p.probes++;
      const counted = errors ? `error ${errors[0].extensions.code}` : ((data ?? []) as unknown as Rec[]).reduce((s, g) => s + (g.responses as number), 0);
      const [{ n }] = rounds.has(id)
        ? await app.query<{ n: number }>(
            'select count(*)::int as n from survey_response r join survey_link l on l.round_id = r.round_id and l.grid_id = r.grid_id where r.round_id = ? and l.id = any(?::bigint[])',
            [id, `{${[...links].join(',')}}`],
          )
        : [{ n: 0 }];
      if (counted !== n) finding('aggregate', f.name, `round ${id}: ${counted} responses counted, the account may count ${n}`);
    }
  },
  async supervisionStats(p, f) {
    const { account, app, finding } = p.current;
    p.probes++;
    const where = countedPeopleWhere(account);
    const [{ n }] = where ? await app.query<{ n: number }>(`select count(*)::int as n from supervised_person t where ${where}`) : [{ n: 0 }];
    const { data, errors } = await p.probeObject(f, '');
    const total = errors ? (allowedNothing(errors) ? 0 : `error ${errors[0].extensions.code}`) : data!.total;
    if (total !== n) finding('aggregate', f.name, `total ${total}, the account may count ${n}`);
  },
  async serviceHoursTotal(p, f) {
    const { account, app, finding } = p.current;
    const m = await month(app, 'select max(month) as m from service_hours');
    p.probes++;
    const where = countedPeopleWhere(account);
    const [{ n }] = where
      ? await app.query<{ n: number }>(
          `select coalesce(sum(h.hours), 0)::float as n from service_hours h join supervised_person t on t.id = h.person_id where h.month = ? and ${where}`,
          [m],
        )
      : [{ n: 0 }];
    const { data, errors } = await p.probeObject(f, args({ month: `"${m}"` }));
    const total = errors ? (allowedNothing(errors) ? 0 : `error ${errors[0].extensions.code}`) : data;
    if (total !== n) finding('aggregate', f.name, `${total} hours, the account may count ${n}`);
  },
  async taskStats(p, f) {
    const { account, app, finding } = p.current;
    p.probes++;
    const where = countedTasksWhere(account);
    const root = `(select id from org where starts_with(path, (select path from org where code = '${SCOPE_ROOT[account]}')))`;
    const inYear = `t.reported_at >= ('${YEAR.from}'::timestamp at time zone 'Asia/Shanghai') and t.reported_at < (('${YEAR.to}'::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
    const [{ n }] = where
      ? await app.query<{ n: number }>(`select count(*)::int as n from task t where ${where} and t.kind = 'EVENT' and ${inYear} and t.org_id in ${root}`)
      : [{ n: 0 }];
    const { data, errors } = await p.probeObject(f, args({ from: `"${YEAR.from}"`, to: `"${YEAR.to}"` }));
    const received = errors ? (allowedNothing(errors) ? 0 : `error ${errors[0].extensions.code}`) : data!.received;
    if (received !== n) finding('aggregate', f.name, `received ${received}, the account may count ${n}`);
  },
  async trafficLightRates(p, f) {
    const { finding } = p.current;
    const counted = countedReportGridsWhere(p.current.account);
    const grids = new Set(counted ? (await p.current.app.query<{ id: string }>(`select t.id::text as id from grid t where ${counted}`)).map((r) => r.id) : []);
    const { data, errors } = await p.probeObject(f, args({ from: `"${LAST_30_DAYS.from}"`, to: `"${LAST_30_DAYS.to}"`, groupBy: 'GRID' }));
    if (errors && !allowedNothing(errors)) finding('aggregate', f.name, errors[0].message);
    for (const g of (data?.groups ?? []) as Rec[]) {
      p.probes++;
      if (!grids.has(g.key)) finding('aggregate', f.name, `lights of grid ${g.key}, whose reports the account may not read`);
    }
  },
  async visitCompliance(p, f) {
    const m = await month(p.current.app, "select to_char(max(date), 'YYYY-MM') as m from visit");
    const { errors } = await p.probeObject(f, args({ month: `"${m}"`, limit: '100' }));
    if (errors && !allowedNothing(errors)) p.current.finding('aggregate', f.name, errors[0].message);
  },
  /** Person-months due and visited over the year up to the last month with visits, of the people the account may count under its scope root. */
  async visitComplianceStats(p, f) {
    const { account, app, finding } = p.current;
    const to = await month(app, "select to_char(max(date), 'YYYY-MM') as m from visit");
    const from = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 12, 1)).toISOString().slice(0, 7);
    p.probes++;
    const where = countedPeopleWhere(account);
    const root = `(select id from org where starts_with(path, (select path from org where code = '${SCOPE_ROOT[account]}')))`;
    const [{ n, v }] = where
      ? await app.query<{ n: number; v: number }>(
          `select count(*)::int as n,
                  (count(*) filter (where exists (select 1 from visit x where x.person_id = t.id and x.date >= m.m and x.date < m.m + interval '1 month')))::int as v
             from supervised_person t join (select d::date as m from generate_series(?::date, ?::date, interval '1 month') d) m
               on (t.supervision_start is null or t.supervision_start < m.m + interval '1 month') and (t.supervision_end is null or t.supervision_end >= m.m)
            where ${where} and t.status = 'ACTIVE' and t.org_id in ${root}`,
          [`${from}-01`, `${to}-01`],
        )
      : [{ n: 0, v: 0 }];
    const { data, errors } = await p.probeObject(f, args({ from: `"${from}"`, to: `"${to}"`, groupBy: 'GRID' }));
    const got = errors ? (allowedNothing(errors) ? '0/0' : `error ${errors[0].extensions.code}`) : `${data!.active}/${data!.visited}`;
    if (got !== `${n}/${v}`) finding('aggregate', f.name, `due/visited ${got}, the account may count ${n}/${v}`);
  },
  async gridReportCalendar(p, f) {
    const { account, app, finding } = p.current;
    const visible = [...(await p.expected('Grid'))].sort((a, b) => Number(a) - Number(b));
    const readsReports = scopeWhere(account, 'GridReport');
    const m = await month(app, "select to_char(max(date), 'YYYY-MM') as m from grid_report");
    const all = (await app.query<{ id: string }>('select id::text as id from grid order by id')).map((r) => r.id);
    const outside = all.filter((id) => !visible.includes(id)).slice(0, 3);
    for (const gridId of [...visible.slice(0, 3), ...outside]) {
      p.probes++;
      const { data, errors } = await p.probeObject(f, args({ gridId: `"${gridId}"`, month: `"${m}"` }));
      const inside = visible.includes(gridId);
      if (!inside && data) finding('aggregate', f.name, `calendar of grid ${gridId} outside scope was returned`);
      if (!inside) continue;
      const [{ n }] = readsReports
        ? await app.query<{ n: number }>(
            `select count(*)::int as n from grid_report t where t.grid_id = ? and to_char(t.date, 'YYYY-MM') = ? and ${readsReports}`,
            [gridId, m],
          )
        : [{ n: 0 }];
      const got = data
        ? (data.days as Rec[]).reduce((s, d) => s + (d.reports?.length ?? 0), 0)
        : allowedNothing(errors)
          ? 0
          : `error ${errors?.[0].extensions.code}`;
      if (got !== n) finding('aggregate', f.name, `grid ${gridId} ${m}: ${got} reports, the account may read ${n}`);
    }
  },
  async exportFormTemplate(p, f) {
    const { account, app, finding } = p.current;
    const [demo] = await app.query<{ id: string }>("select id::text from form_template where code = 'COMMUNITY_MONTHLY'");
    const { data, errors } = await p.probeObject(f, args({ id: `"${demo!.id}"` }));
    p.probes++;
    const reads = scopeWhere(account, 'FormTemplate') !== null;
    if (reads && errors) finding('export', f.name, `error ${errors[0].extensions.code}`);
    if (!reads && data) finding('export', f.name, 'a template the account may not read was exported');
    const visible = new Set(
      (
        await app.query<{ code: string }>(`select t.code from form_rule t where t.template_id = ? and ${scopeWhere(account, 'FormRule') ?? 'false'}`, [
          demo!.id,
        ])
      ).map((r) => r.code),
    );
    for (const rule of ((data as Rec | undefined)?.rules ?? []) as Rec[]) {
      p.probes++;
      if (!visible.has(rule.code)) finding('export', f.name, `rule ${rule.code} outside scope`);
    }
  },
  async reportingRate(p, f) {
    const { account, app, finding } = p.current;
    const round = await demoRound(app);
    const where = countedSubmissionsWhere(account);
    const [{ n }] = where
      ? await app.query<{ n: number }>(`select count(*)::int as n from form_submission t where t.round_id = ? and ${where}`, [round])
      : [{ n: 0 }];
    await p.probeObject(f, args({ roundId: `"${round}"` }));
    const { data, errors } = await p.current.gql(`{ reportingRate(roundId: "${round}") { total { expected } } }`);
    p.probes++;
    const got = errors ? (allowedNothingOrHidden(errors) ? 0 : `error ${errors[0].extensions.code}`) : data.reportingRate.total.expected;
    if (got !== n) finding('aggregate', f.name, `expected ${got}, the account may count ${n}`);
  },
  async formAggregate(p, f) {
    const { account, app, finding } = p.current;
    const round = await demoRound(app);
    const where = countedSubmissionsWhere(account);
    const [{ n }] = where
      ? await app.query<{ n: number }>(
          `select count(*)::int as n from form_submission t where t.round_id = ? and t.status in ('APPROVED', 'ARCHIVED') and ${where}`,
          [round],
        )
      : [{ n: 0 }];
    await p.probeObject(f, args({ roundId: `"${round}"` }));
    const { data, errors } = await p.current.gql(`{ formAggregate(roundId: "${round}") { total { submissions } } }`);
    p.probes++;
    const got = errors ? (allowedNothingOrHidden(errors) ? 0 : `error ${errors[0].extensions.code}`) : data.formAggregate.total.submissions;
    if (got !== n) finding('aggregate', f.name, `${got} forms, the account may count ${n}`);
  },
  async periodComparison(p, f) {
    const { account, app, finding } = p.current;
    const round = await demoRound(app);
    const where = countedSubmissionsWhere(account);
    const orgs = new Set(
      where
        ? (await app.query<{ id: string }>(`select t.org_id::text as id from form_submission t where t.round_id = ? and ${where}`, [round])).map((r) => r.id)
        : [],
    );
    const { data, errors } = await p.probeObject(f, args({ roundId: `"${round}"`, thresholdPercent: '10' }));
    if (errors && !allowedNothingOrHidden(errors)) finding('aggregate', f.name, errors[0].message);
    for (const change of (data ?? []) as unknown as Rec[]) {
      p.probes++;
      if (!orgs.has(change.orgId)) finding('aggregate', f.name, `a change of org ${change.orgId} outside scope`);
    }
  },
  async exportRound(p, f) {
    const { account, app, finding } = p.current;
    const round = await demoRound(app);
    const where = scopeWhere(account, 'FormSubmission');
    const [{ n }] = where
      ? await app.query<{ n: number }>(`select count(*)::int as n from form_submission t where t.round_id = ? and ${where}`, [round])
      : [{ n: 0 }];
    const { data, errors } = await p.probeObject(f, args({ roundId: `"${round}"` }));
    p.probes++;
    if (errors) {
      if (!(allowedNothingOrHidden(errors) && countedSubmissionsWhere(account) === null)) finding('export', f.name, `error ${errors[0].extensions.code}`);
      return;
    }
    const rows = await sheetRows(data!.contentBase64, '填报');
    if (rows.length !== n) finding('export', f.name, `${rows.length} rows, the account may export ${n}`);
  },
  async passwordPolicy(p, f) {
    await p.probeObject(f, '');
  },
  async orgsTemplate(p, f) {
    await OTHER_QUERIES.supervisedPeopleTemplate!(p, f);
  },
  async gridsTemplate(p, f) {
    await OTHER_QUERIES.supervisedPeopleTemplate!(p, f);
  },
  async usersTemplate(p, f) {
    await OTHER_QUERIES.supervisedPeopleTemplate!(p, f);
  },
  /** Only readers of the audit log export it; the sheet holds no more rows than they may read. */
  async exportAuditLog(p, f) {
    const { account, finding } = p.current;
    const readable = (await p.expected('AuditLog')).size;
    const { data, errors } = await p.probeObject(f, '');
    p.probes++;
    if (errors) {
      if (readable > 0 || errors[0].extensions.code !== 'FORBIDDEN')
        finding('export', f.name, `error ${errors[0].extensions.code}, ${account} may read ${readable}`);
      return;
    }
    if (!readable) finding('export', f.name, `${account} exported the audit log without reading it`);
    const rows = await sheetRows(data!.contentBase64);
    if (rows.length > (await p.expected('AuditLog')).size) finding('export', f.name, `${rows.length} rows, the account may read ${readable}`);
  },
  async supervisedPeopleTemplate(p, f) {
    const { data, errors } = await p.probeObject(f, '');
    p.probes++;
    if (errors) return;
    const rows = await sheetRows(data!.contentBase64);
    if (rows.length) p.current.finding('export', f.name, `the template carries ${rows.length} data rows`);
  },
  async exportSupervisedPeople(p, f) {
    const { account, app, finding, checkFields } = p.current;
    const where = scopeWhere(account, 'SupervisedPerson');
    const expected = where
      ? await app.query<{ key: string; kind: string }>(
          `select t.name || '|' || o.code || '|' || g.number as key, t.kind from supervised_person t join org o on o.id = t.org_id join grid g on g.id = t.grid_id where ${where}`,
        )
      : [];
    const { data, errors } = await p.probeObject(f, '');
    p.probes++;
    if (errors) {
      if (!(allowedNothing(errors) && expected.length === 0))
        finding('export', f.name, `error ${errors[0].extensions.code}, the account may export ${expected.length}`);
      return;
    }
    const rows = await sheetRows(data!.contentBase64);
    if (rows.length !== expected.length) finding('export', f.name, `${rows.length} rows, the account may export ${expected.length}`);
    const kindOf = new Map(expected.map((e) => [e.key, e.kind]));
    for (const row of rows) {
      p.probes++;
      const key = `${row['姓名']}|${row['社区代码']}|${row['网格编号']}`;
      if (!kindOf.has(key)) finding('export', f.name, `row ${key} outside scope`);
      const rec = {
        kind: kindOf.get(key),
        idNumber: row['身份证号'] || null,
        birthDate: row['出生日期'] || null,
        phone: row['联系电话'] || null,
        offenceSummary: row['简要案情'] || null,
      };
      checkFields('SupervisedPerson', rec, 'exportSupervisedPeople (xlsx)');
    }
  },
};

/** The 2026-11 round of the demo monthly form. */
async function demoRound(app: TestApp): Promise<string> {
  const [round] = await app.query<{ id: string }>(
    "select r.id::text from reporting_round r join form_template t on t.id = r.template_id where t.code = 'COMMUNITY_MONTHLY' and r.period = '2026-11'",
  );
  return round!.id;
}

/** Statistics of a round the account cannot see answer NOT_FOUND, as any mutation naming it would. */
const allowedNothingOrHidden = (errors: any[] | undefined) => allowedNothing(errors) || errors?.[0]?.extensions?.code === 'NOT_FOUND';

/** The data rows of the first sheet (or the one named) as header → text; none when there is no such sheet. */
async function sheetRows(base64: string, sheet?: string): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) return [];
  const headers: string[] = [];
  ws.getRow(1).eachCell((c, i) => (headers[i] = String(c.value)));
  const rows: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record<string, string> = {};
    row.eachCell((c, i) => (rec[headers[i]!] = c.value == null ? '' : String(c.value instanceof Date ? c.value.toISOString().slice(0, 10) : c.value)));
    if (Object.values(rec).some(Boolean)) rows.push(rec);
  });
  return rows;
}
