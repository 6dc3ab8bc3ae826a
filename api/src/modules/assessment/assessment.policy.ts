import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import type { SubjectPolicy } from '../../core/module';
import { UNSCOPED } from '../../core/module';
import type { Actor, RawRule } from '../../core/rules';
import { LEVEL_RANK, OrgLevel } from '../org/org.entity';
import type { Scorecard } from './assessment.entity';
import type { ScorecardCapability } from './assessment.workflow';

declare module '../../core/module' {
  interface Subjects {
    AssessmentScheme: true;
    AssessmentRound: true;
    Scorecard: true;
  }
}

/** Schemes are configuration shared by the deployment, like dictionaries. */
export const schemePolicy: SubjectPolicy = { scope: UNSCOPED, conditionFields: ['id', 'code'] };

/** A round is reached through the org it was opened for. */
export const roundPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'org.id': { $in: a.gridOrgIds } }),
    SELF: (a) => ({ 'org.id': a.scopeRootId }),
  },
  conditionFields: ['id', 'status', 'org.id', 'org.path'],
};

/** A scorecard is reached through its subject: the subject's org, its grid, or the user scored. */
export const scorecardPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ $or: [{ 'grid.id': { $in: a.gridIds } }, { 'user.id': a.id }] }),
    SELF: (a) => ({ 'user.id': a.id }),
  },
  conditionFields: ['id', 'status', 'subjectType', 'org.id', 'org.path', 'grid.id', 'user.id'],
};

const readAll: RawRule = { action: 'read', subject: ['AssessmentScheme', 'AssessmentRound', 'Scorecard'] };
const readOwn: RawRule = { action: 'read', subject: ['AssessmentScheme', 'Scorecard'] };

/**
 * The assessor keeps schemes, opens rounds and scores (`update`) but cannot confirm; the township
 * confirms (and reopens) the scorecards of its grids; the county reads; grid staff read their own.
 * Confirming also needs the caller to sit at a township or above (assessment.service.ts).
 */
export const assessmentGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['AssessmentScheme', 'AssessmentRound', 'Scorecard'] }],
  county_leader: [readAll],
  township_admin: [readAll, { action: 'confirm', subject: 'Scorecard' }],
  community_secretary: [readOwn],
  grid_leader: [readOwn],
  grid_worker: [readOwn],
  assessor: [readAll, { action: ['create', 'update'], subject: ['AssessmentScheme', 'AssessmentRound', 'Scorecard'] }],
};

declare module '../../core/module' {
  interface Subjects {
    SurveyRound: true;
    SurveyResponse: true;
  }
}

export const surveyRoundPolicy: SubjectPolicy = { scope: roundPolicy.scope, conditionFields: roundPolicy.conditionFields };

/** A grid's survey link and its responses are reached through the grid. */
export const surveyResponsePolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'grid.id': { $in: a.gridIds } }),
    SELF: (a) => ({ 'grid.id': { $in: a.gridIds } }),
  },
  conditionFields: ['id', 'org.id', 'org.path', 'grid.id'],
};

const readSurveys: RawRule = { action: 'read', subject: ['SurveyRound', 'SurveyResponse'] };
/** Staff of a grid hand out its link and codes and enter paper answers. */
const paperEntry: RawRule = { action: ['read', 'create'], subject: 'SurveyResponse' };

export const surveyGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['SurveyRound', 'SurveyResponse'] }],
  county_leader: [readSurveys],
  township_admin: [readSurveys, paperEntry],
  community_secretary: [readSurveys, paperEntry],
  grid_leader: [paperEntry],
  grid_worker: [paperEntry],
  assessor: [readSurveys, { action: ['create', 'update'], subject: ['SurveyRound', 'SurveyResponse'] }],
};

declare module '../../core/module' {
  interface Subjects {
    ConsequenceRule: true;
    Complaint: true;
    ConsequenceFlag: true;
  }
}

export const consequenceRulePolicy: SubjectPolicy = { scope: UNSCOPED, conditionFields: ['id', 'code', 'kind'] };

/** A complaint is reached through its user's or grid's org, by grid staff through their grids or themselves. */
export const complaintPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ $or: [{ 'grid.id': { $in: a.gridIds } }, { 'user.id': a.id }] }),
    SELF: (a) => ({ 'user.id': a.id }),
  },
  conditionFields: ['id', 'status', 'org.id', 'org.path', 'grid.id', 'user.id'],
};

/** A flag is a personnel matter: below the org levels only the person flagged sees it. */
export const flagPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'user.id': a.id }),
    SELF: (a) => ({ 'user.id': a.id }),
  },
  conditionFields: ['id', 'status', 'org.id', 'org.path', 'grid.id', 'user.id'],
};

const readConsequences: RawRule = { action: 'read', subject: ['ConsequenceRule', 'Complaint', 'ConsequenceFlag'] };

/**
 * The township registers complaints and decides them and appeals against flags (`confirm`, at a
 * township or above); the assessor keeps the rules; the person flagged acknowledges or appeals (`update`).
 */
export const consequenceGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['ConsequenceRule', 'Complaint', 'ConsequenceFlag'] }],
  county_leader: [readConsequences],
  // The township hands out the grid roles, so it holds what they grant (its own flags only: `self` steps check the person).
  township_admin: [
    readConsequences,
    { action: 'create', subject: 'Complaint' },
    { action: 'update', subject: 'ConsequenceFlag' },
    { action: 'confirm', subject: ['Complaint', 'ConsequenceFlag'] },
  ],
  community_secretary: [readConsequences],
  grid_leader: [
    { action: 'read', subject: ['Complaint', 'ConsequenceFlag'] },
    { action: 'update', subject: 'ConsequenceFlag' },
  ],
  grid_worker: [
    { action: 'read', subject: ['Complaint', 'ConsequenceFlag'] },
    { action: 'update', subject: 'ConsequenceFlag' },
  ],
  assessor: [readConsequences, { action: 'update', subject: 'ConsequenceRule' }],
};

/** Whether the caller sits at a township or above (or reaches everything): the levels that confirm. */
const confirmLevels = new WeakMap<Actor, Promise<boolean>>();
export function atConfirmLevel(ctx: Context): Promise<boolean> {
  const actor = ctx.actor!;
  if (!confirmLevels.has(actor)) {
    confirmLevels.set(
      actor,
      ctx.em
        .execute<{ level: OrgLevel }[]>('select level from org where id = ?', [actor.scopeRootId])
        .then(([row]) => !!row && row.level !== OrgLevel.DEPARTMENT && LEVEL_RANK[row.level] <= LEVEL_RANK[OrgLevel.TOWNSHIP]),
    );
  }
  return confirmLevels.get(actor)!;
}

/** Needs `org` loaded (path). */
export function asCaslScorecard(card: Scorecard) {
  return asSubject('Scorecard', {
    id: card.id,
    status: card.status,
    subjectType: card.subjectType,
    org: { id: card.org.id, path: card.org.path },
    grid: card.grid ? { id: card.grid.id } : null,
    user: card.user ? { id: card.user.id } : null,
  });
}

/** Whether the caller holds `capability` on a scorecard: a CASL rule in its scope, and for `confirm` the level too. */
export async function holds(ctx: Context, card: Scorecard, capability: ScorecardCapability): Promise<boolean> {
  if (!ctx.actor || !ctx.ability.can(capability, asCaslScorecard(card))) return false;
  return capability !== 'confirm' || atConfirmLevel(ctx);
}
