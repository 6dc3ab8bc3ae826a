import { UNSCOPED, type SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    Dictionary: true;
  }
}

/** Code lists are configuration shared by the whole deployment. */
export const dictionaryPolicy: SubjectPolicy = {
  scope: UNSCOPED,
  conditionFields: ['id', 'type', 'code', 'enabled'],
};

const readDictionaries: RawRule[] = [{ action: 'read', subject: 'Dictionary' }];

export const dictionaryGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: 'Dictionary' }],
  ...Object.fromEntries(
    [
      'security_admin',
      'county_leader',
      'township_admin',
      'dispatcher',
      'community_secretary',
      'grid_leader',
      'grid_worker',
      'judicial_officer',
      'community_police',
      'assessor',
    ].map((code) => [code, readDictionaries]),
  ),
};
