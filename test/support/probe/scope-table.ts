/**
 * What each demo account may see, written from the README's demo-account table (and CONTRACT's),
 * as plain SQL over the tables — deliberately not from api/src/core/ability.ts, so the permission
 * probe checks the code against the documented rule rather than against itself.
 *
 * Each rule is a `where` over alias `t` of the type's table; `null` means no row.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ACCOUNTS = [
  'admin',
  'county',
  'township',
  'dispatcher',
  'community',
  'gridleader',
  'gridworker',
  'judicial',
  'police',
  'assessor',
  'auditor',
  'security',
] as const;
export type Account = (typeof ACCOUNTS)[number];

const MIYUN = '110118000000'; // 密云区
const GULOU = '110118001000'; // 鼓楼街道
const GULOU_COMMUNITY = '110118001002'; // 鼓楼社区

/** Orgs whose path starts with the path of the org with `code`: "this org and everything below it". */
const under = (code: string) => `(select id from org where starts_with(path, (select path from org where code = '${code}')))`;
/** Grids `numbers` of 鼓楼社区. */
const gridsNumbered = (...numbers: number[]) =>
  `(select id from grid where org_id = (select id from org where code = '${GULOU_COMMUNITY}') and number in (${numbers.join(', ')}))`;

/** Where an account works: an org subtree, or a set of grids. */
type Reach = { subtree: string } | { grids: string };
const subtree = (code: string): Reach => ({ subtree: under(code) });
const gridsOf = (...numbers: number[]): Reach => ({ grids: gridsNumbered(...numbers) });

/** Which business records an account reads, per the README and CONTRACT tables. */
export interface Duties {
  reach: Reach | 'all';
  orgsAndGrids: boolean;
  accounts: boolean;
  /** The supervision ledger: everyone, only community correction, only key persons, or none. */
  people: 'all' | 'CORRECTION' | 'KEY_PERSON' | null;
  /** supervisionStats / serviceHoursTotal: counts may reach further than the rows ("assessors get counts only"). */
  peopleCounts: 'all' | 'CORRECTION' | 'KEY_PERSON' | null;
  tasks: boolean;
  gridReports: boolean;
  /** taskStats and trafficLightRates: counts of tasks and report days, again possibly wider than the rows. */
  taskAndReportCounts: boolean;
  auditLog: boolean;
  referenceData: boolean;
  /** Forms (一套表): reads rounds, rules and submissions in its reach; `counts` only rates and aggregates (and templates). */
  forms: 'rows' | 'counts' | null;
  /** Sessions in force (the security administrator's). */
  sessions?: boolean;
}

const staff = (reach: Reach, more: Partial<Duties>): Duties => ({
  reach,
  orgsAndGrids: true,
  accounts: true,
  people: 'all',
  peopleCounts: 'all',
  tasks: true,
  gridReports: true,
  taskAndReportCounts: true,
  auditLog: false,
  referenceData: true,
  forms: null,
  ...more,
});

/**
 * README: admin ALL; county 密云区 subtree, read; township 鼓楼街道 subtree; dispatcher 鼓楼街道 subtree,
 * events (CONTRACT) — no supervision ledger; community 鼓楼社区; gridleader grids 1 and 2; gridworker
 * grid 1; judicial 鼓楼街道 subtree, community correction (the 司法所 handles dispatched tasks, reads
 * no daily reports); police 鼓楼社区, key persons (reads its community's events, no daily reports);
 * assessor 密云区 orgs and grids, no accounts, counts only; auditor the audit log only.
 */
export const DUTIES: Record<Account, Duties> = {
  // 三员分立: the system administrator reads no audit entry and no session.
  admin: { ...staff(subtree(MIYUN), { forms: 'rows' }), reach: 'all' },
  county: staff(subtree(MIYUN), { forms: 'rows' }),
  township: staff(subtree(GULOU), { forms: 'rows' }),
  dispatcher: staff(subtree(GULOU), { people: null, peopleCounts: null }),
  community: staff(subtree(GULOU_COMMUNITY), { forms: 'rows' }),
  gridleader: staff(gridsOf(1, 2), {}),
  gridworker: staff(gridsOf(1), {}),
  judicial: staff(subtree(GULOU), { people: 'CORRECTION', peopleCounts: 'CORRECTION', gridReports: false, taskAndReportCounts: false }),
  police: staff(subtree(GULOU_COMMUNITY), { people: 'KEY_PERSON', peopleCounts: 'KEY_PERSON', gridReports: false, taskAndReportCounts: false }),
  assessor: staff(subtree(MIYUN), { accounts: false, people: null, peopleCounts: 'all', tasks: false, gridReports: false, forms: 'counts' }),
  auditor: {
    reach: 'all',
    orgsAndGrids: false,
    accounts: false,
    people: null,
    peopleCounts: null,
    tasks: false,
    gridReports: false,
    taskAndReportCounts: false,
    auditLog: true,
    referenceData: false,
    forms: null,
  },
  // Reviews accounts, their orgs, grids and roles; keeps sessions; no business data, no audit log.
  security: {
    ...staff(subtree(MIYUN), { people: null, peopleCounts: null, tasks: false, gridReports: false, taskAndReportCounts: false, sessions: true }),
    reach: 'all',
  },
};

/**
 * GraphQL type → table; whether its rows are scoped (reference data is the same for every reader); and
 * `near`, the column whose neighbours of visible rows are the likeliest to leak (same org or parent).
 */
export const TABLES: Record<string, { table: string; reference?: true; near?: string }> = {
  Org: { table: 'org', near: 'parent_id' },
  Grid: { table: 'grid', near: 'org_id' },
  User: { table: 'user_account', near: 'org_id' },
  SupervisedPerson: { table: 'supervised_person', near: 'org_id' },
  Visit: { table: 'visit' },
  SupportGroupMember: { table: 'support_group_member' },
  ServiceHours: { table: 'service_hours' },
  SupervisionHistory: { table: 'supervision_history' },
  Task: { table: 'task', near: 'org_id' },
  TaskHistory: { table: 'task_history' },
  TaskReminder: { table: 'task_reminder' },
  GridReport: { table: 'grid_report' },
  AuditLog: { table: 'audit_log' },
  Role: { table: 'role', reference: true },
  Dictionary: { table: 'dictionary', reference: true },
  FormTemplate: { table: 'form_template', reference: true },
  FormRule: { table: 'form_rule', near: 'org_id' },
  ReportingRound: { table: 'reporting_round', near: 'org_id' },
  FormSubmission: { table: 'form_submission', near: 'org_id' },
  SubmissionHistory: { table: 'form_submission_history' },
  Session: { table: 'user_session' },
  AssessmentScheme: { table: 'assessment_scheme', reference: true },
  AssessmentRound: { table: 'assessment_round', near: 'org_id' },
  Scorecard: { table: 'scorecard', near: 'org_id' },
  SurveyRound: { table: 'survey_round', near: 'org_id' },
  SurveyLink: { table: 'survey_link' },
  ConsequenceRule: { table: 'consequence_rule', reference: true },
  Complaint: { table: 'complaint', near: 'org_id' },
  ConsequenceFlag: { table: 'consequence_flag', near: 'org_id' },
};

/**
 * Assessments (issue 10): the assessor scores across 密云区; the county reads; the township reads and
 * confirms its grids; the community secretary reads its community's scorecards, survey rounds,
 * complaints and flags; grid staff read their own grids' scorecards and complaints and their own flags.
 */
const ASSESSING: Record<Account, 'full' | 'community' | 'own' | null> = {
  admin: 'full',
  county: 'full',
  township: 'full',
  assessor: 'full',
  community: 'community',
  gridleader: 'own',
  gridworker: 'own',
  dispatcher: null,
  judicial: null,
  police: null,
  auditor: null,
  security: null,
};

/**
 * What a module added after the foundation tells the probe, in a file of its own under
 * `test/support/probe/modules/`: its types' tables and, per account, the rows the README says it reads.
 */
export interface ProbeExtension {
  tables: typeof TABLES;
  scopeWhere(account: Account, type: string, h: { duties: Duties; where: (orgColumn: string, gridColumn: string) => string }): string | null | undefined;
}
const EXTENSIONS: ProbeExtension[] = readdirSync(join(__dirname, 'modules'))
  .filter((f) => f.endsWith('.ts'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- extension files are discovered at run time
  .map((f) => (require(join(__dirname, 'modules', f)) as { probe: ProbeExtension }).probe);
for (const extension of EXTENSIONS) Object.assign(TABLES, extension.tables);

/**
 * Object types with an `id` that are not records of their own: shown wherever their parent is.
 * TaskActor is a name tag (id, username, name) of whoever acted on a readable task.
 */
export const PROJECTIONS: Record<string, string> = { TaskActor: 'the name of who acted on a readable task' };

const ALL = 'true';

function where(reach: Reach | 'all', orgColumn: string, gridColumn: string): string {
  if (reach === 'all') return ALL;
  return 'subtree' in reach ? `${orgColumn} in ${reach.subtree}` : `${gridColumn} in ${reach.grids}`;
}

function peopleWhere(d: Duties, kinds: Duties['people'], alias = 't'): string | null {
  if (!kinds) return null;
  const place = where(d.reach, `${alias}.org_id`, `${alias}.grid_id`);
  return kinds === 'all' ? place : `${place} and ${alias}.kind = '${kinds}'`;
}

/** Rules and rounds reach the orgs they were set up at and below: a reader sees those of its subtree and of every org above it. */
function subtreeOrAbove(reach: Reach | 'all', column: string): string {
  if (reach === 'all') return ALL;
  if (!('subtree' in reach)) return 'false';
  const root = reach.subtree.replace('(select id from org where starts_with(path, ', '').replace(/\)\)$/, '');
  return `(${column} in ${reach.subtree} or ${column} in (select a.id from org a where starts_with(${root}, a.path)))`;
}

/** The SQL `where` (over alias `t`) of the rows of `type` that `account` may read; null when none. */
export function scopeWhere(account: Account, type: string): string | null {
  const d = DUTIES[account];
  const people = peopleWhere(d, d.people, 'p');
  const ofPerson = (column: string) => (people ? `${column} in (select p.id from supervised_person p where ${people})` : null);
  const tasks = d.tasks
    ? d.reach !== 'all' && 'subtree' in d.reach
      ? `(k.org_id in ${d.reach.subtree} or k.handler_org_id in ${d.reach.subtree})`
      : where(d.reach, 'k.org_id', 'k.grid_id')
    : null;
  const ofTask = (column: string) => (tasks ? `${column} in (select k.id from task k where ${tasks})` : null);
  switch (type) {
    case 'Org':
      if (!d.orgsAndGrids) return null;
      // Grid staff read the org their grids belong to.
      return d.reach === 'all' || 'subtree' in d.reach ? where(d.reach, 't.id', '') : `t.id in (select org_id from grid where id in ${d.reach.grids})`;
    case 'Grid':
      return d.orgsAndGrids ? where(d.reach, 't.org_id', 't.id') : null;
    case 'User':
      if (!d.accounts) return null;
      return d.reach === 'all' || 'subtree' in d.reach
        ? where(d.reach, 't.org_id', '')
        : `t.id in (select user_id from user_grid where grid_id in ${d.reach.grids})`;
    case 'SupervisedPerson':
      return peopleWhere(d, d.people);
    case 'Visit':
    case 'SupportGroupMember':
    case 'ServiceHours':
    case 'SupervisionHistory':
      return ofPerson('t.person_id');
    case 'Task':
      return tasks && tasks.replaceAll('k.', 't.');
    case 'TaskHistory':
    case 'TaskReminder':
      return ofTask('t.task_id');
    case 'GridReport':
      return d.gridReports ? where(d.reach, 't.org_id', 't.grid_id') : null;
    case 'AuditLog':
      return d.auditLog ? ALL : null;
    case 'Role':
    case 'Dictionary':
      return d.referenceData ? ALL : null;
    case 'FormTemplate':
      return d.forms ? ALL : null;
    case 'FormRule':
    case 'ReportingRound':
      return d.forms ? subtreeOrAbove(d.reach, 't.org_id') : null;
    case 'FormSubmission':
      return d.forms === 'rows' ? where(d.reach, 't.org_id', 't.grid_id') : null;
    case 'SubmissionHistory':
      return d.forms === 'rows' ? `t.submission_id in (select s.id from form_submission s where ${where(d.reach, 's.org_id', '')})` : null;
    case 'Session':
      // In force: not ended, not expired, not idle past the default policy (30 minutes).
      return d.sessions ? "t.revoked_at is null and t.expires_at > now() and coalesce(t.last_seen_at, t.created_at) > now() - interval '30 minutes'" : null;
  }
  for (const extension of EXTENSIONS) {
    const rule = extension.scopeWhere(account, type, { duties: d, where: (orgColumn, gridColumn) => where(d.reach, orgColumn, gridColumn) });
    if (rule !== undefined) return rule;
  }
  const assessing = ASSESSING[account];
  if (!assessing) return null;
  const self = `(select id from user_account where username = '${account}')`;
  const own = assessing === 'own';
  const place = own ? null : where(d.reach, 't.org_id', '');
  switch (type) {
    case 'AssessmentScheme':
      return ALL;
    case 'ConsequenceRule':
      return own ? null : ALL;
    case 'AssessmentRound':
      return assessing === 'full' ? place : null;
    case 'SurveyRound':
      return place;
    case 'Scorecard':
    case 'Complaint':
      return own ? `(t.grid_id in ${(d.reach as { grids: string }).grids} or t.user_id = ${self})` : place;
    case 'SurveyLink':
      return own ? `t.grid_id in ${(d.reach as { grids: string }).grids}` : place;
    case 'ConsequenceFlag':
      return own ? `t.user_id = ${self}` : place;
  }
  throw new Error(`no scope rule for ${type}: add it to the probe's table from the README`);
}

/** The people `supervisionStats` and `serviceHoursTotal` may count (alias `t` = supervised_person). */
export function countedPeopleWhere(account: Account): string | null {
  const d = DUTIES[account];
  return peopleWhere(d, d.peopleCounts);
}

/** The tasks `taskStats` may count (alias `t` = task). */
export function countedTasksWhere(account: Account): string | null {
  const d = DUTIES[account];
  if (d.tasks) return scopeWhere(account, 'Task');
  return d.taskAndReportCounts ? where(d.reach, 't.org_id', 't.grid_id') : null;
}

/** The submissions reportingRate, formAggregate and exportRound may count (alias `t` = form_submission). */
export function countedSubmissionsWhere(account: Account): string | null {
  const d = DUTIES[account];
  return d.forms ? where(d.reach, 't.org_id', '') : null;
}

/** The grids whose daily-report lights `trafficLightRates` may count (alias `t` = grid). */
export function countedReportGridsWhere(account: Account): string | null {
  const d = DUTIES[account];
  return d.gridReports || d.taskAndReportCounts ? where(d.reach, 't.org_id', 't.id') : null;
}

/** The org whose subtree statistics default to ("the caller scope root"). */
export const SCOPE_ROOT: Record<Account, string> = {
  admin: '110000000000',
  county: MIYUN,
  township: GULOU,
  dispatcher: GULOU,
  community: GULOU_COMMUNITY,
  gridleader: GULOU_COMMUNITY,
  gridworker: GULOU_COMMUNITY,
  judicial: GULOU,
  police: GULOU_COMMUNITY,
  assessor: MIYUN,
  auditor: '110000000000',
  security: '110000000000',
};

/**
 * Sensitive fields shown in full, per the security issue (item 7): only the judicial officer sees ID
 * numbers, phones, offence summaries and psychological notes; the community police sees key persons'
 * ID numbers and phones, not offences or notes; everyone else gets them masked or not at all. Users'
 * phones are masked for grid staff and the police (README), in full for everyone else.
 */
export function mayReadInFull(account: Account, type: string, field: string, record: Record<string, unknown>, parentPerson?: Record<string, unknown>): boolean {
  if (type === 'User' && field === 'phone') return !['gridleader', 'gridworker', 'police'].includes(account);
  // An account's ID number is the initial password's source: only those who manage accounts read it.
  if (type === 'User' && field === 'idNumber') return ['admin', 'township', 'security'].includes(account);
  // The 司法所 reads its people in full; so does the system administrator, who can grant itself the 司法所's role anyway.
  if (account === 'judicial' || account === 'admin') return true;
  if (account === 'police') {
    const kind = (type === 'SupervisedPerson' ? record.kind : parentPerson?.kind) as string | undefined;
    return kind === 'KEY_PERSON' && (field === 'idNumber' || field === 'phone');
  }
  return false;
}

/** Fields under that rule: [type, field, has a masked form]. */
export const SENSITIVE: [string, string, boolean][] = [
  ['SupervisedPerson', 'idNumber', true],
  ['SupervisedPerson', 'phone', true],
  ['SupervisedPerson', 'offenceSummary', false],
  ['Visit', 'psychologicalState', false],
  ['SupportGroupMember', 'phone', true],
  ['User', 'phone', true],
  ['User', 'idNumber', true],
];
