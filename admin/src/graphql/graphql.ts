/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddFormRuleInput = {
  code: string;
  expression: string;
  message: string;
  severity: RuleSeverity;
  templateId: string | number;
};

export type AssessmentPeriodType =
  | 'QUARTER'
  | 'YEAR';

export type AssessmentRoundStatus =
  | 'CLOSED'
  | 'OPEN';

export type AssessmentSchemeFilter = {
  code?: string | null | undefined;
  published?: boolean | null | undefined;
};

/** A grid, a user (grid worker or leader) or an org */
export type AssessmentSubjectType =
  | 'GRID'
  | 'ORG'
  | 'USER';

export type AuditLogFilter = {
  from?: string | null | undefined;
  operation?: string | null | undefined;
  success?: boolean | null | undefined;
  targetId?: string | number | null | undefined;
  targetType?: string | null | undefined;
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type AutoSource =
  | 'CLOSURE_RATE'
  | 'GREEN_LIGHT_RATE'
  | 'ON_TIME_RATE'
  | 'REPORTING_RATE'
  | 'SURVEY_SCORE'
  | 'VISIT_COMPLIANCE';

export type ComplaintFilter = {
  orgId?: string | number | null | undefined;
  status?: ComplaintStatus | null | undefined;
  userId?: string | number | null | undefined;
};

export type ComplaintInput = {
  date: string;
  gridId?: string | number | null | undefined;
  source: string;
  text: string;
  /** The grid worker or leader complained about (or gridId) */
  userId?: string | number | null | undefined;
};

export type ComplaintStatus =
  | 'PENDING'
  | 'SUBSTANTIATED'
  | 'UNSUBSTANTIATED';

/** CRITICISM: 通报批评 + 书面检查; DISMISSAL_OR_TRANSFER: 劝退/调离 */
export type Consequence =
  | 'CRITICISM'
  | 'DISMISSAL_OR_TRANSFER';

export type ConsequenceFlagAction =
  | 'ACKNOWLEDGE'
  | 'APPEAL'
  | 'UPHOLD'
  | 'WITHDRAW';

export type ConsequenceFlagFilter = {
  orgId?: string | number | null | undefined;
  status?: ConsequenceFlagStatus | null | undefined;
  userId?: string | number | null | undefined;
};

export type ConsequenceFlagStatus =
  | 'ACKNOWLEDGED'
  | 'APPEALED'
  | 'OPEN'
  | 'UPHELD'
  | 'WITHDRAWN';

export type CreateDictionaryInput = {
  code: string;
  enabled?: boolean | null | undefined;
  name: string;
  sort?: number | null | undefined;
  type: string;
};

export type CreateGridInput = {
  boundary?: string | null | undefined;
  geojson?: unknown;
  households?: number | null | undefined;
  leaderId?: string | number | null | undefined;
  level?: number;
  name: string;
  number: number;
  /** The community (or township) the grid belongs to */
  orgId: string | number;
  parentId?: string | number | null | undefined;
  population?: number | null | undefined;
  workerIds?: Array<string | number> | null | undefined;
};

export type CreateKeyLocationInput = {
  address?: string | null | undefined;
  gridId: string | number;
  kind: string;
  name: string;
  notes?: string | null | undefined;
};

export type CreateOrgInput = {
  /** 12-digit administrative-division code; departments may have none */
  code?: string | null | undefined;
  level: OrgLevel;
  name: string;
  /** Required except for a root province or city */
  parentId?: string | number | null | undefined;
};

export type CreateRoleInput = {
  code: string;
  name: string;
  /** CASL rules: [{ action, subject, conditions?, fields?, inverted? }] */
  rules: unknown;
  scope: DataScope;
};

export type CreateSupervisedPersonInput = {
  address?: string | null | undefined;
  /** Derived from the ID number; when given it must match */
  birthDate?: string | null | undefined;
  /** PERSON_CATEGORY code */
  categoryCode: string;
  ethnicity?: string | null | undefined;
  gridId: string | number;
  /** 18 characters; a lower-case x is accepted as X */
  idNumber: string;
  name: string;
  notes?: string | null | undefined;
  offenceSummary?: string | null | undefined;
  phone?: string | null | undefined;
  responsibleId?: string | number | null | undefined;
  /** LOW when not given */
  riskLevel?: RiskLevel | null | undefined;
  /** Derived from the ID number; when given it must match */
  sex?: Sex | null | undefined;
  supervisionEnd?: string | null | undefined;
  supervisionStart?: string | null | undefined;
};

export type CreateUserInput = {
  gridIds?: Array<string | number> | null | undefined;
  name: string;
  orgId: string | number;
  /** An initial password: the user must change it at first sign-in */
  password: string;
  phone?: string | null | undefined;
  roleIds?: Array<string | number> | null | undefined;
  username: string;
};

export type CreateVisitInput = {
  date: string;
  findings?: string | null | undefined;
  followUpNeeded?: boolean | null | undefined;
  kind: VisitKind;
  participants?: Array<string> | null | undefined;
  personId: string | number;
  psychologicalState?: string | null | undefined;
};

/** Which records a role reaches: everything, own org and below, own org, own grids, oneself */
export type DataScope =
  | 'ALL'
  | 'GRID'
  | 'ORG'
  | 'ORG_SUBTREE'
  | 'SELF';

export type DictionaryFilter = {
  enabled?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Substring of code or name */
  q?: string | null | undefined;
  /** The code list, e.g. EVENT_CATEGORY */
  type?: string | null | undefined;
};

export type DictionarySort = {
  direction?: SortDirection;
  field: DictionarySortField;
};

export type DictionarySortField =
  | 'CODE'
  | 'NAME'
  | 'SORT'
  | 'TYPE';

/** Why one field is returned, shown next to it */
export type FieldReasonInput = {
  field: string;
  reason: string;
};

export type FormColumnInput = {
  /** Options from this dictionary type instead of `options` */
  dictionaryType?: string | null | undefined;
  key: string;
  label: string;
  labelEn?: string | null | undefined;
  max?: number | null | undefined;
  min?: number | null | undefined;
  options?: Array<FormOptionInput> | null | undefined;
  required?: boolean | null | undefined;
  /** TEXT, NUMBER, INTEGER, DATE, SELECT or BOOLEAN */
  type: FormFieldType;
  unit?: string | null | undefined;
};

export type FormFieldInput = {
  /** TABLE: its columns */
  columns?: Array<FormColumnInput> | null | undefined;
  /** SELECT/MULTI_SELECT: options from this dictionary type */
  dictionaryType?: string | null | undefined;
  /** COMPUTED: the expression */
  expression?: string | null | undefined;
  help?: string | null | undefined;
  helpEn?: string | null | undefined;
  /** The name rules and values use: letters, digits, _ */
  key: string;
  label: string;
  labelEn?: string | null | undefined;
  max?: number | null | undefined;
  min?: number | null | undefined;
  options?: Array<FormOptionInput> | null | undefined;
  required?: boolean | null | undefined;
  /** TABLE: the column whose value keys a row for aggregation (民情日志 by category) */
  rowKey?: string | null | undefined;
  /** TABLE: fixed row keys offered to the filer */
  rows?: Array<string> | null | undefined;
  /** Key of the section it is shown in */
  section?: string | null | undefined;
  type: FormFieldType;
  unit?: string | null | undefined;
};

/** TABLE: rows of typed columns; COMPUTED: an expression over the other fields */
export type FormFieldType =
  | 'BOOLEAN'
  | 'COMPUTED'
  | 'DATE'
  | 'INTEGER'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SELECT'
  | 'TABLE'
  | 'TEXT';

export type FormOptionInput = {
  label: string;
  labelEn?: string | null | undefined;
  score?: number | null | undefined;
  value: string;
};

/** Periods written 2026-11, 2026-Q4, 2026-H2, 2026, ONCE */
export type FormPeriodType =
  | 'HALF_YEAR'
  | 'MONTH'
  | 'ONCE'
  | 'QUARTER'
  | 'YEAR';

export type FormSectionInput = {
  key: string;
  label: string;
  labelEn?: string | null | undefined;
};

export type FormSubmissionFilter = {
  /** Handed in after the due time, or not yet handed in past it */
  late?: boolean | null | undefined;
  /** Submissions of this org and every org below it */
  orgId?: string | number | null | undefined;
  roundId?: string | number | null | undefined;
  status?: Array<SubmissionStatus> | null | undefined;
};

export type FormSubmissionSort = {
  direction?: SortDirection;
  field: FormSubmissionSortField;
};

export type FormSubmissionSortField =
  | 'ORG'
  | 'STATUS'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

export type FormTemplateFilter = {
  code?: string | null | undefined;
  /** Substring of code or name */
  q?: string | null | undefined;
  status?: Array<FormTemplateStatus> | null | undefined;
};

export type FormTemplateInput = {
  code: string;
  fields: Array<FormFieldInput>;
  name: string;
  periodType: FormPeriodType;
  sections?: Array<FormSectionInput>;
};

export type FormTemplateSort = {
  direction?: SortDirection;
  field: FormTemplateSortField;
};

export type FormTemplateSortField =
  | 'CODE'
  | 'NAME'
  | 'UPDATED_AT';

/** DRAFT → PUBLISHED (immutable) → RETIRED */
export type FormTemplateStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type GridFilter = {
  ids?: Array<string | number> | null | undefined;
  level?: number | null | undefined;
  /** Grids of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Direct child grids of this grid */
  parentId?: string | number | null | undefined;
  /** Substring of the name, or the grid number */
  q?: string | null | undefined;
};

/** GENERAL, or 重大矛盾纠纷 / 预警性矛盾纠纷 / 上访动向 (red light) */
export type GridReportSeverity =
  | 'GENERAL'
  | 'MAJOR_DISPUTE'
  | 'PETITION'
  | 'WARNING_DISPUTE';

export type GridReportStatus =
  | 'INCIDENT'
  | 'SAFE';

export type GridSort = {
  direction?: SortDirection;
  field: GridSortField;
};

export type GridSortField =
  | 'CREATED_AT'
  | 'HOUSEHOLDS'
  | 'LEVEL'
  | 'NAME'
  | 'NUMBER';

/** "五帮一": 司法所干部, 矫正管理人（网格干部）, 社区民警, 志愿者, 家属 */
export type HelperRole =
  | 'COMMUNITY_POLICE'
  | 'CORRECTION_MANAGER'
  | 'FAMILY'
  | 'JUDICIAL_OFFICER'
  | 'VOLUNTEER';

/** ALL_OR_NOTHING writes nothing when any row is bad; VALID_ROWS writes the good rows */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS';

/** MANUAL: an assessor enters 0..maxScore; AUTO: mapped from another module’s figure */
export type IndicatorKind =
  | 'AUTO'
  | 'MANUAL';

export type IndicatorMappingType =
  | 'LINEAR'
  | 'THRESHOLDS';

/** The initial password of imported accounts: the last 8 characters of the ID number, or a random one shown once */
export type InitialPasswordRule =
  | 'ID_NUMBER_LAST8'
  | 'RANDOM';

export type KeyLocationFilter = {
  gridId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: string | null | undefined;
  /** This org and everything below it */
  orgId?: string | number | null | undefined;
  /** Substring of name or address */
  q?: string | null | undefined;
};

export type KeyLocationSort = {
  direction?: SortDirection;
  field: KeyLocationSortField;
};

export type KeyLocationSortField =
  | 'CREATED_AT'
  | 'KIND'
  | 'NAME';

export type OpenAssessmentRoundInput = {
  deadline?: string | null | undefined;
  orgId: string | number;
  /** 2026-Q4 for QUARTER schemes, 2026 for YEAR schemes */
  period: string;
  schemeId: string | number;
};

export type OpenReportingRoundInput = {
  dueAt: string;
  /** The org whose subtree reports */
  orgId: string | number;
  /** Written for the template’s period type: 2026-11, 2026-Q4, 2026-H2, 2026, ONCE */
  period: string;
  /** Every org of this level under orgId (in the caller’s scope) gets a submission */
  targetLevel: OrgLevel;
  templateId: string | number;
};

export type OrgFilter = {
  ids?: Array<string | number> | null | undefined;
  level?: OrgLevel | null | undefined;
  /** This org and everything below it */
  orgId?: string | number | null | undefined;
  /** Direct children of this org */
  parentId?: string | number | null | undefined;
  /** Substring of name or code */
  q?: string | null | undefined;
};

/** Administrative level; DEPARTMENT for functional units (司法所, 派出所 …) */
export type OrgLevel =
  | 'CITY'
  | 'COMMUNITY'
  | 'COUNTY'
  | 'DEPARTMENT'
  | 'PROVINCE'
  | 'TOWNSHIP';

export type OrgSort = {
  direction?: SortDirection;
  field: OrgSortField;
};

export type OrgSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'LEVEL'
  | 'NAME';

/** URGE (催办) by a person, OVERDUE by the overdue job */
export type ReminderKind =
  | 'OVERDUE'
  | 'URGE';

export type ReportEventInput = {
  /** EVENT_CATEGORY dictionary code */
  categoryCode?: string | null | undefined;
  /** COMPONENT_TYPE dictionary code */
  componentCode?: string | null | undefined;
  description?: string | null | undefined;
  gridId: string | number;
  lat?: number | null | undefined;
  lng?: number | null | undefined;
  location?: string | null | undefined;
  priority?: TaskPriority | null | undefined;
  title: string;
};

export type ReportingRoundFilter = {
  /** Rounds opened at this org or below it */
  orgId?: string | number | null | undefined;
  period?: string | null | undefined;
  templateId?: string | number | null | undefined;
};

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type RoleFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Substring of code or name */
  q?: string | null | undefined;
  scope?: DataScope | null | undefined;
};

export type RoleSort = {
  direction?: SortDirection;
  field: RoleSortField;
};

export type RoleSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME';

/** The filer’s explanation of a WARNING rule */
export type RuleExplanationInput = {
  rule: string;
  text: string;
};

/** ERROR blocks submit; WARNING needs an explanation */
export type RuleSeverity =
  | 'ERROR'
  | 'WARNING';

export type ScoreInput = {
  /** Why points were deducted */
  comment?: string | null | undefined;
  indicator: string;
  score?: number | null | undefined;
};

export type ScorecardAction =
  | 'CONFIRM'
  | 'REOPEN'
  | 'RETURN'
  | 'SCORE'
  | 'SUBMIT';

export type ScorecardStatus =
  | 'CONFIRMED'
  | 'DRAFT'
  | 'SUBMITTED';

export type SessionFilter = {
  /** Sessions of accounts of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Substring of the username */
  q?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A subject type that CASL rules name (`{ action, subject }` in `Role.rules` and `me.rules`); the string `all` stands for every one */
export type Subject =
  | 'AssessmentRound'
  | 'AssessmentScheme'
  | 'AuditLog'
  | 'Complaint'
  | 'ConsequenceFlag'
  | 'ConsequenceRule'
  | 'DeadlinePolicy'
  | 'Dictionary'
  | 'FormRule'
  | 'FormStats'
  | 'FormSubmission'
  | 'FormTemplate'
  | 'Grid'
  | 'GridReport'
  | 'GridReportStats'
  | 'KeyLocation'
  | 'Org'
  | 'PasswordPolicy'
  | 'ReportingRound'
  | 'Role'
  | 'Scorecard'
  | 'Session'
  | 'SupervisedPerson'
  | 'SupervisionStats'
  | 'SurveyResponse'
  | 'SurveyRound'
  | 'Task'
  | 'TaskStats'
  | 'User'
  | 'Visit';

export type SubmissionAction =
  | 'APPROVE'
  | 'ARCHIVE'
  | 'RETURN'
  | 'SAVE'
  | 'SUBMIT'
  | 'UNLOCK';

/** DRAFT → SUBMITTED → RETURNED … → APPROVED (locked) → ARCHIVED */
export type SubmissionStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type SupervisedPersonFilter = {
  /** PERSON_CATEGORY code */
  categoryCode?: string | null | undefined;
  gridId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: SupervisionKind | null | undefined;
  /** People of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Substring of the name; a whole ID number only for callers who may see ID numbers */
  q?: string | null | undefined;
  riskLevel?: RiskLevel | null | undefined;
  status?: SupervisionStatus | null | undefined;
  /** YYYY-MM: active people due a visit that month who have none */
  visitOverdueMonth?: string | null | undefined;
};

export type SupervisedPersonSort = {
  direction?: SortDirection;
  field: SupervisedPersonSortField;
};

export type SupervisedPersonSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'RISK_LEVEL'
  | 'STATUS'
  | 'SUPERVISION_END'
  | 'SUPERVISION_START';

export type SupervisionHistoryKind =
  | 'CREATED'
  | 'STATUS'
  | 'TRANSFER';

/** CORRECTION: 社区矫正对象 (缓刑, 假释, 暂予监外执行, 管制); KEY_PERSON: 重点人员 */
export type SupervisionKind =
  | 'CORRECTION'
  | 'KEY_PERSON';

/** ACTIVE 在管, ENDED 解除, TRANSFERRED 移交外地, REVOKED 撤销（收监） */
export type SupervisionStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'REVOKED'
  | 'TRANSFERRED';

/** A helper without an account */
export type SupportGroupContactInput = {
  name: string;
  phone?: string | null | undefined;
  relation?: string | null | undefined;
};

export type SurveyAnswerInput = {
  question: string;
  /** The value of the option chosen */
  value: string;
};

export type TaskAction =
  | 'ACCEPT'
  | 'CLOSE'
  | 'DISPATCH'
  | 'ESCALATE'
  | 'REGISTER'
  | 'RESOLVE'
  | 'RETURN'
  | 'URGE'
  | 'VERIFY';

export type TaskFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  gridId?: string | number | null | undefined;
  /** Tasks currently with this handler org */
  handlerOrgId?: string | number | null | undefined;
  kind?: TaskKind | null | undefined;
  /** My work: tasks on which the caller can act now (URGE aside) */
  mine?: boolean | null | undefined;
  /** Tasks arising in this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Past the deadline before it was resolved (or still unresolved) */
  overdue?: boolean | null | undefined;
  /** Substring of title, description or location */
  q?: string | null | undefined;
  status?: Array<TaskStatus> | null | undefined;
};

/** EVENT (事件/部件问题), DATA_REPORT, VISIT, INSPECTION */
export type TaskKind =
  | 'DATA_REPORT'
  | 'EVENT'
  | 'INSPECTION'
  | 'VISIT';

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TaskSort = {
  direction?: SortDirection;
  field: TaskSortField;
};

export type TaskSortField =
  | 'DEADLINE'
  | 'PRIORITY'
  | 'REPORTED_AT'
  | 'STATUS'
  | 'TITLE';

/** REPORTED → REGISTERED → DISPATCHED → IN_PROGRESS → RESOLVED → VERIFIED → CLOSED; RETURNED, ESCALATED */
export type TaskStatus =
  | 'CLOSED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'REGISTERED'
  | 'REPORTED'
  | 'RESOLVED'
  | 'RETURNED'
  | 'VERIFIED';

/** GREEN reported on time, YELLOW nothing by the cut-off, RED a major or warning-level dispute or petition movement */
export type TrafficLight =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

export type UpdateDictionaryInput = {
  enabled?: boolean | null | undefined;
  name?: string | null | undefined;
  sort?: number | null | undefined;
};

export type UpdateGridInput = {
  boundary?: string | null | undefined;
  geojson?: unknown;
  households?: number | null | undefined;
  leaderId?: string | number | null | undefined;
  level?: number | null | undefined;
  name?: string | null | undefined;
  number?: number | null | undefined;
  orgId?: string | number | null | undefined;
  parentId?: string | number | null | undefined;
  population?: number | null | undefined;
  /** Replaces the grid workers */
  workerIds?: Array<string | number> | null | undefined;
};

export type UpdateKeyLocationInput = {
  address?: string | null | undefined;
  kind?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
};

export type UpdateOrgInput = {
  code?: string | null | undefined;
  level?: OrgLevel | null | undefined;
  name?: string | null | undefined;
  /** Moves the org (and its subtree) under another parent */
  parentId?: string | number | null | undefined;
};

/** Only the settings given change */
export type UpdatePasswordPolicyInput = {
  /** 1–4 of: lower case, upper case, digits, symbols */
  classes?: number | null | undefined;
  /** 0–3650 days; 0: passwords do not expire */
  expiryDays?: number | null | undefined;
  /** 0–24: a new password may not repeat the last N (the current one included) */
  history?: number | null | undefined;
  /** 5–1440 minutes without a request end a session */
  idleTimeoutMinutes?: number | null | undefined;
  /** 1–365 days an unchanged initial password works */
  initialExpiryDays?: number | null | undefined;
  /** 8–64 */
  minLength?: number | null | undefined;
};

export type UpdateRoleInput = {
  name?: string | null | undefined;
  rules?: unknown;
  scope?: DataScope | null | undefined;
};

export type UpdateSupervisedPersonInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  categoryCode?: string | null | undefined;
  ethnicity?: string | null | undefined;
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  offenceSummary?: string | null | undefined;
  phone?: string | null | undefined;
  responsibleId?: string | number | null | undefined;
  riskLevel?: RiskLevel | null | undefined;
  sex?: Sex | null | undefined;
  supervisionEnd?: string | null | undefined;
  supervisionStart?: string | null | undefined;
};

export type UpdateUserInput = {
  /** Replaces the grids */
  gridIds?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
  orgId?: string | number | null | undefined;
  /** A new initial password (reset): unlocks the account and forces a change */
  password?: string | null | undefined;
  phone?: string | null | undefined;
  /** Replaces the roles */
  roleIds?: Array<string | number> | null | undefined;
};

export type UserFilter = {
  gridId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Accounts locked now by failed sign-ins (true) or not (false); no rows for callers who may not see lockedUntil */
  locked?: boolean | null | undefined;
  /** Users of this org and every org below it */
  orgId?: string | number | null | undefined;
  /** Substring of username or name */
  q?: string | null | undefined;
  roleId?: string | number | null | undefined;
};

export type UserSort = {
  direction?: SortDirection;
  field: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'LAST_LOGIN_AT'
  | 'NAME'
  | 'USERNAME';

export type VisitKind =
  | 'HOME_VISIT'
  | 'OTHER'
  | 'PHONE'
  | 'TALK';

export type SubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectsQuery = { subjects: Array<Subject> };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, name: string, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, name: string, mustChangePassword: boolean, rules: unknown, org: { id: string, name: string } | null, roles: Array<{ code: string, name: string }> } };

export type AssessmentSchemeRowFragment = { id: string, version: number, code: string, name: string, periodType: AssessmentPeriodType, subjectType: AssessmentSubjectType, revision: number, publishedAt: string | null };

export type AssessmentSchemesQueryVariables = Exact<{
  filter?: AssessmentSchemeFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type AssessmentSchemesQuery = { assessmentSchemes: { total: number, items: Array<{ id: string, version: number, code: string, name: string, periodType: AssessmentPeriodType, subjectType: AssessmentSubjectType, revision: number, publishedAt: string | null }> } };

export type AssessmentSchemeQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentSchemeQuery = { assessmentScheme: { quarterSchemeCode: string | null, quartersWeight: number | null, id: string, version: number, code: string, name: string, periodType: AssessmentPeriodType, subjectType: AssessmentSubjectType, revision: number, publishedAt: string | null, grades: Array<{ grade: string, min: number }>, indicators: Array<{ code: string, name: string, kind: IndicatorKind, source: AutoSource | null, maxScore: number, weight: number, guidance: string | null, mapping: { type: IndicatorMappingType, from: number | null, to: number | null, steps: Array<{ min: number, score: number }> | null } | null }> } | null };

export type AssessmentRoundListQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentRoundListQuery = { assessmentRounds: { items: Array<{ id: string, period: string, status: AssessmentRoundStatus, deadline: string | null, org: { name: string } | null, scheme: { name: string } }> } };

export type AssessmentRoundProgressQueryVariables = Exact<{
  roundId: string | number;
}>;


export type AssessmentRoundProgressQuery = { all: { total: number }, done: { total: number } };

export type ScorecardRowFragment = { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> };

export type AssessmentRoundGridQueryVariables = Exact<{
  roundId: string | number;
}>;


export type AssessmentRoundGridQuery = { assessmentRound: { id: string, period: string, status: AssessmentRoundStatus, org: { name: string } | null, scheme: { name: string, grades: Array<{ grade: string, min: number }>, indicators: Array<{ code: string, name: string, kind: IndicatorKind, maxScore: number, weight: number, guidance: string | null }> } } | null, scorecards: { total: number, items: Array<{ id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> }> }, assessmentRanking: { items: Array<{ rank: number, total: number, grade: string | null, change: number | null, scorecard: { id: string, subjectName: string } }> } };

export type SetScorecardScoresMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type SetScorecardScoresMutation = { setScores: { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> } };

export type SubmitScorecardMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type SubmitScorecardMutation = { submitScorecard: { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> } };

export type ConfirmScorecardMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type ConfirmScorecardMutation = { confirmScorecard: { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> } };

export type ReturnScorecardMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  reason: string;
}>;


export type ReturnScorecardMutation = { returnScorecard: { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> } };

export type ReopenScorecardMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  reason: string;
}>;


export type ReopenScorecardMutation = { reopenScorecard: { id: string, version: number, status: ScorecardStatus, subjectName: string, total: number, fromQuarters: number | null, grade: string | null, allowedActions: Array<ScorecardAction>, scores: Array<{ indicator: string, score: number | null, figure: number | null, comment: string | null }> } };

export type PublicSurveyQueryVariables = Exact<{
  token: string;
}>;


export type PublicSurveyQuery = { publicSurvey: { title: string, gridName: string, period: string, open: boolean, questions: Array<{ code: string, text: string, required: boolean, options: Array<{ value: string, label: string }> }> } | null };

export type SubmitSurveyResponseMutationVariables = Exact<{
  token: string;
  code: string;
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: boolean };

export type ExportAssessmentRoundQueryVariables = Exact<{
  roundId: string | number;
}>;


export type ExportAssessmentRoundQuery = { exportAssessmentRound: { filename: string, contentBase64: string } };

export type ImportAssessmentScoresMutationVariables = Exact<{
  roundId: string | number;
  fileBase64: string;
}>;


export type ImportAssessmentScoresMutation = { importAssessmentScores: { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type RefreshAutoScoresMutationVariables = Exact<{
  roundId: string | number;
}>;


export type RefreshAutoScoresMutation = { refreshAutoScores: number };

export type PublishedAssessmentSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedAssessmentSchemesQuery = { assessmentSchemes: { items: Array<{ id: string, name: string, periodType: AssessmentPeriodType, revision: number }> } };

export type OpenAssessmentRoundMutationVariables = Exact<{
  input: OpenAssessmentRoundInput;
}>;


export type OpenAssessmentRoundMutation = { openAssessmentRound: { id: string } };

export type AssessmentRankingPageQueryVariables = Exact<{
  roundId: string | number;
  offset: number;
  limit: number;
}>;


export type AssessmentRankingPageQuery = { assessmentRound: { id: string, period: string, status: AssessmentRoundStatus, deadline: string | null, org: { name: string } | null, scheme: { name: string, grades: Array<{ grade: string, min: number }> } } | null, assessmentRanking: { total: number, items: Array<{ rank: number, total: number, grade: string | null, previousTotal: number | null, change: number | null, scorecard: { id: string, subjectName: string } }> } };

export type AssessmentSummaryByOrgQueryVariables = Exact<{
  roundId: string | number;
}>;


export type AssessmentSummaryByOrgQuery = { assessmentSummary: Array<{ key: string, label: string, count: number, mean: number | null, min: number | null, max: number | null, grades: Array<{ grade: string, count: number }> }> };

export type AuditLogFieldsFragment = { id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, changedFields: Array<string>, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null };

export type AuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type AuditLogsQuery = { auditLogs: { total: number, items: Array<{ id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, changedFields: Array<string>, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null }> } };

export type AuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditLogQuery = { auditLog: { id: string, at: string, username: string | null, ip: string | null, operation: string, targetType: string | null, targetId: string | null, changedFields: Array<string>, before: unknown, after: unknown, success: boolean, user: { id: string, name: string } | null } | null };

export type ExportAuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type ExportAuditLogQuery = { exportAuditLog: { filename: string, contentBase64: string } };

export type ComplaintFieldsFragment = { id: string, version: number, date: string, source: string, text: string, status: ComplaintStatus, decisionReason: string | null, decidedAt: string | null, createdAt: string, user: { id: string, name: string } | null, grid: { id: string, name: string } | null };

export type ComplaintsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type ComplaintsQuery = { complaints: { total: number, items: Array<{ id: string, version: number, date: string, source: string, text: string, status: ComplaintStatus, decisionReason: string | null, decidedAt: string | null, createdAt: string, user: { id: string, name: string } | null, grid: { id: string, name: string } | null }> } };

export type ComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintQuery = { complaint: { id: string, version: number, date: string, source: string, text: string, status: ComplaintStatus, decisionReason: string | null, decidedAt: string | null, createdAt: string, user: { id: string, name: string } | null, grid: { id: string, name: string } | null } | null };

export type RegisterComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type RegisterComplaintMutation = { registerComplaint: { id: string, version: number, date: string, source: string, text: string, status: ComplaintStatus, decisionReason: string | null, decidedAt: string | null, createdAt: string, user: { id: string, name: string } | null, grid: { id: string, name: string } | null } };

export type DecideComplaintMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  substantiated: boolean;
  reason: string;
}>;


export type DecideComplaintMutation = { decideComplaint: { id: string, version: number, date: string, source: string, text: string, status: ComplaintStatus, decisionReason: string | null, decidedAt: string | null, createdAt: string, user: { id: string, name: string } | null, grid: { id: string, name: string } | null } };

export type ConsequenceFlagFieldsFragment = { id: string, version: number, userId: string, userName: string, ruleCode: string, consequence: Consequence, period: string, status: ConsequenceFlagStatus, evidence: unknown, selfReview: string | null, appealReason: string | null, decisionReason: string | null, allowedActions: Array<ConsequenceFlagAction>, createdAt: string, grid: { id: string, name: string } | null };

export type ConsequenceFlagsQueryVariables = Exact<{
  filter?: ConsequenceFlagFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type ConsequenceFlagsQuery = { consequenceFlags: { total: number, items: Array<{ id: string, version: number, userId: string, userName: string, ruleCode: string, consequence: Consequence, period: string, status: ConsequenceFlagStatus, evidence: unknown, selfReview: string | null, appealReason: string | null, decisionReason: string | null, allowedActions: Array<ConsequenceFlagAction>, createdAt: string, grid: { id: string, name: string } | null }> } };

export type ConsequenceFlagQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsequenceFlagQuery = { consequenceFlag: { id: string, version: number, userId: string, userName: string, ruleCode: string, consequence: Consequence, period: string, status: ConsequenceFlagStatus, evidence: unknown, selfReview: string | null, appealReason: string | null, decisionReason: string | null, allowedActions: Array<ConsequenceFlagAction>, createdAt: string, grid: { id: string, name: string } | null } | null };

export type MoveConsequenceFlagMutationVariables = Exact<{
  id: string | number;
  action: ConsequenceFlagAction;
  text: string;
  version?: number | null | undefined;
}>;


export type MoveConsequenceFlagMutation = { moveConsequenceFlag: { id: string, version: number, userId: string, userName: string, ruleCode: string, consequence: Consequence, period: string, status: ConsequenceFlagStatus, evidence: unknown, selfReview: string | null, appealReason: string | null, decisionReason: string | null, allowedActions: Array<ConsequenceFlagAction>, createdAt: string, grid: { id: string, name: string } | null } };

export type DictionaryFieldsFragment = { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number };

export type DictionariesQueryVariables = Exact<{
  filter?: DictionaryFilter | null | undefined;
  sort?: Array<DictionarySort> | DictionarySort | null | undefined;
  offset: number;
  limit: number;
}>;


export type DictionariesQuery = { dictionaries: { total: number, items: Array<{ id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number }> } };

export type DictionaryQueryVariables = Exact<{
  id: string | number;
}>;


export type DictionaryQuery = { dictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } | null };

export type CreateDictionaryMutationVariables = Exact<{
  input: CreateDictionaryInput;
}>;


export type CreateDictionaryMutation = { createDictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } };

export type UpdateDictionaryMutationVariables = Exact<{
  id: string | number;
  input: UpdateDictionaryInput;
  version?: number | null | undefined;
}>;


export type UpdateDictionaryMutation = { updateDictionary: { id: string, type: string, code: string, name: string, sort: number, enabled: boolean, version: number } };

export type DeleteDictionaryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDictionaryMutation = { deleteDictionary: string };

export type FormSubmissionFieldsFragment = { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null };

export type FormIssueFieldsFragment = { rule: string | null, severity: RuleSeverity, message: string, fields: Array<string>, explanation: string | null, orgName: string | null };

export type FormSubmissionDetailFieldsFragment = { values: unknown, referenceValues: unknown, returnReason: string | null, fieldReasons: Array<{ field: string, reason: string }>, explanations: Array<{ rule: string, text: string }>, approver: { id: string, name: string } | null, rules: Array<{ id: string, code: string, expression: string, severity: RuleSeverity, message: string, level: OrgLevel | null, canRemove: boolean, org: { id: string, name: string } | null }>, history: Array<{ id: string, action: SubmissionAction, at: string, from: SubmissionStatus | null, to: SubmissionStatus, comment: string | null, username: string | null }> };

export type FormSubmissionsQueryVariables = Exact<{
  filter?: FormSubmissionFilter | null | undefined;
  sort?: Array<FormSubmissionSort> | FormSubmissionSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type FormSubmissionsQuery = { formSubmissions: { total: number, items: Array<{ id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null }> } };

export type FormSubmissionQueryVariables = Exact<{
  id: string | number;
}>;


export type FormSubmissionQuery = { formSubmission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, values: unknown, referenceValues: unknown, returnReason: string | null, template: { id: string, name: string, sections: Array<{ key: string, label: string, labelEn: string | null }>, fields: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, section: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, help: string | null, dictionaryType: string | null, rowKey: string | null, expression: string | null, options: Array<{ value: string, label: string, score: number | null }> | null, columns: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, dictionaryType: string | null, options: Array<{ value: string, label: string, score: number | null }> | null }> | null }> } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null, fieldReasons: Array<{ field: string, reason: string }>, explanations: Array<{ rule: string, text: string }>, approver: { id: string, name: string } | null, rules: Array<{ id: string, code: string, expression: string, severity: RuleSeverity, message: string, level: OrgLevel | null, canRemove: boolean, org: { id: string, name: string } | null }>, history: Array<{ id: string, action: SubmissionAction, at: string, from: SubmissionStatus | null, to: SubmissionStatus, comment: string | null, username: string | null }> } | null };

export type SaveSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  values: unknown;
}>;


export type SaveSubmissionMutation = { saveSubmission: { submission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null }, validation: { errors: Array<{ rule: string | null, severity: RuleSeverity, message: string, fields: Array<string>, explanation: string | null, orgName: string | null }>, warnings: Array<{ rule: string | null, severity: RuleSeverity, message: string, fields: Array<string>, explanation: string | null, orgName: string | null }> } } };

export type SubmitSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  explanations?: Array<RuleExplanationInput> | RuleExplanationInput | null | undefined;
}>;


export type SubmitSubmissionMutation = { submitSubmission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null } };

export type ReturnSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
  fieldReasons?: Array<FieldReasonInput> | FieldReasonInput | null | undefined;
}>;


export type ReturnSubmissionMutation = { returnSubmission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null } };

export type ApproveSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveSubmissionMutation = { approveSubmission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null } };

export type UnlockSubmissionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type UnlockSubmissionMutation = { unlockSubmission: { id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null } };

export type FormTemplateFieldsFragment = { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number };

export type FormDefinitionFieldsFragment = { sections: Array<{ key: string, label: string, labelEn: string | null }>, fields: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, section: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, help: string | null, dictionaryType: string | null, rowKey: string | null, expression: string | null, options: Array<{ value: string, label: string, score: number | null }> | null, columns: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, dictionaryType: string | null, options: Array<{ value: string, label: string, score: number | null }> | null }> | null }> };

export type FormRuleFieldsFragment = { id: string, code: string, expression: string, severity: RuleSeverity, message: string, level: OrgLevel | null, canRemove: boolean, org: { id: string, name: string } | null };

export type FormTemplatesQueryVariables = Exact<{
  filter?: FormTemplateFilter | null | undefined;
  sort?: Array<FormTemplateSort> | FormTemplateSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type FormTemplatesQuery = { formTemplates: { total: number, items: Array<{ id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number }> } };

export type FormTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type FormTemplateQuery = { formTemplate: { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number, rules: Array<{ id: string, code: string, expression: string, severity: RuleSeverity, message: string, level: OrgLevel | null, canRemove: boolean, org: { id: string, name: string } | null }>, sections: Array<{ key: string, label: string, labelEn: string | null }>, fields: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, section: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, help: string | null, dictionaryType: string | null, rowKey: string | null, expression: string | null, options: Array<{ value: string, label: string, score: number | null }> | null, columns: Array<{ key: string, type: FormFieldType, label: string, labelEn: string | null, required: boolean | null, min: number | null, max: number | null, unit: string | null, dictionaryType: string | null, options: Array<{ value: string, label: string, score: number | null }> | null }> | null }> } | null };

export type CreateFormTemplateMutationVariables = Exact<{
  input: FormTemplateInput;
}>;


export type CreateFormTemplateMutation = { createFormTemplate: { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number } };

export type UpdateFormTemplateMutationVariables = Exact<{
  id: string | number;
  input: FormTemplateInput;
  version?: number | null | undefined;
}>;


export type UpdateFormTemplateMutation = { updateFormTemplate: { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number } };

export type PublishFormTemplateMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type PublishFormTemplateMutation = { publishFormTemplate: { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number } };

export type DeleteFormTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFormTemplateMutation = { deleteFormTemplate: string };

export type AddFormRuleMutationVariables = Exact<{
  input: AddFormRuleInput;
}>;


export type AddFormRuleMutation = { addFormRule: { id: string, code: string, expression: string, severity: RuleSeverity, message: string, level: OrgLevel | null, canRemove: boolean, org: { id: string, name: string } | null } };

export type RemoveFormRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveFormRuleMutation = { removeFormRule: string };

export type ExportFormTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportFormTemplateQuery = { exportFormTemplate: unknown };

export type ImportFormTemplateMutationVariables = Exact<{
  json: unknown;
}>;


export type ImportFormTemplateMutation = { importFormTemplate: { id: string, code: string, name: string, periodType: FormPeriodType, status: FormTemplateStatus, revision: number, publishedAt: string | null, updatedAt: string, version: number } };

export type GridReportCalendarQueryVariables = Exact<{
  gridId: string | number;
  month: string;
}>;


export type GridReportCalendarQuery = { gridReportCalendar: { month: string, days: Array<{ date: string, light: TrafficLight | null, reports: Array<{ id: string, status: GridReportStatus, severity: GridReportSeverity | null, text: string | null, submittedAt: string }> }> } };

export type MyGridsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridsQuery = { grids: { items: Array<{ id: string, name: string, org: { name: string } | null }> } };

export type SubmitGridReportTextMutationVariables = Exact<{
  text: string;
}>;


export type SubmitGridReportTextMutation = { submitGridReportText: { id: string } };

export type GridFieldsFragment = { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> };

export type GridsQueryVariables = Exact<{
  filter?: GridFilter | null | undefined;
  sort?: Array<GridSort> | GridSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type GridsQuery = { grids: { total: number, items: Array<{ id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> }> } };

export type GridQueryVariables = Exact<{
  id: string | number;
}>;


export type GridQuery = { grid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } | null };

export type CreateGridMutationVariables = Exact<{
  input: CreateGridInput;
}>;


export type CreateGridMutation = { createGrid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } };

export type UpdateGridMutationVariables = Exact<{
  id: string | number;
  input: UpdateGridInput;
  version?: number | null | undefined;
}>;


export type UpdateGridMutation = { updateGrid: { id: string, number: number, name: string, level: number, boundary: string | null, households: number | null, population: number | null, version: number, createdAt: string, updatedAt: string, org: { id: string, name: string } | null, parent: { id: string, name: string } | null, leader: { id: string, name: string } | null, workers: Array<{ id: string, name: string }> } };

export type DeleteGridMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGridMutation = { deleteGrid: string };

export type ImportReportFieldsFragment = { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }> };

export type KeyLocationFieldsFragment = { id: string, name: string, kind: string, address: string | null, notes: string | null, version: number, grid: { id: string, name: string } | null };

export type KeyLocationsQueryVariables = Exact<{
  filter?: KeyLocationFilter | null | undefined;
  sort?: Array<KeyLocationSort> | KeyLocationSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type KeyLocationsQuery = { keyLocations: { total: number, items: Array<{ id: string, name: string, kind: string, address: string | null, notes: string | null, version: number, grid: { id: string, name: string } | null }> } };

export type KeyLocationQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyLocationQuery = { keyLocation: { id: string, name: string, kind: string, address: string | null, notes: string | null, version: number, grid: { id: string, name: string } | null } | null };

export type CreateKeyLocationMutationVariables = Exact<{
  input: CreateKeyLocationInput;
}>;


export type CreateKeyLocationMutation = { createKeyLocation: { id: string, name: string, kind: string, address: string | null, notes: string | null, version: number, grid: { id: string, name: string } | null } };

export type UpdateKeyLocationMutationVariables = Exact<{
  id: string | number;
  input: UpdateKeyLocationInput;
  version?: number | null | undefined;
}>;


export type UpdateKeyLocationMutation = { updateKeyLocation: { id: string, name: string, kind: string, address: string | null, notes: string | null, version: number, grid: { id: string, name: string } | null } };

export type DeleteKeyLocationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteKeyLocationMutation = { deleteKeyLocation: string };

export type OrgsTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgsTemplateQuery = { orgsTemplate: { filename: string, contentBase64: string } };

export type GridsTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type GridsTemplateQuery = { gridsTemplate: { filename: string, contentBase64: string } };

export type UsersTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersTemplateQuery = { usersTemplate: { filename: string, contentBase64: string } };

export type ImportOrgsMutationVariables = Exact<{
  fileBase64: string;
  dryRun: boolean;
}>;


export type ImportOrgsMutation = { importOrgs: { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ImportGridsMutationVariables = Exact<{
  fileBase64: string;
  dryRun: boolean;
}>;


export type ImportGridsMutation = { importGrids: { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ImportUsersMutationVariables = Exact<{
  fileBase64: string;
  dryRun: boolean;
  initialPassword: InitialPasswordRule;
}>;


export type ImportUsersMutation = { importUsers: { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }>, passwords: Array<{ username: string }>, passwordsFile: { filename: string, contentBase64: string } | null } };

export type OrgFieldsFragment = { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> };

export type OrgsQueryVariables = Exact<{
  filter?: OrgFilter | null | undefined;
  sort?: Array<OrgSort> | OrgSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type OrgsQuery = { orgs: { total: number, items: Array<{ id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> }> } };

export type OrgQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgQuery = { org: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } | null };

export type CreateOrgMutationVariables = Exact<{
  input: CreateOrgInput;
}>;


export type CreateOrgMutation = { createOrg: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } };

export type UpdateOrgMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrgInput;
  version?: number | null | undefined;
}>;


export type UpdateOrgMutation = { updateOrg: { id: string, code: string | null, name: string, level: OrgLevel, version: number, createdAt: string, updatedAt: string, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }> } };

export type DeleteOrgMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrgMutation = { deleteOrg: string };

export type ReportingRoundFieldsFragment = { id: string, period: string, targetLevel: OrgLevel, dueAt: string, createdAt: string, version: number, template: { id: string, name: string, code: string } | null, org: { id: string, name: string } | null };

export type ReportingRateRowFieldsFragment = { key: string, label: string, expected: number, submitted: number, onTime: number, late: number, missing: number, approved: number, rate: number };

export type FormAggregateGroupFieldsFragment = { key: string, label: string, submissions: number, values: Array<{ field: string, column: string | null, rowKey: string | null, sum: number, count: number }> };

export type ReportingRoundsQueryVariables = Exact<{
  filter?: ReportingRoundFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type ReportingRoundsQuery = { reportingRounds: { total: number, items: Array<{ id: string, period: string, targetLevel: OrgLevel, dueAt: string, createdAt: string, version: number, template: { id: string, name: string, code: string } | null, org: { id: string, name: string } | null }> } };

export type ReportingRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportingRoundQuery = { reportingRound: { id: string, period: string, targetLevel: OrgLevel, dueAt: string, createdAt: string, version: number, template: { id: string, name: string, code: string } | null, org: { id: string, name: string } | null } | null };

export type OpenReportingRoundMutationVariables = Exact<{
  input: OpenReportingRoundInput;
}>;


export type OpenReportingRoundMutation = { openReportingRound: { id: string, period: string, targetLevel: OrgLevel, dueAt: string, createdAt: string, version: number, template: { id: string, name: string, code: string } | null, org: { id: string, name: string } | null } };

export type RoundDashboardQueryVariables = Exact<{
  roundId: string | number;
  includeSubmitted: boolean;
}>;


export type RoundDashboardQuery = { reportingRate: { total: { key: string, label: string, expected: number, submitted: number, onTime: number, late: number, missing: number, approved: number, rate: number }, groups: Array<{ key: string, label: string, expected: number, submitted: number, onTime: number, late: number, missing: number, approved: number, rate: number }> }, formAggregate: { total: { key: string, label: string, submissions: number, values: Array<{ field: string, column: string | null, rowKey: string | null, sum: number, count: number }> }, groups: Array<{ key: string, label: string, submissions: number, values: Array<{ field: string, column: string | null, rowKey: string | null, sum: number, count: number }> }> } };

export type RoundSubmissionsWhereQueryVariables = Exact<{
  filter: FormSubmissionFilter;
}>;


export type RoundSubmissionsWhereQuery = { formSubmissions: { total: number, items: Array<{ id: string, period: string, status: SubmissionStatus, late: boolean, submittedAt: string | null, firstSubmittedAt: string | null, approvedAt: string | null, version: number, allowedActions: Array<SubmissionAction>, template: { id: string, name: string } | null, org: { id: string, name: string } | null, round: { id: string, dueAt: string } | null }> } };

export type UrgeSubmissionsMutationVariables = Exact<{
  roundId: string | number;
  message: string;
}>;


export type UrgeSubmissionsMutation = { urgeSubmissions: number };

export type ExportRoundQueryVariables = Exact<{
  roundId: string | number;
}>;


export type ExportRoundQuery = { exportRound: { filename: string, contentBase64: string } };

export type RoleFieldsFragment = { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number };

export type RolesQueryVariables = Exact<{
  filter?: RoleFilter | null | undefined;
  sort?: Array<RoleSort> | RoleSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type RolesQuery = { roles: { total: number, items: Array<{ id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number }> } };

export type RoleQueryVariables = Exact<{
  id: string | number;
}>;


export type RoleQuery = { role: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } | null };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } };

export type UpdateRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoleInput;
  version?: number | null | undefined;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, code: string, name: string, scope: DataScope, rules: unknown, builtIn: boolean, version: number } };

export type DeleteRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoleMutation = { deleteRole: string };

export type PasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPolicyQuery = { passwordPolicy: { minLength: number, classes: number, history: number, expiryDays: number, initialExpiryDays: number, idleTimeoutMinutes: number } };

export type UpdatePasswordPolicyMutationVariables = Exact<{
  input: UpdatePasswordPolicyInput;
}>;


export type UpdatePasswordPolicyMutation = { updatePasswordPolicy: { minLength: number, classes: number, history: number, expiryDays: number, initialExpiryDays: number, idleTimeoutMinutes: number } };

export type LockedAccountsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type LockedAccountsQuery = { users: { total: number, items: Array<{ id: string, username: string, name: string, lockedUntil: string | null, org: { name: string } | null }> } };

export type UnlockUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, lockedUntil: string | null } };

export type SessionsQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type SessionsQuery = { sessions: { total: number, items: Array<{ id: string, createdAt: string, lastSeenAt: string | null, expiresAt: string, ip: string | null, user: { id: string, username: string, name: string, org: { name: string } | null } | null }> } };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: string };

export type PersonFieldsFragment = { id: string, name: string, sex: Sex, ethnicity: string | null, idNumber: string | null, birthDate: string | null, phone: string | null, address: string | null, kind: SupervisionKind, riskLevel: RiskLevel, status: SupervisionStatus, supervisionStart: string | null, supervisionEnd: string | null, offenceSummary: string | null, notes: string | null, version: number, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } | null, grid: { id: string, number: number, name: string } | null, org: { id: string, name: string } | null, responsible: { id: string, name: string } | null };

export type SupportGroupFieldsFragment = { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> };

export type PersonDetailFieldsFragment = { supportGroup: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> }, visits: Array<{ id: string, date: string, kind: VisitKind, participants: Array<string>, findings: string | null, psychologicalState: string | null, followUpNeeded: boolean, recordedBy: { id: string, name: string } | null }>, history: Array<{ id: string, at: string, kind: SupervisionHistoryKind, username: string | null, fromStatus: SupervisionStatus | null, toStatus: SupervisionStatus | null, reason: string | null, fromGrid: { id: string, name: string } | null, toGrid: { id: string, name: string } | null }>, serviceHours: Array<{ id: string, month: string, hours: number }> };

export type SupervisedPeopleQueryVariables = Exact<{
  filter?: SupervisedPersonFilter | null | undefined;
  sort?: Array<SupervisedPersonSort> | SupervisedPersonSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type SupervisedPeopleQuery = { supervisedPeople: { total: number, items: Array<{ id: string, name: string, sex: Sex, ethnicity: string | null, idNumber: string | null, birthDate: string | null, phone: string | null, address: string | null, kind: SupervisionKind, riskLevel: RiskLevel, status: SupervisionStatus, supervisionStart: string | null, supervisionEnd: string | null, offenceSummary: string | null, notes: string | null, version: number, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } | null, grid: { id: string, number: number, name: string } | null, org: { id: string, name: string } | null, responsible: { id: string, name: string } | null }> } };

export type SupervisedPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisedPersonQuery = { supervisedPerson: { id: string, name: string, sex: Sex, ethnicity: string | null, idNumber: string | null, birthDate: string | null, phone: string | null, address: string | null, kind: SupervisionKind, riskLevel: RiskLevel, status: SupervisionStatus, supervisionStart: string | null, supervisionEnd: string | null, offenceSummary: string | null, notes: string | null, version: number, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } | null, grid: { id: string, number: number, name: string } | null, org: { id: string, name: string } | null, responsible: { id: string, name: string } | null, supportGroup: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> }, visits: Array<{ id: string, date: string, kind: VisitKind, participants: Array<string>, findings: string | null, psychologicalState: string | null, followUpNeeded: boolean, recordedBy: { id: string, name: string } | null }>, history: Array<{ id: string, at: string, kind: SupervisionHistoryKind, username: string | null, fromStatus: SupervisionStatus | null, toStatus: SupervisionStatus | null, reason: string | null, fromGrid: { id: string, name: string } | null, toGrid: { id: string, name: string } | null }>, serviceHours: Array<{ id: string, month: string, hours: number }> } | null };

export type CreateSupervisedPersonMutationVariables = Exact<{
  input: CreateSupervisedPersonInput;
}>;


export type CreateSupervisedPersonMutation = { createSupervisedPerson: { id: string, name: string, sex: Sex, ethnicity: string | null, idNumber: string | null, birthDate: string | null, phone: string | null, address: string | null, kind: SupervisionKind, riskLevel: RiskLevel, status: SupervisionStatus, supervisionStart: string | null, supervisionEnd: string | null, offenceSummary: string | null, notes: string | null, version: number, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } | null, grid: { id: string, number: number, name: string } | null, org: { id: string, name: string } | null, responsible: { id: string, name: string } | null, supportGroup: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> }, visits: Array<{ id: string, date: string, kind: VisitKind, participants: Array<string>, findings: string | null, psychologicalState: string | null, followUpNeeded: boolean, recordedBy: { id: string, name: string } | null }>, history: Array<{ id: string, at: string, kind: SupervisionHistoryKind, username: string | null, fromStatus: SupervisionStatus | null, toStatus: SupervisionStatus | null, reason: string | null, fromGrid: { id: string, name: string } | null, toGrid: { id: string, name: string } | null }>, serviceHours: Array<{ id: string, month: string, hours: number }> } };

export type UpdateSupervisedPersonMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupervisedPersonInput;
  version?: number | null | undefined;
}>;


export type UpdateSupervisedPersonMutation = { updateSupervisedPerson: { id: string, name: string, sex: Sex, ethnicity: string | null, idNumber: string | null, birthDate: string | null, phone: string | null, address: string | null, kind: SupervisionKind, riskLevel: RiskLevel, status: SupervisionStatus, supervisionStart: string | null, supervisionEnd: string | null, offenceSummary: string | null, notes: string | null, version: number, createdAt: string, updatedAt: string, category: { id: string, code: string, name: string } | null, grid: { id: string, number: number, name: string } | null, org: { id: string, name: string } | null, responsible: { id: string, name: string } | null, supportGroup: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> }, visits: Array<{ id: string, date: string, kind: VisitKind, participants: Array<string>, findings: string | null, psychologicalState: string | null, followUpNeeded: boolean, recordedBy: { id: string, name: string } | null }>, history: Array<{ id: string, at: string, kind: SupervisionHistoryKind, username: string | null, fromStatus: SupervisionStatus | null, toStatus: SupervisionStatus | null, reason: string | null, fromGrid: { id: string, name: string } | null, toGrid: { id: string, name: string } | null }>, serviceHours: Array<{ id: string, month: string, hours: number }> } };

export type TransferSupervisedPersonMutationVariables = Exact<{
  id: string | number;
  toGridId: string | number;
  reason: string;
}>;


export type TransferSupervisedPersonMutation = { transferSupervisedPerson: { id: string } };

export type ChangeSupervisionStatusMutationVariables = Exact<{
  id: string | number;
  status: SupervisionStatus;
  reason: string;
}>;


export type ChangeSupervisionStatusMutation = { changeSupervisionStatus: { id: string } };

export type CreateVisitMutationVariables = Exact<{
  input: CreateVisitInput;
}>;


export type CreateVisitMutation = { createVisit: { id: string } };

export type RecordServiceHoursMutationVariables = Exact<{
  personId: string | number;
  month: string;
  hours: number;
}>;


export type RecordServiceHoursMutation = { recordServiceHours: { id: string } };

export type SetSupportGroupMemberMutationVariables = Exact<{
  personId: string | number;
  role: HelperRole;
  userId?: string | number | null | undefined;
  contact?: SupportGroupContactInput | null | undefined;
}>;


export type SetSupportGroupMemberMutation = { setSupportGroupMember: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> } };

export type RemoveSupportGroupMemberMutationVariables = Exact<{
  personId: string | number;
  memberId: string | number;
}>;


export type RemoveSupportGroupMemberMutation = { removeSupportGroupMember: { missingRoles: Array<HelperRole>, members: Array<{ id: string, role: HelperRole, name: string, phone: string | null, relation: string | null, user: { id: string, username: string } | null }> } };

export type ImportSupervisedPeopleMutationVariables = Exact<{
  fileBase64: string;
  mode?: ImportMode | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportSupervisedPeopleMutation = { importSupervisedPeople: { created: number, updated: number, unchanged: number, nothingWritten: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type SupervisedPeopleTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisedPeopleTemplateQuery = { supervisedPeopleTemplate: { filename: string, contentBase64: string } };

export type ExportSupervisedPeopleQueryVariables = Exact<{
  filter?: SupervisedPersonFilter | null | undefined;
}>;


export type ExportSupervisedPeopleQuery = { exportSupervisedPeople: { filename: string, contentBase64: string } };

export type SurveyRoundFieldsFragment = { id: string, version: number, period: string, status: AssessmentRoundStatus, createdAt: string, template: { id: string, name: string }, org: { id: string, name: string } | null };

export type SurveyRoundsQueryVariables = Exact<{
  offset: number;
  limit: number;
  orgId?: string | number | null | undefined;
}>;


export type SurveyRoundsQuery = { surveyRounds: { total: number, items: Array<{ id: string, version: number, period: string, status: AssessmentRoundStatus, createdAt: string, template: { id: string, name: string }, org: { id: string, name: string } | null }> } };

export type SurveyRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyRoundQuery = { surveyRound: { id: string, version: number, period: string, status: AssessmentRoundStatus, createdAt: string, links: Array<{ id: string, token: string, codesIssued: number, grid: { id: string, name: string, number: number, households: number | null, org: { name: string } | null } | null }>, template: { id: string, name: string }, org: { id: string, name: string } | null } | null };

export type SurveyRoundScoresQueryVariables = Exact<{
  roundId: string | number;
}>;


export type SurveyRoundScoresQuery = { surveyScores: Array<{ key: string, label: string, responses: number, score: number }> };

export type PublishedFormTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedFormTemplatesQuery = { formTemplates: { items: Array<{ id: string, name: string, revision: number }> } };

export type OpenSurveyRoundMutationVariables = Exact<{
  templateId: string | number;
  period: string;
  orgId: string | number;
}>;


export type OpenSurveyRoundMutation = { openSurveyRound: { id: string, version: number, period: string, status: AssessmentRoundStatus, createdAt: string, template: { id: string, name: string }, org: { id: string, name: string } | null } };

export type CloseSurveyRoundMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, version: number, period: string, status: AssessmentRoundStatus, createdAt: string, template: { id: string, name: string }, org: { id: string, name: string } | null } };

export type IssueSurveyCodesMutationVariables = Exact<{
  linkId: string | number;
  count: number;
}>;


export type IssueSurveyCodesMutation = { issueSurveyCodes: Array<string> };

export type TaskFieldsFragment = { id: string, kind: TaskKind, title: string, description: string | null, location: string | null, status: TaskStatus, returnedTo: TaskStatus | null, priority: TaskPriority, result: string | null, deadline: string | null, overdue: boolean, remainingWorkingHours: number | null, allowedActions: Array<TaskAction>, reportedAt: string, version: number, category: { code: string, name: string } | null, component: { code: string, name: string } | null, grid: { id: string, name: string } | null, org: { id: string, name: string } | null, handlerOrg: { id: string, name: string } | null, reporter: { name: string } | null };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  sort?: Array<TaskSort> | TaskSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type TasksQuery = { tasks: { total: number, items: Array<{ id: string, kind: TaskKind, title: string, description: string | null, location: string | null, status: TaskStatus, returnedTo: TaskStatus | null, priority: TaskPriority, result: string | null, deadline: string | null, overdue: boolean, remainingWorkingHours: number | null, allowedActions: Array<TaskAction>, reportedAt: string, version: number, category: { code: string, name: string } | null, component: { code: string, name: string } | null, grid: { id: string, name: string } | null, org: { id: string, name: string } | null, handlerOrg: { id: string, name: string } | null, reporter: { name: string } | null }> } };

export type TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQuery = { task: { id: string, kind: TaskKind, title: string, description: string | null, location: string | null, status: TaskStatus, returnedTo: TaskStatus | null, priority: TaskPriority, result: string | null, deadline: string | null, overdue: boolean, remainingWorkingHours: number | null, allowedActions: Array<TaskAction>, reportedAt: string, version: number, history: Array<{ id: string, at: string, action: TaskAction | null, from: TaskStatus | null, to: TaskStatus, comment: string | null, user: { name: string, username: string } | null, handlerOrg: { name: string } | null }>, reminders: Array<{ id: string, kind: ReminderKind, message: string, createdAt: string }>, category: { code: string, name: string } | null, component: { code: string, name: string } | null, grid: { id: string, name: string } | null, org: { id: string, name: string } | null, handlerOrg: { id: string, name: string } | null, reporter: { name: string } | null } | null };

export type ReportEventMutationVariables = Exact<{
  input: ReportEventInput;
}>;


export type ReportEventMutation = { reportEvent: { id: string, kind: TaskKind, title: string, description: string | null, location: string | null, status: TaskStatus, returnedTo: TaskStatus | null, priority: TaskPriority, result: string | null, deadline: string | null, overdue: boolean, remainingWorkingHours: number | null, allowedActions: Array<TaskAction>, reportedAt: string, version: number, category: { code: string, name: string } | null, component: { code: string, name: string } | null, grid: { id: string, name: string } | null, org: { id: string, name: string } | null, handlerOrg: { id: string, name: string } | null, reporter: { name: string } | null } };

export type RegisterTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type RegisterTaskMutation = { registerTask: { id: string } };

export type DispatchTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  handlerOrgId: string | number;
}>;


export type DispatchTaskMutation = { dispatchTask: { id: string } };

export type AcceptTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AcceptTaskMutation = { acceptTask: { id: string } };

export type ResolveTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  result: string;
}>;


export type ResolveTaskMutation = { resolveTask: { id: string } };

export type VerifyTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  approved: boolean;
  comment?: string | null | undefined;
}>;


export type VerifyTaskMutation = { verifyTask: { id: string } };

export type CloseTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type CloseTaskMutation = { closeTask: { id: string } };

export type ReturnTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  reason: string;
}>;


export type ReturnTaskMutation = { returnTask: { id: string } };

export type EscalateTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  reason: string;
}>;


export type EscalateTaskMutation = { escalateTask: { id: string } };

export type UrgeTaskMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
  message: string;
}>;


export type UrgeTaskMutation = { urgeTask: { id: string } };

export type TaskDashboardQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type TaskDashboardQuery = { byOrg: { received: number, closed: number, closureRate: number, overdue: number, onTimeRate: number | null, avgHandlingHours: number | null, groups: Array<{ key: string, label: string, received: number, closed: number, closureRate: number, overdue: number }> }, byCategory: { groups: Array<{ key: string, label: string, received: number }> }, lights: { gridDays: number, green: number, yellow: number, red: number, greenRate: number, groups: Array<{ key: string, label: string, green: number, yellow: number, red: number }> } };

export type UserFieldsFragment = { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  sort?: Array<UserSort> | UserSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type UsersQuery = { users: { total: number, items: Array<{ id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
  version?: number | null | undefined;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, name: string, phone: string | null, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, version: number, org: { id: string, name: string } | null, roles: Array<{ id: string, code: string, name: string }>, grids: Array<{ id: string, name: string }> } };

export type DeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteUserMutation = { deleteUser: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssessmentSchemeRowFragmentDoc = new TypedDocumentString(`
    fragment AssessmentSchemeRow on AssessmentScheme {
  id
  version
  code
  name
  periodType
  subjectType
  revision
  publishedAt
}
    `, {"fragmentName":"AssessmentSchemeRow"}) as unknown as TypedDocumentString<AssessmentSchemeRowFragment, unknown>;
export const ScorecardRowFragmentDoc = new TypedDocumentString(`
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}
    `, {"fragmentName":"ScorecardRow"}) as unknown as TypedDocumentString<ScorecardRowFragment, unknown>;
export const AuditLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  changedFields
  before
  after
  success
}
    `, {"fragmentName":"AuditLogFields"}) as unknown as TypedDocumentString<AuditLogFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  id
  version
  date
  source
  text
  status
  decisionReason
  decidedAt
  createdAt
  user {
    id
    name
  }
  grid {
    id
    name
  }
}
    `, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const ConsequenceFlagFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsequenceFlagFields on ConsequenceFlag {
  id
  version
  userId
  userName
  ruleCode
  consequence
  period
  status
  evidence
  selfReview
  appealReason
  decisionReason
  allowedActions
  createdAt
  grid {
    id
    name
  }
}
    `, {"fragmentName":"ConsequenceFlagFields"}) as unknown as TypedDocumentString<ConsequenceFlagFieldsFragment, unknown>;
export const DictionaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}
    `, {"fragmentName":"DictionaryFields"}) as unknown as TypedDocumentString<DictionaryFieldsFragment, unknown>;
export const FormSubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}
    `, {"fragmentName":"FormSubmissionFields"}) as unknown as TypedDocumentString<FormSubmissionFieldsFragment, unknown>;
export const FormIssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormIssueFields on FormIssue {
  rule
  severity
  message
  fields
  explanation
  orgName
}
    `, {"fragmentName":"FormIssueFields"}) as unknown as TypedDocumentString<FormIssueFieldsFragment, unknown>;
export const FormRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormRuleFields on FormRule {
  id
  code
  expression
  severity
  message
  level
  canRemove
  org {
    id
    name
  }
}
    `, {"fragmentName":"FormRuleFields"}) as unknown as TypedDocumentString<FormRuleFieldsFragment, unknown>;
export const FormSubmissionDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormSubmissionDetailFields on FormSubmission {
  values
  referenceValues
  returnReason
  fieldReasons {
    field
    reason
  }
  explanations {
    rule
    text
  }
  approver {
    id
    name
  }
  rules {
    ...FormRuleFields
  }
  history {
    id
    action
    at
    from
    to
    comment
    username
  }
}
    fragment FormRuleFields on FormRule {
  id
  code
  expression
  severity
  message
  level
  canRemove
  org {
    id
    name
  }
}`, {"fragmentName":"FormSubmissionDetailFields"}) as unknown as TypedDocumentString<FormSubmissionDetailFieldsFragment, unknown>;
export const FormTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}
    `, {"fragmentName":"FormTemplateFields"}) as unknown as TypedDocumentString<FormTemplateFieldsFragment, unknown>;
export const FormDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormDefinitionFields on FormTemplate {
  sections {
    key
    label
    labelEn
  }
  fields {
    key
    type
    label
    labelEn
    section
    required
    min
    max
    unit
    help
    dictionaryType
    rowKey
    expression
    options {
      value
      label
      score
    }
    columns {
      key
      type
      label
      labelEn
      required
      min
      max
      unit
      dictionaryType
      options {
        value
        label
        score
      }
    }
  }
}
    `, {"fragmentName":"FormDefinitionFields"}) as unknown as TypedDocumentString<FormDefinitionFieldsFragment, unknown>;
export const GridFieldsFragmentDoc = new TypedDocumentString(`
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"GridFields"}) as unknown as TypedDocumentString<GridFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportReportFields on ImportReport {
  created
  updated
  unchanged
  nothingWritten
  errors {
    row
    column
    message
  }
}
    `, {"fragmentName":"ImportReportFields"}) as unknown as TypedDocumentString<ImportReportFieldsFragment, unknown>;
export const KeyLocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeyLocationFields on KeyLocation {
  id
  name
  kind
  address
  notes
  grid {
    id
    name
  }
  version
}
    `, {"fragmentName":"KeyLocationFields"}) as unknown as TypedDocumentString<KeyLocationFieldsFragment, unknown>;
export const OrgFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"OrgFields"}) as unknown as TypedDocumentString<OrgFieldsFragment, unknown>;
export const ReportingRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportingRoundFields on ReportingRound {
  id
  period
  targetLevel
  dueAt
  createdAt
  version
  template {
    id
    name
    code
  }
  org {
    id
    name
  }
}
    `, {"fragmentName":"ReportingRoundFields"}) as unknown as TypedDocumentString<ReportingRoundFieldsFragment, unknown>;
export const ReportingRateRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportingRateRowFields on ReportingRateRow {
  key
  label
  expected
  submitted
  onTime
  late
  missing
  approved
  rate
}
    `, {"fragmentName":"ReportingRateRowFields"}) as unknown as TypedDocumentString<ReportingRateRowFieldsFragment, unknown>;
export const FormAggregateGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormAggregateGroupFields on FormAggregateGroup {
  key
  label
  submissions
  values {
    field
    column
    rowKey
    sum
    count
  }
}
    `, {"fragmentName":"FormAggregateGroupFields"}) as unknown as TypedDocumentString<FormAggregateGroupFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}
    `, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on SupervisedPerson {
  id
  name
  sex
  ethnicity
  idNumber
  birthDate
  phone
  address
  kind
  riskLevel
  status
  supervisionStart
  supervisionEnd
  offenceSummary
  notes
  category {
    id
    code
    name
  }
  grid {
    id
    number
    name
  }
  org {
    id
    name
  }
  responsible {
    id
    name
  }
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const SupportGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupportGroupFields on SupportGroup {
  missingRoles
  members {
    id
    role
    name
    phone
    relation
    user {
      id
      username
    }
  }
}
    `, {"fragmentName":"SupportGroupFields"}) as unknown as TypedDocumentString<SupportGroupFieldsFragment, unknown>;
export const PersonDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonDetailFields on SupervisedPerson {
  supportGroup {
    missingRoles
    members {
      id
      role
      name
      phone
      relation
      user {
        id
        username
      }
    }
  }
  visits {
    id
    date
    kind
    participants
    findings
    psychologicalState
    followUpNeeded
    recordedBy {
      id
      name
    }
  }
  history {
    id
    at
    kind
    username
    fromStatus
    toStatus
    reason
    fromGrid {
      id
      name
    }
    toGrid {
      id
      name
    }
  }
  serviceHours {
    id
    month
    hours
  }
}
    `, {"fragmentName":"PersonDetailFields"}) as unknown as TypedDocumentString<PersonDetailFieldsFragment, unknown>;
export const SurveyRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyRoundFields on SurveyRound {
  id
  version
  period
  status
  createdAt
  template {
    id
    name
  }
  org {
    id
    name
  }
}
    `, {"fragmentName":"SurveyRoundFields"}) as unknown as TypedDocumentString<SurveyRoundFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  kind
  title
  description
  location
  status
  returnedTo
  priority
  category {
    code
    name
  }
  component {
    code
    name
  }
  grid {
    id
    name
  }
  org {
    id
    name
  }
  handlerOrg {
    id
    name
  }
  reporter {
    name
  }
  result
  deadline
  overdue
  remainingWorkingHours
  allowedActions
  reportedAt
  version
}
    `, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const SubjectsDocument = new TypedDocumentString(`
    query Subjects {
  subjects
}
    `) as unknown as TypedDocumentString<SubjectsQuery, SubjectsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      name
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    name
    mustChangePassword
    org {
      id
      name
    }
    roles {
      code
      name
    }
    rules
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AssessmentSchemesDocument = new TypedDocumentString(`
    query AssessmentSchemes($filter: AssessmentSchemeFilter, $offset: Int!, $limit: Int!) {
  assessmentSchemes(filter: $filter, offset: $offset, limit: $limit) {
    total
    items {
      ...AssessmentSchemeRow
    }
  }
}
    fragment AssessmentSchemeRow on AssessmentScheme {
  id
  version
  code
  name
  periodType
  subjectType
  revision
  publishedAt
}`) as unknown as TypedDocumentString<AssessmentSchemesQuery, AssessmentSchemesQueryVariables>;
export const AssessmentSchemeDocument = new TypedDocumentString(`
    query AssessmentScheme($id: ID!) {
  assessmentScheme(id: $id) {
    ...AssessmentSchemeRow
    quarterSchemeCode
    quartersWeight
    grades {
      grade
      min
    }
    indicators {
      code
      name
      kind
      source
      maxScore
      weight
      guidance
      mapping {
        type
        from
        to
        steps {
          min
          score
        }
      }
    }
  }
}
    fragment AssessmentSchemeRow on AssessmentScheme {
  id
  version
  code
  name
  periodType
  subjectType
  revision
  publishedAt
}`) as unknown as TypedDocumentString<AssessmentSchemeQuery, AssessmentSchemeQueryVariables>;
export const AssessmentRoundListDocument = new TypedDocumentString(`
    query AssessmentRoundList {
  assessmentRounds(limit: 100) {
    items {
      id
      period
      status
      deadline
      org {
        name
      }
      scheme {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentRoundListQuery, AssessmentRoundListQueryVariables>;
export const AssessmentRoundProgressDocument = new TypedDocumentString(`
    query AssessmentRoundProgress($roundId: ID!) {
  all: scorecards(filter: {roundId: $roundId}, limit: 1) {
    total
  }
  done: scorecards(
    filter: {roundId: $roundId, status: [SUBMITTED, CONFIRMED]}
    limit: 1
  ) {
    total
  }
}
    `) as unknown as TypedDocumentString<AssessmentRoundProgressQuery, AssessmentRoundProgressQueryVariables>;
export const AssessmentRoundGridDocument = new TypedDocumentString(`
    query AssessmentRoundGrid($roundId: ID!) {
  assessmentRound(id: $roundId) {
    id
    period
    status
    org {
      name
    }
    scheme {
      name
      grades {
        grade
        min
      }
      indicators {
        code
        name
        kind
        maxScore
        weight
        guidance
      }
    }
  }
  scorecards(filter: {roundId: $roundId}, limit: 500) {
    total
    items {
      ...ScorecardRow
    }
  }
  assessmentRanking(roundId: $roundId, limit: 10) {
    items {
      rank
      total
      grade
      change
      scorecard {
        id
        subjectName
      }
    }
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<AssessmentRoundGridQuery, AssessmentRoundGridQueryVariables>;
export const SetScorecardScoresDocument = new TypedDocumentString(`
    mutation SetScorecardScores($id: ID!, $version: Int, $scores: [ScoreInput!]!) {
  setScores(id: $id, version: $version, scores: $scores) {
    ...ScorecardRow
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<SetScorecardScoresMutation, SetScorecardScoresMutationVariables>;
export const SubmitScorecardDocument = new TypedDocumentString(`
    mutation SubmitScorecard($id: ID!, $version: Int) {
  submitScorecard(id: $id, version: $version) {
    ...ScorecardRow
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<SubmitScorecardMutation, SubmitScorecardMutationVariables>;
export const ConfirmScorecardDocument = new TypedDocumentString(`
    mutation ConfirmScorecard($id: ID!, $version: Int) {
  confirmScorecard(id: $id, version: $version) {
    ...ScorecardRow
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<ConfirmScorecardMutation, ConfirmScorecardMutationVariables>;
export const ReturnScorecardDocument = new TypedDocumentString(`
    mutation ReturnScorecard($id: ID!, $version: Int, $reason: String!) {
  returnScorecard(id: $id, version: $version, reason: $reason) {
    ...ScorecardRow
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<ReturnScorecardMutation, ReturnScorecardMutationVariables>;
export const ReopenScorecardDocument = new TypedDocumentString(`
    mutation ReopenScorecard($id: ID!, $version: Int, $reason: String!) {
  reopenScorecard(id: $id, version: $version, reason: $reason) {
    ...ScorecardRow
  }
}
    fragment ScorecardRow on Scorecard {
  id
  version
  status
  subjectName
  total
  fromQuarters
  grade
  allowedActions
  scores {
    indicator
    score
    figure
    comment
  }
}`) as unknown as TypedDocumentString<ReopenScorecardMutation, ReopenScorecardMutationVariables>;
export const PublicSurveyDocument = new TypedDocumentString(`
    query PublicSurvey($token: String!) {
  publicSurvey(token: $token) {
    title
    gridName
    period
    open
    questions {
      code
      text
      required
      options {
        value
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicSurveyQuery, PublicSurveyQueryVariables>;
export const SubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation SubmitSurveyResponse($token: String!, $code: String!, $answers: [SurveyAnswerInput!]!) {
  submitSurveyResponse(token: $token, code: $code, answers: $answers)
}
    `) as unknown as TypedDocumentString<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const ExportAssessmentRoundDocument = new TypedDocumentString(`
    query ExportAssessmentRound($roundId: ID!) {
  exportAssessmentRound(roundId: $roundId) {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportAssessmentRoundQuery, ExportAssessmentRoundQueryVariables>;
export const ImportAssessmentScoresDocument = new TypedDocumentString(`
    mutation ImportAssessmentScores($roundId: ID!, $fileBase64: String!) {
  importAssessmentScores(roundId: $roundId, fileBase64: $fileBase64) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  created
  updated
  unchanged
  nothingWritten
  errors {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportAssessmentScoresMutation, ImportAssessmentScoresMutationVariables>;
export const RefreshAutoScoresDocument = new TypedDocumentString(`
    mutation RefreshAutoScores($roundId: ID!) {
  refreshAutoScores(roundId: $roundId)
}
    `) as unknown as TypedDocumentString<RefreshAutoScoresMutation, RefreshAutoScoresMutationVariables>;
export const PublishedAssessmentSchemesDocument = new TypedDocumentString(`
    query PublishedAssessmentSchemes {
  assessmentSchemes(filter: {published: true}, limit: 100) {
    items {
      id
      name
      periodType
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedAssessmentSchemesQuery, PublishedAssessmentSchemesQueryVariables>;
export const OpenAssessmentRoundDocument = new TypedDocumentString(`
    mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {
  openAssessmentRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenAssessmentRoundMutation, OpenAssessmentRoundMutationVariables>;
export const AssessmentRankingPageDocument = new TypedDocumentString(`
    query AssessmentRankingPage($roundId: ID!, $offset: Int!, $limit: Int!) {
  assessmentRound(id: $roundId) {
    id
    period
    status
    deadline
    org {
      name
    }
    scheme {
      name
      grades {
        grade
        min
      }
    }
  }
  assessmentRanking(roundId: $roundId, offset: $offset, limit: $limit) {
    total
    items {
      rank
      total
      grade
      previousTotal
      change
      scorecard {
        id
        subjectName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentRankingPageQuery, AssessmentRankingPageQueryVariables>;
export const AssessmentSummaryByOrgDocument = new TypedDocumentString(`
    query AssessmentSummaryByOrg($roundId: ID!) {
  assessmentSummary(roundId: $roundId, groupBy: CHILD_ORG) {
    key
    label
    count
    mean
    min
    max
    grades {
      grade
      count
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentSummaryByOrgQuery, AssessmentSummaryByOrgQueryVariables>;
export const AuditLogsDocument = new TypedDocumentString(`
    query AuditLogs($filter: AuditLogFilter, $offset: Int!, $limit: Int!) {
  auditLogs(filter: $filter, offset: $offset, limit: $limit) {
    items {
      ...AuditLogFields
    }
    total
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  changedFields
  before
  after
  success
}`) as unknown as TypedDocumentString<AuditLogsQuery, AuditLogsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($id: ID!) {
  auditLog(id: $id) {
    ...AuditLogFields
  }
}
    fragment AuditLogFields on AuditLog {
  id
  at
  user {
    id
    name
  }
  username
  ip
  operation
  targetType
  targetId
  changedFields
  before
  after
  success
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ExportAuditLogDocument = new TypedDocumentString(`
    query ExportAuditLog($filter: AuditLogFilter) {
  exportAuditLog(filter: $filter) {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportAuditLogQuery, ExportAuditLogQueryVariables>;
export const ComplaintsDocument = new TypedDocumentString(`
    query Complaints($filter: ComplaintFilter, $offset: Int!, $limit: Int!) {
  complaints(filter: $filter, offset: $offset, limit: $limit) {
    total
    items {
      ...ComplaintFields
    }
  }
}
    fragment ComplaintFields on Complaint {
  id
  version
  date
  source
  text
  status
  decisionReason
  decidedAt
  createdAt
  user {
    id
    name
  }
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintDocument = new TypedDocumentString(`
    query Complaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  version
  date
  source
  text
  status
  decisionReason
  decidedAt
  createdAt
  user {
    id
    name
  }
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<ComplaintQuery, ComplaintQueryVariables>;
export const RegisterComplaintDocument = new TypedDocumentString(`
    mutation RegisterComplaint($input: ComplaintInput!) {
  registerComplaint(input: $input) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  version
  date
  source
  text
  status
  decisionReason
  decidedAt
  createdAt
  user {
    id
    name
  }
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<RegisterComplaintMutation, RegisterComplaintMutationVariables>;
export const DecideComplaintDocument = new TypedDocumentString(`
    mutation DecideComplaint($id: ID!, $version: Int, $substantiated: Boolean!, $reason: String!) {
  decideComplaint(
    id: $id
    version: $version
    substantiated: $substantiated
    reason: $reason
  ) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  version
  date
  source
  text
  status
  decisionReason
  decidedAt
  createdAt
  user {
    id
    name
  }
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<DecideComplaintMutation, DecideComplaintMutationVariables>;
export const ConsequenceFlagsDocument = new TypedDocumentString(`
    query ConsequenceFlags($filter: ConsequenceFlagFilter, $offset: Int!, $limit: Int!) {
  consequenceFlags(filter: $filter, offset: $offset, limit: $limit) {
    total
    items {
      ...ConsequenceFlagFields
    }
  }
}
    fragment ConsequenceFlagFields on ConsequenceFlag {
  id
  version
  userId
  userName
  ruleCode
  consequence
  period
  status
  evidence
  selfReview
  appealReason
  decisionReason
  allowedActions
  createdAt
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsequenceFlagsQuery, ConsequenceFlagsQueryVariables>;
export const ConsequenceFlagDocument = new TypedDocumentString(`
    query ConsequenceFlag($id: ID!) {
  consequenceFlag(id: $id) {
    ...ConsequenceFlagFields
  }
}
    fragment ConsequenceFlagFields on ConsequenceFlag {
  id
  version
  userId
  userName
  ruleCode
  consequence
  period
  status
  evidence
  selfReview
  appealReason
  decisionReason
  allowedActions
  createdAt
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConsequenceFlagQuery, ConsequenceFlagQueryVariables>;
export const MoveConsequenceFlagDocument = new TypedDocumentString(`
    mutation MoveConsequenceFlag($id: ID!, $action: ConsequenceFlagAction!, $text: String!, $version: Int) {
  moveConsequenceFlag(id: $id, action: $action, text: $text, version: $version) {
    ...ConsequenceFlagFields
  }
}
    fragment ConsequenceFlagFields on ConsequenceFlag {
  id
  version
  userId
  userName
  ruleCode
  consequence
  period
  status
  evidence
  selfReview
  appealReason
  decisionReason
  allowedActions
  createdAt
  grid {
    id
    name
  }
}`) as unknown as TypedDocumentString<MoveConsequenceFlagMutation, MoveConsequenceFlagMutationVariables>;
export const DictionariesDocument = new TypedDocumentString(`
    query Dictionaries($filter: DictionaryFilter, $sort: [DictionarySort!], $offset: Int!, $limit: Int!) {
  dictionaries(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...DictionaryFields
    }
    total
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<DictionariesQuery, DictionariesQueryVariables>;
export const DictionaryDocument = new TypedDocumentString(`
    query Dictionary($id: ID!) {
  dictionary(id: $id) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<DictionaryQuery, DictionaryQueryVariables>;
export const CreateDictionaryDocument = new TypedDocumentString(`
    mutation CreateDictionary($input: CreateDictionaryInput!) {
  createDictionary(input: $input) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<CreateDictionaryMutation, CreateDictionaryMutationVariables>;
export const UpdateDictionaryDocument = new TypedDocumentString(`
    mutation UpdateDictionary($id: ID!, $input: UpdateDictionaryInput!, $version: Int) {
  updateDictionary(id: $id, input: $input, version: $version) {
    ...DictionaryFields
  }
}
    fragment DictionaryFields on Dictionary {
  id
  type
  code
  name
  sort
  enabled
  version
}`) as unknown as TypedDocumentString<UpdateDictionaryMutation, UpdateDictionaryMutationVariables>;
export const DeleteDictionaryDocument = new TypedDocumentString(`
    mutation DeleteDictionary($id: ID!) {
  deleteDictionary(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDictionaryMutation, DeleteDictionaryMutationVariables>;
export const FormSubmissionsDocument = new TypedDocumentString(`
    query FormSubmissions($filter: FormSubmissionFilter, $sort: [FormSubmissionSort!], $offset: Int!, $limit: Int!) {
  formSubmissions(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...FormSubmissionFields
    }
    total
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<FormSubmissionsQuery, FormSubmissionsQueryVariables>;
export const FormSubmissionDocument = new TypedDocumentString(`
    query FormSubmission($id: ID!) {
  formSubmission(id: $id) {
    ...FormSubmissionFields
    ...FormSubmissionDetailFields
    template {
      id
      ...FormDefinitionFields
    }
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}
fragment FormSubmissionDetailFields on FormSubmission {
  values
  referenceValues
  returnReason
  fieldReasons {
    field
    reason
  }
  explanations {
    rule
    text
  }
  approver {
    id
    name
  }
  rules {
    ...FormRuleFields
  }
  history {
    id
    action
    at
    from
    to
    comment
    username
  }
}
fragment FormDefinitionFields on FormTemplate {
  sections {
    key
    label
    labelEn
  }
  fields {
    key
    type
    label
    labelEn
    section
    required
    min
    max
    unit
    help
    dictionaryType
    rowKey
    expression
    options {
      value
      label
      score
    }
    columns {
      key
      type
      label
      labelEn
      required
      min
      max
      unit
      dictionaryType
      options {
        value
        label
        score
      }
    }
  }
}
fragment FormRuleFields on FormRule {
  id
  code
  expression
  severity
  message
  level
  canRemove
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<FormSubmissionQuery, FormSubmissionQueryVariables>;
export const SaveSubmissionDocument = new TypedDocumentString(`
    mutation SaveSubmission($id: ID!, $version: Int!, $values: JSON!) {
  saveSubmission(id: $id, version: $version, values: $values) {
    submission {
      ...FormSubmissionFields
    }
    validation {
      errors {
        ...FormIssueFields
      }
      warnings {
        ...FormIssueFields
      }
    }
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}
fragment FormIssueFields on FormIssue {
  rule
  severity
  message
  fields
  explanation
  orgName
}`) as unknown as TypedDocumentString<SaveSubmissionMutation, SaveSubmissionMutationVariables>;
export const SubmitSubmissionDocument = new TypedDocumentString(`
    mutation SubmitSubmission($id: ID!, $version: Int!, $explanations: [RuleExplanationInput!]) {
  submitSubmission(id: $id, version: $version, explanations: $explanations) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($id: ID!, $version: Int!, $reason: String!, $fieldReasons: [FieldReasonInput!]) {
  returnSubmission(
    id: $id
    version: $version
    reason: $reason
    fieldReasons: $fieldReasons
  ) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<ReturnSubmissionMutation, ReturnSubmissionMutationVariables>;
export const ApproveSubmissionDocument = new TypedDocumentString(`
    mutation ApproveSubmission($id: ID!, $version: Int!) {
  approveSubmission(id: $id, version: $version) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<ApproveSubmissionMutation, ApproveSubmissionMutationVariables>;
export const UnlockSubmissionDocument = new TypedDocumentString(`
    mutation UnlockSubmission($id: ID!, $reason: String!) {
  unlockSubmission(id: $id, reason: $reason) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<UnlockSubmissionMutation, UnlockSubmissionMutationVariables>;
export const FormTemplatesDocument = new TypedDocumentString(`
    query FormTemplates($filter: FormTemplateFilter, $sort: [FormTemplateSort!], $offset: Int!, $limit: Int!) {
  formTemplates(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...FormTemplateFields
    }
    total
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<FormTemplatesQuery, FormTemplatesQueryVariables>;
export const FormTemplateDocument = new TypedDocumentString(`
    query FormTemplate($id: ID!) {
  formTemplate(id: $id) {
    ...FormTemplateFields
    ...FormDefinitionFields
    rules {
      ...FormRuleFields
    }
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}
fragment FormDefinitionFields on FormTemplate {
  sections {
    key
    label
    labelEn
  }
  fields {
    key
    type
    label
    labelEn
    section
    required
    min
    max
    unit
    help
    dictionaryType
    rowKey
    expression
    options {
      value
      label
      score
    }
    columns {
      key
      type
      label
      labelEn
      required
      min
      max
      unit
      dictionaryType
      options {
        value
        label
        score
      }
    }
  }
}
fragment FormRuleFields on FormRule {
  id
  code
  expression
  severity
  message
  level
  canRemove
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<FormTemplateQuery, FormTemplateQueryVariables>;
export const CreateFormTemplateDocument = new TypedDocumentString(`
    mutation CreateFormTemplate($input: FormTemplateInput!) {
  createFormTemplate(input: $input) {
    ...FormTemplateFields
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<CreateFormTemplateMutation, CreateFormTemplateMutationVariables>;
export const UpdateFormTemplateDocument = new TypedDocumentString(`
    mutation UpdateFormTemplate($id: ID!, $input: FormTemplateInput!, $version: Int) {
  updateFormTemplate(id: $id, input: $input, version: $version) {
    ...FormTemplateFields
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<UpdateFormTemplateMutation, UpdateFormTemplateMutationVariables>;
export const PublishFormTemplateDocument = new TypedDocumentString(`
    mutation PublishFormTemplate($id: ID!, $version: Int) {
  publishFormTemplate(id: $id, version: $version) {
    ...FormTemplateFields
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<PublishFormTemplateMutation, PublishFormTemplateMutationVariables>;
export const DeleteFormTemplateDocument = new TypedDocumentString(`
    mutation DeleteFormTemplate($id: ID!) {
  deleteFormTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteFormTemplateMutation, DeleteFormTemplateMutationVariables>;
export const AddFormRuleDocument = new TypedDocumentString(`
    mutation AddFormRule($input: AddFormRuleInput!) {
  addFormRule(input: $input) {
    ...FormRuleFields
  }
}
    fragment FormRuleFields on FormRule {
  id
  code
  expression
  severity
  message
  level
  canRemove
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddFormRuleMutation, AddFormRuleMutationVariables>;
export const RemoveFormRuleDocument = new TypedDocumentString(`
    mutation RemoveFormRule($id: ID!) {
  removeFormRule(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveFormRuleMutation, RemoveFormRuleMutationVariables>;
export const ExportFormTemplateDocument = new TypedDocumentString(`
    query ExportFormTemplate($id: ID!) {
  exportFormTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<ExportFormTemplateQuery, ExportFormTemplateQueryVariables>;
export const ImportFormTemplateDocument = new TypedDocumentString(`
    mutation ImportFormTemplate($json: JSON!) {
  importFormTemplate(json: $json) {
    ...FormTemplateFields
  }
}
    fragment FormTemplateFields on FormTemplate {
  id
  code
  name
  periodType
  status
  revision
  publishedAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<ImportFormTemplateMutation, ImportFormTemplateMutationVariables>;
export const GridReportCalendarDocument = new TypedDocumentString(`
    query GridReportCalendar($gridId: ID!, $month: String!) {
  gridReportCalendar(gridId: $gridId, month: $month) {
    month
    days {
      date
      light
      reports {
        id
        status
        severity
        text
        submittedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GridReportCalendarQuery, GridReportCalendarQueryVariables>;
export const MyGridsDocument = new TypedDocumentString(`
    query MyGrids {
  grids(limit: 500, sort: [{field: NUMBER, direction: ASC}]) {
    items {
      id
      name
      org {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyGridsQuery, MyGridsQueryVariables>;
export const SubmitGridReportTextDocument = new TypedDocumentString(`
    mutation SubmitGridReportText($text: String!) {
  submitGridReportText(text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitGridReportTextMutation, SubmitGridReportTextMutationVariables>;
export const GridsDocument = new TypedDocumentString(`
    query Grids($filter: GridFilter, $sort: [GridSort!], $offset: Int!, $limit: Int!) {
  grids(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...GridFields
    }
    total
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GridsQuery, GridsQueryVariables>;
export const GridDocument = new TypedDocumentString(`
    query Grid($id: ID!) {
  grid(id: $id) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GridQuery, GridQueryVariables>;
export const CreateGridDocument = new TypedDocumentString(`
    mutation CreateGrid($input: CreateGridInput!) {
  createGrid(input: $input) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateGridMutation, CreateGridMutationVariables>;
export const UpdateGridDocument = new TypedDocumentString(`
    mutation UpdateGrid($id: ID!, $input: UpdateGridInput!, $version: Int) {
  updateGrid(id: $id, input: $input, version: $version) {
    ...GridFields
  }
}
    fragment GridFields on Grid {
  id
  number
  name
  level
  org {
    id
    name
  }
  parent {
    id
    name
  }
  boundary
  households
  population
  leader {
    id
    name
  }
  workers {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateGridMutation, UpdateGridMutationVariables>;
export const DeleteGridDocument = new TypedDocumentString(`
    mutation DeleteGrid($id: ID!) {
  deleteGrid(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteGridMutation, DeleteGridMutationVariables>;
export const KeyLocationsDocument = new TypedDocumentString(`
    query KeyLocations($filter: KeyLocationFilter, $sort: [KeyLocationSort!], $offset: Int!, $limit: Int!) {
  keyLocations(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...KeyLocationFields
    }
    total
  }
}
    fragment KeyLocationFields on KeyLocation {
  id
  name
  kind
  address
  notes
  grid {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<KeyLocationsQuery, KeyLocationsQueryVariables>;
export const KeyLocationDocument = new TypedDocumentString(`
    query KeyLocation($id: ID!) {
  keyLocation(id: $id) {
    ...KeyLocationFields
  }
}
    fragment KeyLocationFields on KeyLocation {
  id
  name
  kind
  address
  notes
  grid {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<KeyLocationQuery, KeyLocationQueryVariables>;
export const CreateKeyLocationDocument = new TypedDocumentString(`
    mutation CreateKeyLocation($input: CreateKeyLocationInput!) {
  createKeyLocation(input: $input) {
    ...KeyLocationFields
  }
}
    fragment KeyLocationFields on KeyLocation {
  id
  name
  kind
  address
  notes
  grid {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<CreateKeyLocationMutation, CreateKeyLocationMutationVariables>;
export const UpdateKeyLocationDocument = new TypedDocumentString(`
    mutation UpdateKeyLocation($id: ID!, $input: UpdateKeyLocationInput!, $version: Int) {
  updateKeyLocation(id: $id, input: $input, version: $version) {
    ...KeyLocationFields
  }
}
    fragment KeyLocationFields on KeyLocation {
  id
  name
  kind
  address
  notes
  grid {
    id
    name
  }
  version
}`) as unknown as TypedDocumentString<UpdateKeyLocationMutation, UpdateKeyLocationMutationVariables>;
export const DeleteKeyLocationDocument = new TypedDocumentString(`
    mutation DeleteKeyLocation($id: ID!) {
  deleteKeyLocation(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteKeyLocationMutation, DeleteKeyLocationMutationVariables>;
export const OrgsTemplateDocument = new TypedDocumentString(`
    query OrgsTemplate {
  orgsTemplate {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<OrgsTemplateQuery, OrgsTemplateQueryVariables>;
export const GridsTemplateDocument = new TypedDocumentString(`
    query GridsTemplate {
  gridsTemplate {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<GridsTemplateQuery, GridsTemplateQueryVariables>;
export const UsersTemplateDocument = new TypedDocumentString(`
    query UsersTemplate {
  usersTemplate {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<UsersTemplateQuery, UsersTemplateQueryVariables>;
export const ImportOrgsDocument = new TypedDocumentString(`
    mutation ImportOrgs($fileBase64: String!, $dryRun: Boolean!) {
  importOrgs(fileBase64: $fileBase64, dryRun: $dryRun) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  created
  updated
  unchanged
  nothingWritten
  errors {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportOrgsMutation, ImportOrgsMutationVariables>;
export const ImportGridsDocument = new TypedDocumentString(`
    mutation ImportGrids($fileBase64: String!, $dryRun: Boolean!) {
  importGrids(fileBase64: $fileBase64, dryRun: $dryRun) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  created
  updated
  unchanged
  nothingWritten
  errors {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportGridsMutation, ImportGridsMutationVariables>;
export const ImportUsersDocument = new TypedDocumentString(`
    mutation ImportUsers($fileBase64: String!, $dryRun: Boolean!, $initialPassword: InitialPasswordRule!) {
  importUsers(
    fileBase64: $fileBase64
    dryRun: $dryRun
    initialPassword: $initialPassword
  ) {
    created
    updated
    unchanged
    nothingWritten
    errors {
      row
      column
      message
    }
    passwords {
      username
    }
    passwordsFile {
      filename
      contentBase64
    }
  }
}
    `) as unknown as TypedDocumentString<ImportUsersMutation, ImportUsersMutationVariables>;
export const OrgsDocument = new TypedDocumentString(`
    query Orgs($filter: OrgFilter, $sort: [OrgSort!], $offset: Int!, $limit: Int!) {
  orgs(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...OrgFields
    }
    total
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OrgsQuery, OrgsQueryVariables>;
export const OrgDocument = new TypedDocumentString(`
    query Org($id: ID!) {
  org(id: $id) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OrgQuery, OrgQueryVariables>;
export const CreateOrgDocument = new TypedDocumentString(`
    mutation CreateOrg($input: CreateOrgInput!) {
  createOrg(input: $input) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateOrgMutation, CreateOrgMutationVariables>;
export const UpdateOrgDocument = new TypedDocumentString(`
    mutation UpdateOrg($id: ID!, $input: UpdateOrgInput!, $version: Int) {
  updateOrg(id: $id, input: $input, version: $version) {
    ...OrgFields
  }
}
    fragment OrgFields on Org {
  id
  code
  name
  level
  parent {
    id
    name
  }
  ancestors {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateOrgMutation, UpdateOrgMutationVariables>;
export const DeleteOrgDocument = new TypedDocumentString(`
    mutation DeleteOrg($id: ID!) {
  deleteOrg(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteOrgMutation, DeleteOrgMutationVariables>;
export const ReportingRoundsDocument = new TypedDocumentString(`
    query ReportingRounds($filter: ReportingRoundFilter, $offset: Int!, $limit: Int!) {
  reportingRounds(filter: $filter, offset: $offset, limit: $limit) {
    items {
      ...ReportingRoundFields
    }
    total
  }
}
    fragment ReportingRoundFields on ReportingRound {
  id
  period
  targetLevel
  dueAt
  createdAt
  version
  template {
    id
    name
    code
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReportingRoundsQuery, ReportingRoundsQueryVariables>;
export const ReportingRoundDocument = new TypedDocumentString(`
    query ReportingRound($id: ID!) {
  reportingRound(id: $id) {
    ...ReportingRoundFields
  }
}
    fragment ReportingRoundFields on ReportingRound {
  id
  period
  targetLevel
  dueAt
  createdAt
  version
  template {
    id
    name
    code
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReportingRoundQuery, ReportingRoundQueryVariables>;
export const OpenReportingRoundDocument = new TypedDocumentString(`
    mutation OpenReportingRound($input: OpenReportingRoundInput!) {
  openReportingRound(input: $input) {
    ...ReportingRoundFields
  }
}
    fragment ReportingRoundFields on ReportingRound {
  id
  period
  targetLevel
  dueAt
  createdAt
  version
  template {
    id
    name
    code
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<OpenReportingRoundMutation, OpenReportingRoundMutationVariables>;
export const RoundDashboardDocument = new TypedDocumentString(`
    query RoundDashboard($roundId: ID!, $includeSubmitted: Boolean!) {
  reportingRate(roundId: $roundId) {
    total {
      ...ReportingRateRowFields
    }
    groups {
      ...ReportingRateRowFields
    }
  }
  formAggregate(roundId: $roundId, includeSubmitted: $includeSubmitted) {
    total {
      ...FormAggregateGroupFields
    }
    groups {
      ...FormAggregateGroupFields
    }
  }
}
    fragment ReportingRateRowFields on ReportingRateRow {
  key
  label
  expected
  submitted
  onTime
  late
  missing
  approved
  rate
}
fragment FormAggregateGroupFields on FormAggregateGroup {
  key
  label
  submissions
  values {
    field
    column
    rowKey
    sum
    count
  }
}`) as unknown as TypedDocumentString<RoundDashboardQuery, RoundDashboardQueryVariables>;
export const RoundSubmissionsWhereDocument = new TypedDocumentString(`
    query RoundSubmissionsWhere($filter: FormSubmissionFilter!) {
  formSubmissions(filter: $filter, sort: [{field: ORG}], limit: 200, offset: 0) {
    items {
      ...FormSubmissionFields
    }
    total
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  period
  status
  late
  submittedAt
  firstSubmittedAt
  approvedAt
  version
  allowedActions
  template {
    id
    name
  }
  org {
    id
    name
  }
  round {
    id
    dueAt
  }
}`) as unknown as TypedDocumentString<RoundSubmissionsWhereQuery, RoundSubmissionsWhereQueryVariables>;
export const UrgeSubmissionsDocument = new TypedDocumentString(`
    mutation UrgeSubmissions($roundId: ID!, $message: String!) {
  urgeSubmissions(roundId: $roundId, message: $message)
}
    `) as unknown as TypedDocumentString<UrgeSubmissionsMutation, UrgeSubmissionsMutationVariables>;
export const ExportRoundDocument = new TypedDocumentString(`
    query ExportRound($roundId: ID!) {
  exportRound(roundId: $roundId) {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportRoundQuery, ExportRoundQueryVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles($filter: RoleFilter, $sort: [RoleSort!], $offset: Int!, $limit: Int!) {
  roles(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...RoleFields
    }
    total
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RoleDocument = new TypedDocumentString(`
    query Role($id: ID!) {
  role(id: $id) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<RoleQuery, RoleQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($id: ID!, $input: UpdateRoleInput!, $version: Int) {
  updateRole(id: $id, input: $input, version: $version) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  code
  name
  scope
  rules
  builtIn
  version
}`) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($id: ID!) {
  deleteRole(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const PasswordPolicyDocument = new TypedDocumentString(`
    query PasswordPolicy {
  passwordPolicy {
    minLength
    classes
    history
    expiryDays
    initialExpiryDays
    idleTimeoutMinutes
  }
}
    `) as unknown as TypedDocumentString<PasswordPolicyQuery, PasswordPolicyQueryVariables>;
export const UpdatePasswordPolicyDocument = new TypedDocumentString(`
    mutation UpdatePasswordPolicy($input: UpdatePasswordPolicyInput!) {
  updatePasswordPolicy(input: $input) {
    minLength
    classes
    history
    expiryDays
    initialExpiryDays
    idleTimeoutMinutes
  }
}
    `) as unknown as TypedDocumentString<UpdatePasswordPolicyMutation, UpdatePasswordPolicyMutationVariables>;
export const LockedAccountsDocument = new TypedDocumentString(`
    query LockedAccounts($offset: Int!, $limit: Int!) {
  users(
    filter: {locked: true}
    sort: [{field: USERNAME, direction: ASC}]
    offset: $offset
    limit: $limit
  ) {
    total
    items {
      id
      username
      name
      lockedUntil
      org {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LockedAccountsQuery, LockedAccountsQueryVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!) {
  unlockUser(id: $id) {
    id
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions($filter: SessionFilter, $offset: Int!, $limit: Int!) {
  sessions(
    filter: $filter
    sort: [{field: LAST_SEEN_AT, direction: DESC}]
    offset: $offset
    limit: $limit
  ) {
    total
    items {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      user {
        id
        username
        name
        org {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SupervisedPeopleDocument = new TypedDocumentString(`
    query SupervisedPeople($filter: SupervisedPersonFilter, $sort: [SupervisedPersonSort!], $offset: Int!, $limit: Int!) {
  supervisedPeople(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...PersonFields
    }
    total
  }
}
    fragment PersonFields on SupervisedPerson {
  id
  name
  sex
  ethnicity
  idNumber
  birthDate
  phone
  address
  kind
  riskLevel
  status
  supervisionStart
  supervisionEnd
  offenceSummary
  notes
  category {
    id
    code
    name
  }
  grid {
    id
    number
    name
  }
  org {
    id
    name
  }
  responsible {
    id
    name
  }
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SupervisedPeopleQuery, SupervisedPeopleQueryVariables>;
export const SupervisedPersonDocument = new TypedDocumentString(`
    query SupervisedPerson($id: ID!) {
  supervisedPerson(id: $id) {
    ...PersonFields
    ...PersonDetailFields
  }
}
    fragment PersonFields on SupervisedPerson {
  id
  name
  sex
  ethnicity
  idNumber
  birthDate
  phone
  address
  kind
  riskLevel
  status
  supervisionStart
  supervisionEnd
  offenceSummary
  notes
  category {
    id
    code
    name
  }
  grid {
    id
    number
    name
  }
  org {
    id
    name
  }
  responsible {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment PersonDetailFields on SupervisedPerson {
  supportGroup {
    missingRoles
    members {
      id
      role
      name
      phone
      relation
      user {
        id
        username
      }
    }
  }
  visits {
    id
    date
    kind
    participants
    findings
    psychologicalState
    followUpNeeded
    recordedBy {
      id
      name
    }
  }
  history {
    id
    at
    kind
    username
    fromStatus
    toStatus
    reason
    fromGrid {
      id
      name
    }
    toGrid {
      id
      name
    }
  }
  serviceHours {
    id
    month
    hours
  }
}`) as unknown as TypedDocumentString<SupervisedPersonQuery, SupervisedPersonQueryVariables>;
export const CreateSupervisedPersonDocument = new TypedDocumentString(`
    mutation CreateSupervisedPerson($input: CreateSupervisedPersonInput!) {
  createSupervisedPerson(input: $input) {
    ...PersonFields
    ...PersonDetailFields
  }
}
    fragment PersonFields on SupervisedPerson {
  id
  name
  sex
  ethnicity
  idNumber
  birthDate
  phone
  address
  kind
  riskLevel
  status
  supervisionStart
  supervisionEnd
  offenceSummary
  notes
  category {
    id
    code
    name
  }
  grid {
    id
    number
    name
  }
  org {
    id
    name
  }
  responsible {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment PersonDetailFields on SupervisedPerson {
  supportGroup {
    missingRoles
    members {
      id
      role
      name
      phone
      relation
      user {
        id
        username
      }
    }
  }
  visits {
    id
    date
    kind
    participants
    findings
    psychologicalState
    followUpNeeded
    recordedBy {
      id
      name
    }
  }
  history {
    id
    at
    kind
    username
    fromStatus
    toStatus
    reason
    fromGrid {
      id
      name
    }
    toGrid {
      id
      name
    }
  }
  serviceHours {
    id
    month
    hours
  }
}`) as unknown as TypedDocumentString<CreateSupervisedPersonMutation, CreateSupervisedPersonMutationVariables>;
export const UpdateSupervisedPersonDocument = new TypedDocumentString(`
    mutation UpdateSupervisedPerson($id: ID!, $input: UpdateSupervisedPersonInput!, $version: Int) {
  updateSupervisedPerson(id: $id, input: $input, version: $version) {
    ...PersonFields
    ...PersonDetailFields
  }
}
    fragment PersonFields on SupervisedPerson {
  id
  name
  sex
  ethnicity
  idNumber
  birthDate
  phone
  address
  kind
  riskLevel
  status
  supervisionStart
  supervisionEnd
  offenceSummary
  notes
  category {
    id
    code
    name
  }
  grid {
    id
    number
    name
  }
  org {
    id
    name
  }
  responsible {
    id
    name
  }
  version
  createdAt
  updatedAt
}
fragment PersonDetailFields on SupervisedPerson {
  supportGroup {
    missingRoles
    members {
      id
      role
      name
      phone
      relation
      user {
        id
        username
      }
    }
  }
  visits {
    id
    date
    kind
    participants
    findings
    psychologicalState
    followUpNeeded
    recordedBy {
      id
      name
    }
  }
  history {
    id
    at
    kind
    username
    fromStatus
    toStatus
    reason
    fromGrid {
      id
      name
    }
    toGrid {
      id
      name
    }
  }
  serviceHours {
    id
    month
    hours
  }
}`) as unknown as TypedDocumentString<UpdateSupervisedPersonMutation, UpdateSupervisedPersonMutationVariables>;
export const TransferSupervisedPersonDocument = new TypedDocumentString(`
    mutation TransferSupervisedPerson($id: ID!, $toGridId: ID!, $reason: String!) {
  transferSupervisedPerson(id: $id, toGridId: $toGridId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<TransferSupervisedPersonMutation, TransferSupervisedPersonMutationVariables>;
export const ChangeSupervisionStatusDocument = new TypedDocumentString(`
    mutation ChangeSupervisionStatus($id: ID!, $status: SupervisionStatus!, $reason: String!) {
  changeSupervisionStatus(id: $id, status: $status, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeSupervisionStatusMutation, ChangeSupervisionStatusMutationVariables>;
export const CreateVisitDocument = new TypedDocumentString(`
    mutation CreateVisit($input: CreateVisitInput!) {
  createVisit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateVisitMutation, CreateVisitMutationVariables>;
export const RecordServiceHoursDocument = new TypedDocumentString(`
    mutation RecordServiceHours($personId: ID!, $month: String!, $hours: Float!) {
  recordServiceHours(personId: $personId, month: $month, hours: $hours) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordServiceHoursMutation, RecordServiceHoursMutationVariables>;
export const SetSupportGroupMemberDocument = new TypedDocumentString(`
    mutation SetSupportGroupMember($personId: ID!, $role: HelperRole!, $userId: ID, $contact: SupportGroupContactInput) {
  setSupportGroupMember(
    personId: $personId
    role: $role
    userId: $userId
    contact: $contact
  ) {
    ...SupportGroupFields
  }
}
    fragment SupportGroupFields on SupportGroup {
  missingRoles
  members {
    id
    role
    name
    phone
    relation
    user {
      id
      username
    }
  }
}`) as unknown as TypedDocumentString<SetSupportGroupMemberMutation, SetSupportGroupMemberMutationVariables>;
export const RemoveSupportGroupMemberDocument = new TypedDocumentString(`
    mutation RemoveSupportGroupMember($personId: ID!, $memberId: ID!) {
  removeSupportGroupMember(personId: $personId, memberId: $memberId) {
    ...SupportGroupFields
  }
}
    fragment SupportGroupFields on SupportGroup {
  missingRoles
  members {
    id
    role
    name
    phone
    relation
    user {
      id
      username
    }
  }
}`) as unknown as TypedDocumentString<RemoveSupportGroupMemberMutation, RemoveSupportGroupMemberMutationVariables>;
export const ImportSupervisedPeopleDocument = new TypedDocumentString(`
    mutation ImportSupervisedPeople($fileBase64: String!, $mode: ImportMode, $dryRun: Boolean) {
  importSupervisedPeople(fileBase64: $fileBase64, mode: $mode, dryRun: $dryRun) {
    created
    updated
    unchanged
    nothingWritten
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSupervisedPeopleMutation, ImportSupervisedPeopleMutationVariables>;
export const SupervisedPeopleTemplateDocument = new TypedDocumentString(`
    query SupervisedPeopleTemplate {
  supervisedPeopleTemplate {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<SupervisedPeopleTemplateQuery, SupervisedPeopleTemplateQueryVariables>;
export const ExportSupervisedPeopleDocument = new TypedDocumentString(`
    query ExportSupervisedPeople($filter: SupervisedPersonFilter) {
  exportSupervisedPeople(filter: $filter) {
    filename
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportSupervisedPeopleQuery, ExportSupervisedPeopleQueryVariables>;
export const SurveyRoundsDocument = new TypedDocumentString(`
    query SurveyRounds($offset: Int!, $limit: Int!, $orgId: ID) {
  surveyRounds(offset: $offset, limit: $limit, orgId: $orgId) {
    total
    items {
      ...SurveyRoundFields
    }
  }
}
    fragment SurveyRoundFields on SurveyRound {
  id
  version
  period
  status
  createdAt
  template {
    id
    name
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<SurveyRoundsQuery, SurveyRoundsQueryVariables>;
export const SurveyRoundDocument = new TypedDocumentString(`
    query SurveyRound($id: ID!) {
  surveyRound(id: $id) {
    ...SurveyRoundFields
    links {
      id
      token
      codesIssued
      grid {
        id
        name
        number
        households
        org {
          name
        }
      }
    }
  }
}
    fragment SurveyRoundFields on SurveyRound {
  id
  version
  period
  status
  createdAt
  template {
    id
    name
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<SurveyRoundQuery, SurveyRoundQueryVariables>;
export const SurveyRoundScoresDocument = new TypedDocumentString(`
    query SurveyRoundScores($roundId: ID!) {
  surveyScores(roundId: $roundId, groupBy: GRID) {
    key
    label
    responses
    score
  }
}
    `) as unknown as TypedDocumentString<SurveyRoundScoresQuery, SurveyRoundScoresQueryVariables>;
export const PublishedFormTemplatesDocument = new TypedDocumentString(`
    query PublishedFormTemplates {
  formTemplates(filter: {status: [PUBLISHED]}, limit: 100) {
    items {
      id
      name
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedFormTemplatesQuery, PublishedFormTemplatesQueryVariables>;
export const OpenSurveyRoundDocument = new TypedDocumentString(`
    mutation OpenSurveyRound($templateId: ID!, $period: String!, $orgId: ID!) {
  openSurveyRound(templateId: $templateId, period: $period, orgId: $orgId) {
    ...SurveyRoundFields
  }
}
    fragment SurveyRoundFields on SurveyRound {
  id
  version
  period
  status
  createdAt
  template {
    id
    name
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables>;
export const CloseSurveyRoundDocument = new TypedDocumentString(`
    mutation CloseSurveyRound($id: ID!, $version: Int) {
  closeSurveyRound(id: $id, version: $version) {
    ...SurveyRoundFields
  }
}
    fragment SurveyRoundFields on SurveyRound {
  id
  version
  period
  status
  createdAt
  template {
    id
    name
  }
  org {
    id
    name
  }
}`) as unknown as TypedDocumentString<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const IssueSurveyCodesDocument = new TypedDocumentString(`
    mutation IssueSurveyCodes($linkId: ID!, $count: Int!) {
  issueSurveyCodes(linkId: $linkId, count: $count)
}
    `) as unknown as TypedDocumentString<IssueSurveyCodesMutation, IssueSurveyCodesMutationVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter, $sort: [TaskSort!], $offset: Int!, $limit: Int!) {
  tasks(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...TaskFields
    }
    total
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  description
  location
  status
  returnedTo
  priority
  category {
    code
    name
  }
  component {
    code
    name
  }
  grid {
    id
    name
  }
  org {
    id
    name
  }
  handlerOrg {
    id
    name
  }
  reporter {
    name
  }
  result
  deadline
  overdue
  remainingWorkingHours
  allowedActions
  reportedAt
  version
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    ...TaskFields
    history {
      id
      at
      action
      from
      to
      comment
      user {
        name
        username
      }
      handlerOrg {
        name
      }
    }
    reminders {
      id
      kind
      message
      createdAt
    }
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  description
  location
  status
  returnedTo
  priority
  category {
    code
    name
  }
  component {
    code
    name
  }
  grid {
    id
    name
  }
  org {
    id
    name
  }
  handlerOrg {
    id
    name
  }
  reporter {
    name
  }
  result
  deadline
  overdue
  remainingWorkingHours
  allowedActions
  reportedAt
  version
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const ReportEventDocument = new TypedDocumentString(`
    mutation ReportEvent($input: ReportEventInput!) {
  reportEvent(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  description
  location
  status
  returnedTo
  priority
  category {
    code
    name
  }
  component {
    code
    name
  }
  grid {
    id
    name
  }
  org {
    id
    name
  }
  handlerOrg {
    id
    name
  }
  reporter {
    name
  }
  result
  deadline
  overdue
  remainingWorkingHours
  allowedActions
  reportedAt
  version
}`) as unknown as TypedDocumentString<ReportEventMutation, ReportEventMutationVariables>;
export const RegisterTaskDocument = new TypedDocumentString(`
    mutation RegisterTask($id: ID!, $version: Int) {
  registerTask(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisterTaskMutation, RegisterTaskMutationVariables>;
export const DispatchTaskDocument = new TypedDocumentString(`
    mutation DispatchTask($id: ID!, $version: Int, $handlerOrgId: ID!) {
  dispatchTask(id: $id, version: $version, handlerOrgId: $handlerOrgId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DispatchTaskMutation, DispatchTaskMutationVariables>;
export const AcceptTaskDocument = new TypedDocumentString(`
    mutation AcceptTask($id: ID!, $version: Int) {
  acceptTask(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptTaskMutation, AcceptTaskMutationVariables>;
export const ResolveTaskDocument = new TypedDocumentString(`
    mutation ResolveTask($id: ID!, $version: Int, $result: String!) {
  resolveTask(id: $id, version: $version, result: $result) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResolveTaskMutation, ResolveTaskMutationVariables>;
export const VerifyTaskDocument = new TypedDocumentString(`
    mutation VerifyTask($id: ID!, $version: Int, $approved: Boolean!, $comment: String) {
  verifyTask(id: $id, version: $version, approved: $approved, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<VerifyTaskMutation, VerifyTaskMutationVariables>;
export const CloseTaskDocument = new TypedDocumentString(`
    mutation CloseTask($id: ID!, $version: Int) {
  closeTask(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseTaskMutation, CloseTaskMutationVariables>;
export const ReturnTaskDocument = new TypedDocumentString(`
    mutation ReturnTask($id: ID!, $version: Int, $reason: String!) {
  returnTask(id: $id, version: $version, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReturnTaskMutation, ReturnTaskMutationVariables>;
export const EscalateTaskDocument = new TypedDocumentString(`
    mutation EscalateTask($id: ID!, $version: Int, $reason: String!) {
  escalateTask(id: $id, version: $version, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<EscalateTaskMutation, EscalateTaskMutationVariables>;
export const UrgeTaskDocument = new TypedDocumentString(`
    mutation UrgeTask($id: ID!, $version: Int, $message: String!) {
  urgeTask(id: $id, version: $version, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<UrgeTaskMutation, UrgeTaskMutationVariables>;
export const TaskDashboardDocument = new TypedDocumentString(`
    query TaskDashboard($orgId: ID, $from: Date!, $to: Date!) {
  byOrg: taskStats(orgId: $orgId, from: $from, to: $to, groupBy: CHILD_ORG) {
    received
    closed
    closureRate
    overdue
    onTimeRate
    avgHandlingHours
    groups {
      key
      label
      received
      closed
      closureRate
      overdue
    }
  }
  byCategory: taskStats(orgId: $orgId, from: $from, to: $to, groupBy: CATEGORY) {
    groups {
      key
      label
      received
    }
  }
  lights: trafficLightRates(
    orgId: $orgId
    from: $from
    to: $to
    groupBy: CHILD_ORG
  ) {
    gridDays
    green
    yellow
    red
    greenRate
    groups {
      key
      label
      green
      yellow
      red
    }
  }
}
    `) as unknown as TypedDocumentString<TaskDashboardQuery, TaskDashboardQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilter, $sort: [UserSort!], $offset: Int!, $limit: Int!) {
  users(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    items {
      ...UserFields
    }
    total
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $version: Int) {
  updateUser(id: $id, input: $input, version: $version) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  name
  phone
  org {
    id
    name
  }
  roles {
    id
    code
    name
  }
  grids {
    id
    name
  }
  mustChangePassword
  lockedUntil
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;