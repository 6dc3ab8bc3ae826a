import { buildRegistry } from '../core/registry';
import { assessmentModule } from './assessment/assessment.module';
import { auditModule } from './audit/audit.module';
import { authModule } from './auth/auth.module';
import { dictionaryModule } from './dictionary/dictionary.module';
import { formModule } from './form/form.module';
import { gridReportModule } from './grid-report/grid-report.module';
import { gridModule } from './grid/grid.module';
import { keyLocationModule } from './key-location/key-location.module';
import { orgModule } from './org/org.module';
import { personModule } from './person/person.module';
import { roleModule } from './role/role.module';
import { taskModule } from './task/task.module';
import { userModule } from './user/user.module';

/** The one list of domain modules; everything else (schema, ORM, ability, loaders, jobs, seeds) is derived from it. */
export const MODULES = [
  authModule,
  orgModule,
  gridModule,
  roleModule,
  dictionaryModule,
  userModule,
  auditModule,
  personModule,
  taskModule,
  gridReportModule,
  keyLocationModule,
  formModule,
  assessmentModule,
];

export const registry = buildRegistry(MODULES);
