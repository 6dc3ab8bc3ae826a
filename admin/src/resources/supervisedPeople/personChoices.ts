import type { HelperRole, RiskLevel, Sex, SupervisionStatus, VisitKind } from '../../graphql/graphql';

const SEXES: Sex[] = ['MALE', 'FEMALE'];
const RISKS: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];
const STATUSES: SupervisionStatus[] = ['ACTIVE', 'ENDED', 'TRANSFERRED', 'REVOKED'];
export const HELPER_ROLES: HelperRole[] = ['JUDICIAL_OFFICER', 'CORRECTION_MANAGER', 'COMMUNITY_POLICE', 'VOLUNTEER', 'FAMILY'];
const VISIT_KINDS: VisitKind[] = ['HOME_VISIT', 'TALK', 'PHONE', 'OTHER'];

/** Choices whose names are translation keys; react-admin translates them. */
export const sexChoices = SEXES.map((id) => ({ id, name: `enums.sex.${id}` }));
export const riskChoices = RISKS.map((id) => ({ id, name: `enums.riskLevel.${id}` }));
export const statusChoices = STATUSES.map((id) => ({ id, name: `enums.supervisionStatus.${id}` }));
export const helperRoleChoices = HELPER_ROLES.map((id) => ({ id, name: `enums.helperRole.${id}` }));
export const visitKindChoices = VISIT_KINDS.map((id) => ({ id, name: `enums.visitKind.${id}` }));

/** Status changes the server allows from each status (mirrors STATUS_TRANSITIONS in the API). */
export const NEXT_STATUSES: Record<SupervisionStatus, SupervisionStatus[]> = {
  ACTIVE: ['ENDED', 'TRANSFERRED', 'REVOKED'],
  TRANSFERRED: ['ACTIVE'],
  ENDED: [],
  REVOKED: [],
};
