import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { expandDotted } from '../../../api/src/core/ability';
import { defineModule, UNSCOPED, type DomainModule, type SubjectType } from '../../../api/src/core/module';
import { buildRegistry } from '../../../api/src/core/registry';
import { DataScope, subtreeRange, type Actor } from '../../../api/src/core/rules';
import { registry } from '../../../api/src/modules';
import { orgModule } from '../../../api/src/modules/org/org.module';
import { roleModule } from '../../../api/src/modules/role/role.module';
import { startTestApp, type TestApp } from '../../support/app';
import { rows } from '../../support/rows';

/**
 * The registry composed from modules/index.ts: every subject's scopes run as SQL on a fixture whose
 * answers are written below by hand, the database's RESTRICT keys into org, grid and user_account
 * against the declared references, and what buildRegistry refuses.
 *
 * Fixture, under 密云区 (X):
 *   township T with communities C1, C2 and the department DP; grids G1, G3 in C1 and G2 in C2.
 *   accounts U (C1, works in G1), U3 (C1, G3), U2 (C2, G2), DU (DP, G2), W (T, no grid).
 *   audit entries A1 by U, A5 by U3, A2 by U2, A3 by DU, A4 by W, each at its author's org.
 *   people P1 (C1/G1, U responsible), P5 (C1/G1, U3), P4 (C1/G3, U3), P2 (C2/G2, U2), P3 (C2/G2, DU).
 *   visits S1 to P1 and S4 to P4 by U, S5 to P5 by U3, S2 to P2 by U2, S3 to P3 by DU.
 *   tasks K1 (C1/G1, reported by U), K2 (C2/G2, U2), K3 (C1/G3, U3; handled by DP, DU),
 *         K4 (T, W; handled by C1, U), K5 (arose in X outside T; handled by C1).
 *   grid reports R1 (C1/G1 by U), R5 (C1/G1 by U3), R3 (C1/G3 by U3), R2 (C2/G2 by U2), R4 (C2/G2 by DU).
 * Actors: U, and DU, whose department anchors ORG and ORG_SUBTREE at T.
 */

/**
 * The entity each subject's scope conditions are written for (configuration subjects have none), for
 * the subjects of the foundation's modules, whose answers on the fixture are written out below. A
 * module added later tests its own scopes' rows; here its scopes are checked to compile and run.
 */
const ENTITY: Partial<Record<SubjectType, string | typeof UNSCOPED>> = {
  Org: 'Org',
  Grid: 'Grid',
  User: 'User',
  AuditLog: 'AuditLog',
  SupervisedPerson: 'SupervisedPerson',
  SupervisionStats: 'SupervisedPerson',
  Visit: 'Visit',
  Task: 'Task',
  TaskStats: 'Task',
  GridReport: 'GridReport',
  GridReportStats: 'GridReport',
  Role: UNSCOPED,
  Dictionary: UNSCOPED,
  DeadlinePolicy: UNSCOPED,
  FormTemplate: UNSCOPED,
  FormRule: 'FormRule',
  ReportingRound: 'ReportingRound',
  FormSubmission: 'FormSubmission',
  FormStats: 'FormSubmission',
  PasswordPolicy: UNSCOPED,
  Session: 'Session',
  AssessmentScheme: UNSCOPED,
  AssessmentRound: 'AssessmentRound',
  Scorecard: 'Scorecard',
  SurveyRound: 'SurveyRound',
  SurveyResponse: 'SurveyResponse',
  ConsequenceRule: UNSCOPED,
  Complaint: 'Complaint',
  ConsequenceFlag: 'ConsequenceFlag',
};

/** The fixture rows of each entity, by name. */
const FIXTURE: Record<string, string[]> = {
  Org: ['T', 'C1', 'C2', 'DP'],
  Grid: ['G1', 'G2', 'G3'],
  User: ['U', 'U2', 'U3', 'DU', 'W'],
  AuditLog: ['A1', 'A2', 'A3', 'A4', 'A5'],
  SupervisedPerson: ['P1', 'P2', 'P3', 'P4', 'P5'],
  Visit: ['S1', 'S2', 'S3', 'S4', 'S5'],
  Task: ['K1', 'K2', 'K3', 'K4', 'K5'],
  GridReport: ['R1', 'R2', 'R3', 'R4', 'R5'],
  FormRule: ['FR_X', 'FR_T', 'FR_C1', 'FR_C2'],
  ReportingRound: ['RR_X', 'RR_T', 'RR_C1', 'RR_C2'],
  FormSubmission: ['FS_T', 'FS_C1', 'FS_C2'],
  Session: ['E1', 'E2', 'E3', 'E4', 'E5'],
  AssessmentRound: ['AR1', 'AR2', 'AR3'],
  Scorecard: ['SC1', 'SC2', 'SC3', 'SCU', 'SCD'],
  SurveyRound: ['SR1', 'SR2', 'SR3'],
  SurveyResponse: ['SV1', 'SV2', 'SV3'],
  Complaint: ['CP1', 'CP2', 'CP3', 'CP4'],
  ConsequenceFlag: ['F1', 'F2', 'F3'],
};

type Scope = Exclude<DataScope, DataScope.ALL>;
const SCOPES: Scope[] = [DataScope.ORG_SUBTREE, DataScope.ORG, DataScope.GRID, DataScope.SELF];
type Answers = Record<'U' | 'DU', Record<Scope, string>>;

const TASKS: Answers = {
  U: { ORG_SUBTREE: 'K1 K3 K4 K5', ORG: 'K1 K3 K4 K5', GRID: 'K1', SELF: 'K1 K4' },
  DU: { ORG_SUBTREE: 'K1 K2 K3 K4 K5', ORG: 'K3 K4', GRID: 'K2', SELF: 'K3' },
};
const REPORTS: Answers = {
  U: { ORG_SUBTREE: 'R1 R3 R5', ORG: 'R1 R3 R5', GRID: 'R1 R5', SELF: 'R1' },
  DU: { ORG_SUBTREE: 'R1 R2 R3 R4 R5', ORG: '', GRID: 'R2 R4', SELF: 'R4' },
};
const PEOPLE: Answers = {
  U: { ORG_SUBTREE: 'P1 P4 P5', ORG: 'P1 P4 P5', GRID: 'P1 P5', SELF: 'P1' },
  DU: { ORG_SUBTREE: 'P1 P2 P3 P4 P5', ORG: '', GRID: 'P2 P3', SELF: 'P3' },
};

/** Rules and rounds reach the caller's subtree and the orgs above it. */
const orgOrAbove = (p: string): Answers => ({
  U: { ORG_SUBTREE: `${p}_C1 ${p}_T ${p}_X`, ORG: `${p}_C1 ${p}_T ${p}_X`, GRID: `${p}_C1`, SELF: `${p}_C1` },
  DU: { ORG_SUBTREE: `${p}_C1 ${p}_C2 ${p}_T ${p}_X`, ORG: `${p}_T ${p}_X`, GRID: `${p}_C2`, SELF: '' },
});
const SUBMISSIONS: Answers = {
  U: { ORG_SUBTREE: 'FS_C1', ORG: 'FS_C1', GRID: 'FS_C1', SELF: 'FS_C1' },
  DU: { ORG_SUBTREE: 'FS_C1 FS_C2 FS_T', ORG: 'FS_T', GRID: 'FS_C2', SELF: '' },
};

/** What each actor reaches per subject and scope (names of fixture rows). */
const EXPECTED: Record<string, Answers> = {
  Org: {
    U: { ORG_SUBTREE: 'C1', ORG: 'C1', GRID: 'C1', SELF: 'C1' },
    DU: { ORG_SUBTREE: 'C1 C2 DP T', ORG: 'T', GRID: 'C2', SELF: 'DP' },
  },
  Grid: {
    U: { ORG_SUBTREE: 'G1 G3', ORG: 'G1 G3', GRID: 'G1', SELF: 'G1' },
    DU: { ORG_SUBTREE: 'G1 G2 G3', ORG: '', GRID: 'G2', SELF: 'G2' },
  },
  User: {
    U: { ORG_SUBTREE: 'U U3', ORG: 'U U3', GRID: 'U', SELF: 'U' },
    DU: { ORG_SUBTREE: 'DU U U2 U3 W', ORG: 'W', GRID: 'DU U2', SELF: 'DU' },
  },
  AuditLog: {
    U: { ORG_SUBTREE: 'A1 A5', ORG: 'A1 A5', GRID: 'A1', SELF: 'A1' },
    DU: { ORG_SUBTREE: 'A1 A2 A3 A4 A5', ORG: 'A4', GRID: 'A3', SELF: 'A3' },
  },
  SupervisedPerson: PEOPLE,
  SupervisionStats: PEOPLE,
  Visit: {
    U: { ORG_SUBTREE: 'S1 S4 S5', ORG: 'S1 S4 S5', GRID: 'S1 S5', SELF: 'S1 S4' },
    DU: { ORG_SUBTREE: 'S1 S2 S3 S4 S5', ORG: '', GRID: 'S2 S3', SELF: 'S3' },
  },
  Task: TASKS,
  TaskStats: TASKS,
  GridReport: REPORTS,
  GridReportStats: REPORTS,
  FormRule: orgOrAbove('FR'),
  ReportingRound: orgOrAbove('RR'),
  FormSubmission: SUBMISSIONS,
  FormStats: SUBMISSIONS,
  Session: {
    U: { ORG_SUBTREE: 'E1 E5', ORG: 'E1 E5', GRID: 'E1', SELF: 'E1' },
    DU: { ORG_SUBTREE: 'E1 E2 E3 E4 E5', ORG: 'E4', GRID: 'E3', SELF: 'E3' },
  },
  AssessmentRound: {
    U: { ORG_SUBTREE: 'AR1', ORG: 'AR1', GRID: 'AR1', SELF: 'AR1' },
    DU: { ORG_SUBTREE: 'AR1 AR2 AR3', ORG: 'AR3', GRID: 'AR2', SELF: 'AR3' },
  },
  Scorecard: {
    U: { ORG_SUBTREE: 'SC1 SC3 SCU', ORG: 'SC1 SC3 SCU', GRID: 'SC1 SCU', SELF: 'SCU' },
    DU: { ORG_SUBTREE: 'SC1 SC2 SC3 SCD SCU', ORG: '', GRID: 'SC2 SCD', SELF: 'SCD' },
  },
  SurveyRound: {
    U: { ORG_SUBTREE: 'SR1', ORG: 'SR1', GRID: 'SR1', SELF: 'SR1' },
    DU: { ORG_SUBTREE: 'SR1 SR2 SR3', ORG: 'SR3', GRID: 'SR2', SELF: 'SR3' },
  },
  SurveyResponse: {
    U: { ORG_SUBTREE: 'SV1 SV3', ORG: 'SV1 SV3', GRID: 'SV1', SELF: 'SV1' },
    DU: { ORG_SUBTREE: 'SV1 SV2 SV3', ORG: '', GRID: 'SV2', SELF: 'SV2' },
  },
  Complaint: {
    U: { ORG_SUBTREE: 'CP1 CP3', ORG: 'CP1 CP3', GRID: 'CP1', SELF: 'CP1' },
    DU: { ORG_SUBTREE: 'CP1 CP2 CP3 CP4', ORG: '', GRID: 'CP2 CP4', SELF: 'CP4' },
  },
  ConsequenceFlag: {
    U: { ORG_SUBTREE: 'F1', ORG: 'F1', GRID: 'F1', SELF: 'F1' },
    DU: { ORG_SUBTREE: 'F1 F2 F3', ORG: '', GRID: 'F3', SELF: 'F3' },
  },
};

const SCOPED = (Object.keys(ENTITY) as SubjectType[]).filter((s) => ENTITY[s] !== UNSCOPED);
const CASES = SCOPED.flatMap((subject) => (['U', 'DU'] as const).flatMap((actor) => SCOPES.map((scope) => [subject, actor, scope] as const)));

let app: TestApp;
const id: Record<string, string> = {};
const name = new Map<string, string>();
const actors = {} as Record<'U' | 'DU', Actor>;

beforeAll(async () => {
  app = await startTestApp();
  const r = rows(app);
  const [county] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
  const X = county!.id;
  const T = await r.org(X, 'TOWNSHIP');
  const [C1, C2, DP] = [await r.org(T, 'COMMUNITY'), await r.org(T, 'COMMUNITY'), await r.org(T, 'DEPARTMENT')];
  const [G1, G3, G2] = [await r.grid(C1), await r.grid(C1), await r.grid(C2)];
  const [U, U3, U2, DU, W] = [await r.user(C1, [G1]), await r.user(C1, [G3]), await r.user(C2, [G2]), await r.user(DP, [G2]), await r.user(T)];
  const paths = Object.fromEntries(
    (await app.query<{ id: string; path: string }>('select id::text, path from org where id in (?, ?, ?, ?)', [T, C1, C2, DP])).map((o) => [o.id, o.path]),
  );
  const [P1, P5, P4, P2, P3] = [
    await r.person({ orgId: C1, gridId: G1, responsibleId: U }),
    await r.person({ orgId: C1, gridId: G1, responsibleId: U3 }),
    await r.person({ orgId: C1, gridId: G3, responsibleId: U3 }),
    await r.person({ orgId: C2, gridId: G2, responsibleId: U2 }),
    await r.person({ orgId: C2, gridId: G2, responsibleId: DU }),
  ];
  Object.assign(id, { T, C1, C2, DP, G1, G2, G3, U, U2, U3, DU, W, P1, P2, P3, P4, P5 });
  Object.assign(id, {
    A1: await r.auditEntry(U, paths[C1]!),
    A5: await r.auditEntry(U3, paths[C1]!),
    A2: await r.auditEntry(U2, paths[C2]!),
    A3: await r.auditEntry(DU, paths[DP]!),
    A4: await r.auditEntry(W, paths[T]!),
    S1: await r.visit(P1, U),
    S4: await r.visit(P4, U),
    S5: await r.visit(P5, U3),
    S2: await r.visit(P2, U2),
    S3: await r.visit(P3, DU),
    K1: await r.task({ orgId: C1, gridId: G1, reporterId: U }),
    K2: await r.task({ orgId: C2, gridId: G2, reporterId: U2 }),
    K3: await r.task({ orgId: C1, gridId: G3, reporterId: U3, handlerOrgId: DP, handlerUserId: DU }),
    K4: await r.task({ orgId: T, reporterId: W, handlerOrgId: C1, handlerUserId: U }),
    K5: await r.task({ orgId: X, handlerOrgId: C1 }),
    R1: await r.gridReport({ orgId: C1, gridId: G1, reporterId: U }),
    R5: await r.gridReport({ orgId: C1, gridId: G1, reporterId: U3 }),
    R3: await r.gridReport({ orgId: C1, gridId: G3, reporterId: U3 }),
    R2: await r.gridReport({ orgId: C2, gridId: G2, reporterId: U2 }),
    R4: await r.gridReport({ orgId: C2, gridId: G2, reporterId: DU }),
  });
  const [template] = await app.query<{ id: string }>(
    `insert into form_template (code, name, period_type, revision, status, sections, fields) values ('REGISTRY_FIXTURE', 'f', 'MONTH', 1, 'PUBLISHED', '[]', '[]') returning id::text`,
  );
  for (const [n, org] of Object.entries({ X, T, C1, C2 })) {
    const [rule] = await app.query<{ id: string }>(
      `insert into form_rule (template_id, org_id, code, expression, severity, message) values (?, ?, ?, 'true', 'ERROR', 'm') returning id::text`,
      [template!.id, org, `R_${n}`],
    );
    const [round] = await app.query<{ id: string }>(
      `insert into reporting_round (template_id, period, org_id, target_level, due_at) values (?, '2026-11', ?, 'COMMUNITY', now()) returning id::text`,
      [template!.id, org],
    );
    id[`FR_${n}`] = rule!.id;
    id[`RR_${n}`] = round!.id;
  }
  for (const [n, org] of Object.entries({ T, C1, C2 })) {
    const [submission] = await app.query<{ id: string }>(
      `insert into form_submission (round_id, template_id, template_code, org_id, period) values (?, ?, 'REGISTRY_FIXTURE', ?, '2026-11') returning id::text`,
      [id.RR_X, template!.id, org],
    );
    id[`FS_${n}`] = submission!.id;
  }
  const session = async (userId: string) =>
    (
      await app.query<{ id: string }>(
        "insert into user_session (id, user_id, expires_at) values (gen_random_uuid(), ?, now() + interval '1 hour') returning id::text",
        [userId],
      )
    )[0]!.id;
  Object.assign(id, { E1: await session(U), E2: await session(U2), E3: await session(DU), E4: await session(W), E5: await session(U3) });
  const one = async (sql: string, params: unknown[]) => (await app.query<{ id: string }>(`${sql} returning id::text`, params))[0]!.id;
  const scheme = await one(
    "insert into assessment_scheme (code, revision, name, period_type, subject_type, indicators, grades) values ('registry', 1, 'x', 'QUARTER', 'GRID', '[]', '[]')",
    [],
  );
  const round = (org: string) => one("insert into assessment_round (scheme_id, period, org_id) values (?, '2026-Q1', ?)", [scheme, org]);
  Object.assign(id, { AR1: await round(C1), AR2: await round(C2), AR3: await round(T) });
  const card = (org: string, grid: string | null, user: string | null) =>
    one(
      "insert into scorecard (round_id, org_id, subject_type, grid_id, user_id, subject_key, subject_name, scores, total) values (?, ?, ?, ?, ?, ?, 'x', '[]', 0)",
      [id.AR3, org, grid ? 'GRID' : 'USER', grid, user, `${grid ? 'GRID' : 'USER'}:${grid ?? user}`],
    );
  Object.assign(id, {
    SC1: await card(C1, G1, null),
    SC3: await card(C1, G3, null),
    SC2: await card(C2, G2, null),
    SCU: await card(C1, null, U),
    SCD: await card(DP, null, DU),
  });
  const survey = (org: string) => one("insert into survey_round (template_id, period, org_id) values (?, '2026-H1', ?)", [template!.id, org]);
  Object.assign(id, { SR1: await survey(C1), SR2: await survey(C2), SR3: await survey(T) });
  const response = (grid: string, org: string) =>
    one("insert into survey_response (round_id, grid_id, org_id, answers, score, channel) values (?, ?, ?, '[]', 50, 'PAPER')", [id.SR3, grid, org]);
  Object.assign(id, { SV1: await response(G1, C1), SV3: await response(G3, C1), SV2: await response(G2, C2) });
  const complaint = (org: string, grid: string | null, user: string | null) =>
    one("insert into complaint (org_id, grid_id, user_id, date, source, text) values (?, ?, ?, '2026-01-05', 'x', 'x')", [org, grid, user]);
  Object.assign(id, {
    CP1: await complaint(C1, null, U),
    CP2: await complaint(C2, G2, null),
    CP3: await complaint(C1, G3, null),
    CP4: await complaint(DP, null, DU),
  });
  const flag = (user: string, org: string, grid: string | null) =>
    one(
      "insert into consequence_flag (user_id, org_id, grid_id, rule_code, consequence, period, evidence) values (?, ?, ?, 'x', 'CRITICISM', '2026-H1', '{}')",
      [user, org, grid],
    );
  Object.assign(id, { F1: await flag(U, C1, G1), F2: await flag(U2, C2, G2), F3: await flag(DU, DP, null) });
  for (const [entity, names] of Object.entries(FIXTURE)) for (const n of names) name.set(`${entity}:${id[n]}`, n);
  const actor = (userId: string, orgId: string, root: string, gridIds: string[], gridOrgIds: string[]): Actor => ({
    id: userId,
    username: 'fixture',
    orgId,
    orgPath: paths[orgId]!,
    scopeRootId: root,
    scopeRootPath: paths[root]!,
    gridIds,
    gridOrgIds,
    roles: [],
    mustChangePassword: false,
  });
  actors.U = actor(U, C1, C1, [G1], [C1]);
  actors.DU = actor(DU, DP, T, [G2], [C2]);
});
afterAll(() => app.stop());

/** The entity class a subject's module brings (the module declaring the subject must also own its table). */
function entityOf(subject: SubjectType): EntityClass<unknown> {
  const module = registry.modules.find((m) => m.subjects && subject in m.subjects)!;
  const entity = module.entities?.find((e) => e.name === ENTITY[subject]);
  if (!entity) throw new Error(`module ${module.name} declares ${subject} but has no entity ${String(ENTITY[subject])}`);
  return entity;
}

describe('the registry built from modules/index.ts', () => {
  it('has exactly the subjects its modules declare, each declared once', () => {
    const declared = registry.modules.flatMap((m) => Object.keys(m.subjects ?? {}));
    expect(declared.slice().sort()).toEqual(registry.subjects.slice().sort());
    expect(new Set(declared).size).toBe(declared.length);
    expect(registry.subjects.filter((s) => s in ENTITY).sort()).toEqual(Object.keys(ENTITY).sort());
  });

  const LATER = registry.subjects.filter((s) => !(s in ENTITY));
  it.each(LATER.flatMap((subject) => SCOPES.map((scope) => [subject, scope] as const)))(
    '%s (a later module) with scope %s: a non-empty condition that runs as SQL on its own entity',
    async (subject, scope) => {
      const policy = registry.policies[subject].scope;
      if (policy === UNSCOPED) return expect(registry.policies[subject].conditionFields.length).toBeGreaterThan(0);
      const condition = policy[scope](actors.U, subtreeRange(actors.U.scopeRootPath));
      expect(Object.keys(condition).length).toBeGreaterThan(0);
      const module = registry.modules.find((m) => m.subjects && subject in m.subjects)!;
      const entity = module.entities!.find((e) => e.name === subject)!;
      const found = await app.orm.em.fork().find(entity, { $and: [expandDotted(condition), { id: { $in: [id.G1!] } }] } as FilterQuery<unknown>);
      expect(Array.isArray(found)).toBe(true);
    },
  );

  it('declares configuration subjects UNSCOPED and gives every other subject a function per data scope but ALL', () => {
    expect(registry.subjects.filter((s) => registry.policies[s].scope === UNSCOPED).sort()).toEqual([
      'AssessmentScheme',
      'ConsequenceRule',
      'DeadlinePolicy',
      'Dictionary',
      'FormTemplate',
      'PasswordPolicy',
      'Role',
    ]);
    for (const subject of SCOPED) {
      const scope = registry.policies[subject].scope;
      expect(scope === UNSCOPED ? [] : Object.keys(scope).sort()).toEqual(['GRID', 'ORG', 'ORG_SUBTREE', 'SELF']);
    }
  });

  it.each(CASES)('%s, %s with scope %s: a non-empty condition reaching exactly the expected rows', async (subject, who, scope) => {
    const policy = registry.policies[subject].scope;
    if (policy === UNSCOPED) throw new Error(`${subject} is unscoped`);
    const actor = actors[who];
    const condition = policy[scope](actor, subtreeRange(actor.scopeRootPath));
    expect(Object.keys(condition).length).toBeGreaterThan(0);
    const entity = ENTITY[subject] as string;
    const fixtureIds = FIXTURE[entity]!.map((n) => id[n]!);
    const found = await app.orm.em.fork().find(entityOf(subject), { $and: [expandDotted(condition), { id: { $in: fixtureIds } }] } as FilterQuery<unknown>);
    const names = found.map((row) => name.get(`${entity}:${(row as { id: string }).id}`)).sort();
    expect(names.join(' ')).toBe(EXPECTED[subject]![who][scope]);
  });
});

describe('references', () => {
  const TARGET_TABLE = { Org: 'org', Grid: 'grid', User: 'user_account' };

  it('declare every foreign key into org, grid and user_account that restricts deletes, and only real foreign keys', async () => {
    const keys = await app.query<{ table: string; column: string; target: string; rule: string }>(
      `select c.conrelid::regclass::text as table, a.attname as column, c.confrelid::regclass::text as target, c.confdeltype as rule
         from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.confrelid in ('org'::regclass, 'grid'::regclass, 'user_account'::regclass)`,
    );
    const declared = registry.references.map((r) => `${r.table}.${r.column} → ${TARGET_TABLE[r.target]}`);
    const restricting = keys.filter((k) => k.rule === 'r' || k.rule === 'a').map((k) => `${k.table}.${k.column} → ${k.target}`);
    expect(restricting.length).toBeGreaterThan(0);
    expect(restricting.filter((k) => !declared.includes(k))).toEqual([]);
    // A reference may also guard a key the database would null or cascade (an account still responsible for people).
    const all = keys.map((k) => `${k.table}.${k.column} → ${k.target}`);
    expect(declared.filter((d) => !all.includes(d))).toEqual([]);
    // The foundation's own (later modules add theirs, declared by the check above).
    expect(restricting).toEqual(
      expect.arrayContaining([
        'grid.org_id → org',
        'grid.parent_id → grid',
        'grid_report.org_id → org',
        'org.parent_id → org',
        'supervised_person.grid_id → grid',
        'supervised_person.org_id → org',
        'task.grid_id → grid',
        'task.handler_org_id → org',
        'task.org_id → org',
        'user_account.org_id → org',
      ]),
    );
  });
});

describe('buildRegistry refuses', () => {
  const noop = () => ({ id: null });

  it('a subject without a scope, and a scope missing a data scope (at compile time and at start)', () => {
    // @ts-expect-error scope is required
    const noScope = defineModule({ name: 'x', subjects: { Task: { conditionFields: [] } } });
    expect(() => buildRegistry([noScope])).toThrow('subject Task of module x has no scope');
    // @ts-expect-error every data scope but ALL needs its condition
    const noSelf = defineModule({ name: 'x', subjects: { Task: { scope: { ORG_SUBTREE: noop, ORG: noop, GRID: noop }, conditionFields: [] } } });
    expect(() => buildRegistry([noSelf])).toThrow('subject Task of module x has no SELF scope');
  });

  it('a subject declared twice', () => {
    const again = defineModule({ name: 'x', subjects: { Org: registry.policies.Org } });
    expect(() => buildRegistry([orgModule, again])).toThrow('subject Org is declared twice');
  });

  it('a grant to an unknown role', () => {
    const grants = defineModule({ name: 'x', grants: { nobody: [{ action: 'read', subject: 'Org' }] } });
    expect(() => buildRegistry([roleModule, orgModule, grants])).toThrow('module x grants rules to unknown built-in role nobody');
  });

  it('a grant on an unknown subject', () => {
    const grants: DomainModule = { name: 'x', grants: { county_leader: [{ action: 'read', subject: ['Org', 'Nope'] }] } };
    expect(() => buildRegistry([roleModule, orgModule, grants])).toThrow('module x grants county_leader rules on unknown subject Nope');
  });

  it('and accepts the same modules without the mistake', () => {
    const grants: DomainModule = { name: 'x', grants: { county_leader: [{ action: 'read', subject: 'Org' }] } };
    const built = buildRegistry([roleModule, orgModule, grants]);
    expect(built.subjects).toEqual(['Role', 'Org']);
    expect(built.builtinRoles.find((r) => r.code === 'county_leader')!.rules).toEqual([
      { action: 'read', subject: 'Role' },
      { action: 'read', subject: 'Org' },
      { action: 'read', subject: 'Org' },
    ]);
  });
});
