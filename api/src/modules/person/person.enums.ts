import { registerEnumType } from 'type-graphql';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex' });

/** 社区矫正对象 or 重点人员: decides which department's rules reach a person (司法所 or 社区民警). */
export enum SupervisionKind {
  CORRECTION = 'CORRECTION',
  KEY_PERSON = 'KEY_PERSON',
}
registerEnumType(SupervisionKind, { name: 'SupervisionKind', description: 'CORRECTION: 社区矫正对象 (缓刑, 假释, 暂予监外执行, 管制); KEY_PERSON: 重点人员' });

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

export enum SupervisionStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  TRANSFERRED = 'TRANSFERRED',
  REVOKED = 'REVOKED',
}
registerEnumType(SupervisionStatus, { name: 'SupervisionStatus', description: 'ACTIVE 在管, ENDED 解除, TRANSFERRED 移交外地, REVOKED 撤销（收监）' });

export enum HelperRole {
  JUDICIAL_OFFICER = 'JUDICIAL_OFFICER',
  CORRECTION_MANAGER = 'CORRECTION_MANAGER',
  COMMUNITY_POLICE = 'COMMUNITY_POLICE',
  VOLUNTEER = 'VOLUNTEER',
  FAMILY = 'FAMILY',
}
registerEnumType(HelperRole, { name: 'HelperRole', description: '"五帮一": 司法所干部, 矫正管理人（网格干部）, 社区民警, 志愿者, 家属' });

export enum VisitKind {
  HOME_VISIT = 'HOME_VISIT',
  TALK = 'TALK',
  PHONE = 'PHONE',
  OTHER = 'OTHER',
}
registerEnumType(VisitKind, { name: 'VisitKind' });

export enum HistoryKind {
  CREATED = 'CREATED',
  STATUS = 'STATUS',
  TRANSFER = 'TRANSFER',
}
registerEnumType(HistoryKind, { name: 'SupervisionHistoryKind' });

/**
 * The four community-correction categories are fixed by the 社区矫正法 (管制, 缓刑, 假释, 暂予监外执行)
 * and seeded as PERSON_CATEGORY 01–04; every other category, including those admins add, is a key-person kind.
 */
export const CORRECTION_CATEGORY_CODES = new Set(['01', '02', '03', '04']);
export const PERSON_CATEGORY = 'PERSON_CATEGORY';

export const kindOfCategory = (code: string): SupervisionKind =>
  CORRECTION_CATEGORY_CODES.has(code) ? SupervisionKind.CORRECTION : SupervisionKind.KEY_PERSON;

/** Allowed status changes; TRANSFERRED (handed over outside the system) may come back as ACTIVE. */
export const STATUS_TRANSITIONS: Record<SupervisionStatus, SupervisionStatus[]> = {
  ACTIVE: [SupervisionStatus.ENDED, SupervisionStatus.TRANSFERRED, SupervisionStatus.REVOKED],
  TRANSFERRED: [SupervisionStatus.ACTIVE],
  ENDED: [],
  REVOKED: [],
};

export enum VisitComplianceGroupBy {
  CHILD_ORG = 'CHILD_ORG',
  GRID = 'GRID',
  MONTH = 'MONTH',
}
registerEnumType(VisitComplianceGroupBy, { name: 'VisitComplianceGroupBy' });
