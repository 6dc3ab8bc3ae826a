import type { Reference } from '../../../api/src/core/module';
import { registry } from '../../../api/src/modules';
import { startTestApp, type TestApp } from '../../support/app';
import { rows, type Rows } from '../../support/rows';

/**
 * Deleting an org, grid or account that another record still refers to is a CONFLICT naming the kind of
 * record, and deletes nothing: one case per reference the modules declare. Each case builds a fresh
 * target in its own township H (community HC, grid HG) and one referring row pointing at it.
 */

/** How to make a row of `table` refer to `target` through `column`. */
const REFERRING: Record<string, (r: Rows, target: string, home: { HC: string; HG: string }) => Promise<unknown>> = {
  'org.parent_id': (r, t) => r.org(t, 'DEPARTMENT'),
  'user_account.org_id': (r, t) => r.user(t),
  'grid.org_id': (r, t) => r.grid(t),
  'grid.parent_id': (r, t, h) => r.grid(h.HC, { parentId: t, level: 2 }),
  'grid_report.org_id': (r, t, h) => r.gridReport({ orgId: t, gridId: h.HG }),
  'supervised_person.org_id': (r, t, h) => r.person({ orgId: t, gridId: h.HG }),
  'supervised_person.grid_id': (r, t, h) => r.person({ orgId: h.HC, gridId: t }),
  'supervised_person.responsible_id': (r, t, h) => r.person({ orgId: h.HC, gridId: h.HG, responsibleId: t }),
  'support_group_member.user_id': async (r, t, h) => r.supportGroupMember(await r.person({ orgId: h.HC, gridId: h.HG }), t),
  'task.org_id': (r, t) => r.task({ orgId: t }),
  'task.handler_org_id': (r, t, h) => r.task({ orgId: h.HC, handlerOrgId: t }),
  'task.grid_id': (r, t, h) => r.task({ orgId: h.HC, gridId: t }),
  'assessment_round.org_id': (r, t) => r.assessmentRound(t),
  'scorecard.org_id': (r, t, h) => r.scorecard({ orgId: t, gridId: h.HG, roundOrgId: h.HC }),
  'scorecard.grid_id': (r, t, h) => r.scorecard({ orgId: h.HC, gridId: t, roundOrgId: h.HC }),
  'scorecard.user_id': (r, t, h) => r.scorecard({ orgId: h.HC, userId: t, roundOrgId: h.HC }),
  'survey_round.org_id': (r, t) => r.surveyRound(t),
  'survey_link.org_id': (r, t, h) => r.surveyLink({ orgId: t, gridId: h.HG, roundOrgId: h.HC }),
  'survey_link.grid_id': (r, t, h) => r.surveyLink({ orgId: h.HC, gridId: t, roundOrgId: h.HC }),
  'survey_response.org_id': (r, t, h) => r.surveyResponse({ orgId: t, gridId: h.HG, roundOrgId: h.HC }),
  'survey_response.grid_id': (r, t, h) => r.surveyResponse({ orgId: h.HC, gridId: t, roundOrgId: h.HC }),
  'complaint.org_id': (r, t) => r.complaint({ orgId: t }),
  'complaint.grid_id': (r, t, h) => r.complaint({ orgId: h.HC, gridId: t }),
  'complaint.user_id': (r, t, h) => r.complaint({ orgId: h.HC, userId: t }),
  'consequence_flag.org_id': async (r, t, h) => r.consequenceFlag({ orgId: t, userId: await r.user(h.HC) }),
  'consequence_flag.grid_id': async (r, t, h) => r.consequenceFlag({ orgId: h.HC, gridId: t, userId: await r.user(h.HC) }),
  'consequence_flag.user_id': (r, t, h) => r.consequenceFlag({ orgId: h.HC, userId: t }),
};

/** The referring kinds as the messages name them, in Chinese and English. */
const KIND_NAMES: Record<string, [string, string]> = {
  'ref.childOrg': ['下级组织', 'child orgs'],
  'ref.user': ['账号', 'accounts'],
  'ref.grid': ['网格', 'grids'],
  'ref.childGrid': ['下级网格', 'child grids'],
  'ref.gridReport': ['网格日报', 'daily grid reports'],
  'ref.person': ['重点人员', 'people under supervision'],
  'ref.supportGroup': ['帮教小组', 'support groups'],
  'ref.task': ['事件/任务', 'tasks'],
  'ref.assessment': ['考核记录', 'assessments'],
  'ref.survey': ['满意度测评', 'satisfaction surveys'],
  'ref.complaint': ['投诉', 'complaints'],
};

const TABLE = { Org: 'org', Grid: 'grid', User: 'user_account' } as const;

/** The modules whose references this file builds rows for; a module added later tests its own (see key-location). */
const COVERED = ['org', 'grid', 'user', 'role', 'dictionary', 'audit', 'person', 'task', 'grid-report', 'assessment'];
const REFERENCES = registry.modules.filter((m) => COVERED.includes(m.name)).flatMap((m) => m.references ?? []);

let app: TestApp;
let admin: string;
let r: Rows;
const home = { H: '', HC: '', HG: '' };

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  r = rows(app);
  const [county] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
  home.H = await r.org(county!.id, 'TOWNSHIP');
  home.HC = await r.org(home.H, 'COMMUNITY');
  home.HG = await r.grid(home.HC);
});
afterAll(() => app.stop());

/** A target no declared reference points at yet. */
const freshTarget = (target: Reference['target']) => (target === 'Org' ? r.org(home.H, 'COMMUNITY') : target === 'Grid' ? r.grid(home.HC) : r.user(home.HC));
const remove = (target: Reference['target'], id: string, lang?: string) =>
  app.gql(`mutation($id: ID!) { delete${target}(id: $id) }`, { id }, { token: admin, lang });
const exists = async (target: Reference['target'], id: string) => (await app.query(`select 1 from ${TABLE[target]} where id = ?`, [id])).length === 1;
const audited = async (target: Reference['target'], id: string) =>
  (await app.query('select 1 from audit_log where operation = ? and target_id = ?', [`delete${target}`, id])).length;

it('requires authentication', async () => {
  const res = await app.gql('mutation { deleteOrg(id: "1") }');
  expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
});

describe('a delete refused by a reference', () => {
  it('has a case for every declared reference', () => {
    expect(REFERENCES.map((ref) => `${ref.table}.${ref.column}`).sort()).toEqual(Object.keys(REFERRING).sort());
  });

  it.each(REFERENCES.map((ref) => [`${ref.table}.${ref.column}`, ref.target, ref] as const))(
    '%s: delete%s is a CONFLICT naming the referring kind, and nothing is deleted',
    async (key, _target, ref) => {
      const target = await freshTarget(ref.target);
      await REFERRING[key]!(r, target, home);
      const [zh, en] = KIND_NAMES[ref.kind]!;

      const res = await remove(ref.target, target);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', references: [ref.kind] });
      expect(res.errors?.[0]?.message).toBe(`${ref.target} 仍被${zh}引用，无法删除`);
      const english = await remove(ref.target, target, 'en');
      expect(english.errors?.[0]?.message).toBe(`${ref.target} is still referred to by ${en} and cannot be deleted`);

      expect(await exists(ref.target, target)).toBe(true);
      expect(await audited(ref.target, target)).toBe(0);
    },
  );

  it('names every kind that refers to the row, each once', async () => {
    const org = await freshTarget('Org');
    await r.task({ orgId: org });
    await r.task({ orgId: home.HC, handlerOrgId: org });
    await r.grid(org);
    const res = await remove('Org', org);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', references: ['ref.grid', 'ref.task'] });
    expect(res.errors?.[0]?.message).toBe('Org 仍被网格、事件/任务引用，无法删除');
    expect(await exists('Org', org)).toBe(true);
  });
});

describe('an unreferenced delete', () => {
  it.each(['Org', 'Grid', 'User'] as const)('delete%s succeeds and is audited', async (target) => {
    const id = await freshTarget(target);
    const res = await remove(target, id);
    expect(res.errors).toBeUndefined();
    expect(res.data[`delete${target}`]).toBe(id);
    expect(await exists(target, id)).toBe(false);
    expect(await audited(target, id)).toBe(1);
  });
});
