import { maskPhone } from '../../core/field-access';
import type { ScopePolicy, SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';
import { maskIdNumber } from './id-number';

declare module '../../core/module' {
  interface Subjects {
    SupervisedPerson: true;
    Visit: true;
    SupervisionStats: true;
  }
}

const PERSON_FIELDS = ['id', 'kind', 'status', 'riskLevel', 'category.id', 'org.id', 'org.path', 'grid.id', 'responsible.id'];

const personScope: ScopePolicy = {
  ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
  ORG: (a) => ({ 'org.id': a.scopeRootId }),
  GRID: (a) => ({ 'grid.id': { $in: a.gridIds } }),
  SELF: (a) => ({ 'responsible.id': a.id }),
};

export const supervisedPersonPolicy: SubjectPolicy = {
  scope: personScope,
  conditionFields: PERSON_FIELDS,
  maskable: { idNumber: maskIdNumber, phone: maskPhone, offenceSummary: null, birthDate: null },
  // The birth date is exactly the 8 digits a masked ID number withholds.
  rebuilds: { birthDate: 'idNumber' },
};

/** Counts of people reach the same rows as the people themselves; a role may hold one without the other. */
export const supervisionStatsPolicy: SubjectPolicy = { scope: personScope, conditionFields: PERSON_FIELDS };

export const visitPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'person.org.path': subtree }),
    ORG: (a) => ({ 'person.org.id': a.scopeRootId }),
    GRID: (a) => ({ 'person.grid.id': { $in: a.gridIds } }),
    SELF: (a) => ({ 'recordedBy.id': a.id }),
  },
  conditionFields: ['id', 'kind', 'person.id', 'person.kind', 'person.org.id', 'person.org.path', 'person.grid.id', 'recordedBy.id'],
  maskable: { psychologicalState: null },
};

const read = (...subjects: string[]): RawRule => ({ action: 'read', subject: subjects });
const CORRECTION = { kind: 'CORRECTION' };
const KEY_PERSON = { kind: 'KEY_PERSON' };
/**
 * People with ID number and phone masked, no offence details and no psychological notes: every
 * built-in role but the 司法所 (all in full) and the police (key persons' numbers in full). The birth
 * date follows the ID number (`rebuilds`); it is named here too so the rules say it.
 */
const peopleMasked: RawRule[] = [
  { action: 'read', subject: 'SupervisedPerson', fields: ['idNumber', 'phone', 'offenceSummary', 'birthDate'], inverted: true },
  { action: 'read_masked', subject: 'SupervisedPerson', fields: ['idNumber', 'phone'] },
  { action: 'read', subject: 'Visit', fields: ['psychologicalState'], inverted: true },
];
/** Leaders read the ledger of their subtree, masked. */
const readPeopleMasked: RawRule[] = [read('SupervisedPerson', 'Visit', 'SupervisionStats'), ...peopleMasked];
/** Grid staff, the community and the township keep the ledger and do the monthly talks; they see it masked all the same. */
const keepPeopleMasked: RawRule[] = [
  { action: ['read', 'create', 'update'], subject: ['SupervisedPerson', 'Visit'] },
  read('SupervisionStats'),
  ...peopleMasked,
];

export const personGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['SupervisedPerson', 'Visit', 'SupervisionStats'] }],
  county_leader: readPeopleMasked,
  // Keeps the ledger like grid staff do, across the township: it moves key persons between communities.
  township_admin: keepPeopleMasked,
  community_secretary: keepPeopleMasked,
  grid_leader: keepPeopleMasked,
  grid_worker: keepPeopleMasked,
  judicial_officer: [
    { action: ['read', 'create', 'update'], subject: ['SupervisedPerson', 'SupervisionStats'], conditions: CORRECTION },
    { action: ['read', 'create', 'update'], subject: 'Visit', conditions: { 'person.kind': 'CORRECTION' } },
  ],
  community_police: [
    { action: 'read', subject: ['SupervisedPerson', 'SupervisionStats'], conditions: KEY_PERSON },
    { action: ['read', 'create'], subject: 'Visit', conditions: { 'person.kind': 'KEY_PERSON' } },
    { action: 'read', subject: 'SupervisedPerson', fields: ['offenceSummary'], inverted: true },
    { action: 'read', subject: 'Visit', fields: ['psychologicalState'], inverted: true },
  ],
  assessor: [read('SupervisionStats')],
};
