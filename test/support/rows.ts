import { randomBytes } from 'node:crypto';
import type { TestApp } from './app';

/**
 * Rows written straight into the test database, for fixtures the API would take many calls to build
 * (or would refuse to build, like a task that arose outside the org that handles it). Each returns the
 * new row's id; names and numbers are unique per call so that tests never collide.
 */
export function rows(app: TestApp) {
  const id = async (sql: string, params: unknown[]) => (await app.query<{ id: string }>(`${sql} returning id::text`, params))[0]!.id;
  const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;
  let gridNumber = 9000;
  let day = 0;
  return {
    /** An org under `parentId`, its path continuing the parent's. */
    async org(parentId: string, level: 'TOWNSHIP' | 'COMMUNITY' | 'DEPARTMENT', name = unique('org')): Promise<string> {
      return id(
        `insert into org (id, name, level, parent_id, path)
         select n.id, ?, ?, p.id, p.path || n.id || '/' from (select nextval('org_id_seq') as id) n, org p where p.id = ?`,
        [name, level, parentId],
      );
    },
    async grid(orgId: string, { parentId = null as string | null, level = 1 } = {}): Promise<string> {
      return id('insert into grid (org_id, parent_id, number, name, level) values (?, ?, ?, ?, ?)', [orgId, parentId, ++gridNumber, unique('grid'), level]);
    },
    /** An account that cannot sign in (its hash matches no password), working in `gridIds`. */
    async user(orgId: string, gridIds: string[] = []): Promise<string> {
      const userId = await id("insert into user_account (username, name, org_id, password_hash) values (?, '测试账号', ?, 'not-a-hash')", [unique('u'), orgId]);
      for (const g of gridIds) await app.query('insert into user_grid (user_id, grid_id) values (?, ?)', [userId, g]);
      return userId;
    },
    async auditEntry(userId: string, orgPath: string): Promise<string> {
      return id("insert into audit_log (user_id, username, org_path, operation, success) values (?, 'fixture', ?, 'fixture', true)", [userId, orgPath]);
    },
    async person({ orgId, gridId, responsibleId = null }: { orgId: string; gridId: string; responsibleId?: string | null }): Promise<string> {
      return id(
        `insert into supervised_person (name, sex, id_number, birth_date, grid_id, org_id, category_id, kind, risk_level, responsible_id)
         values ('测试人员', 'MALE', ?, '1990-01-01', ?, ?, (select id from dictionary where type = 'PERSON_CATEGORY' order by id limit 1), 'KEY_PERSON', 'LOW', ?)`,
        [unique('id').slice(0, 18), gridId, orgId, responsibleId],
      );
    },
    async visit(personId: string, recordedById: string | null): Promise<string> {
      return id("insert into visit (person_id, date, kind, participants, recorded_by_id) values (?, '2026-11-02', 'TALK', '[]', ?)", [personId, recordedById]);
    },
    async supportGroupMember(personId: string, userId: string): Promise<string> {
      return id("insert into support_group_member (person_id, role, user_id, name) values (?, 'VOLUNTEER', ?, '帮教人')", [personId, userId]);
    },
    async task(t: {
      orgId: string;
      gridId?: string | null;
      reporterId?: string | null;
      handlerOrgId?: string | null;
      handlerUserId?: string | null;
    }): Promise<string> {
      return id(
        `insert into task (kind, title, org_id, grid_id, reporter_id, handler_org_id, handler_user_id, status, reported_at)
         values ('EVENT', 'fixture', ?, ?, ?, ?, ?, 'REPORTED', now())`,
        [t.orgId, t.gridId ?? null, t.reporterId ?? null, t.handlerOrgId ?? null, t.handlerUserId ?? null],
      );
    },
    /** A daily report; each call takes its own day, so one grid can hold several. */
    async gridReport(r: { orgId: string; gridId: string; reporterId?: string | null }): Promise<string> {
      const date = new Date(Date.UTC(2020, 0, 1) + ++day * 86_400_000).toISOString().slice(0, 10);
      return id("insert into grid_report (grid_id, org_id, date, status, channel, reporter_id, submitted_at) values (?, ?, ?, 'SAFE', 'API', ?, now())", [
        r.gridId,
        r.orgId,
        date,
        r.reporterId ?? null,
      ]);
    },
    /** Assessment records (issue 10), each in a scheme, round or questionnaire of its own. */
    async assessmentRound(orgId: string): Promise<string> {
      const scheme = await id(
        "insert into assessment_scheme (code, revision, name, period_type, subject_type, indicators, grades) values (?, 1, 'x', 'QUARTER', 'GRID', '[]', '[]')",
        [unique('s')],
      );
      return id("insert into assessment_round (scheme_id, period, org_id) values (?, '2026-Q1', ?)", [scheme, orgId]);
    },
    async scorecard(s: { orgId: string; gridId?: string | null; userId?: string | null; roundOrgId: string }): Promise<string> {
      const round = await this.assessmentRound(s.roundOrgId);
      return id(
        "insert into scorecard (round_id, org_id, subject_type, grid_id, user_id, subject_key, subject_name, scores, total) values (?, ?, ?, ?, ?, ?, 'x', '[]', 0)",
        [round, s.orgId, s.userId ? 'USER' : 'GRID', s.gridId ?? null, s.userId ?? null, unique('k')],
      );
    },
    async surveyRound(orgId: string): Promise<string> {
      const template = await id(
        "insert into form_template (code, name, period_type, revision, status, sections, fields) values (?, 'x', 'HALF_YEAR', 1, 'PUBLISHED', '[]', '[]')",
        [unique('SURVEY')],
      );
      return id("insert into survey_round (template_id, period, org_id) values (?, '2026-H1', ?)", [template, orgId]);
    },
    async surveyLink(s: { orgId: string; gridId: string; roundOrgId: string }): Promise<string> {
      return id('insert into survey_link (round_id, grid_id, org_id, token) values (?, ?, ?, ?)', [
        await this.surveyRound(s.roundOrgId),
        s.gridId,
        s.orgId,
        unique('t'),
      ]);
    },
    async surveyResponse(s: { orgId: string; gridId: string; roundOrgId: string }): Promise<string> {
      return id("insert into survey_response (round_id, grid_id, org_id, answers, score, channel) values (?, ?, ?, '[]', 50, 'PAPER')", [
        await this.surveyRound(s.roundOrgId),
        s.gridId,
        s.orgId,
      ]);
    },
    async complaint(c: { orgId: string; gridId?: string | null; userId?: string | null }): Promise<string> {
      return id("insert into complaint (org_id, grid_id, user_id, date, source, text) values (?, ?, ?, '2026-01-05', 'x', 'x')", [
        c.orgId,
        c.gridId ?? null,
        c.userId ?? null,
      ]);
    },
    async consequenceFlag(f: { orgId: string; userId: string; gridId?: string | null }): Promise<string> {
      return id(
        "insert into consequence_flag (user_id, org_id, grid_id, rule_code, consequence, period, evidence) values (?, ?, ?, ?, 'CRITICISM', '2026-H1', '{}')",
        [f.userId, f.orgId, f.gridId ?? null, unique('r')],
      );
    },
  };
}

export type Rows = ReturnType<typeof rows>;
