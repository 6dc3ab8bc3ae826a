import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { join } from 'node:path';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Session } from '../modules/auth/session.entity';
import { Dictionary } from '../modules/dictionary/dictionary.entity';
import { Grid } from '../modules/grid/grid.entity';
import { Org } from '../modules/org/org.entity';
import { SupervisedPerson } from '../modules/person/person.entity';
import { ServiceHours } from '../modules/person/service-hours.entity';
import { SupervisionHistory } from '../modules/person/supervision-history.entity';
import { SupportGroupMember, SupportGroupRequirement } from '../modules/person/support-group.entity';
import { Visit } from '../modules/person/visit.entity';
import { Role } from '../modules/role/role.entity';
import { GridDayLight, GridReport } from '../modules/grid-report/grid-report.entity';
import { DeadlinePolicy } from '../modules/task/deadline-policy.entity';
import { Task, TaskHistory, TaskReminder } from '../modules/task/task.entity';
import { UserGrid, UserRole } from '../modules/user/user-links.entity';
import { User } from '../modules/user/user.entity';

export const ENTITIES = [Org, Grid, User, UserRole, UserGrid, Role, Session, AuditLog, Dictionary, Task, TaskHistory, TaskReminder, DeadlinePolicy, GridReport, GridDayLight, SupervisedPerson, SupervisionHistory, SupportGroupMember, SupportGroupRequirement, Visit, ServiceHours];

/** Compiled code runs the compiled migrations; ts-node and jest run the TypeScript ones. */
const compiled = __filename.endsWith('.js') && !process.env.JEST_WORKER_ID;

export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    extensions: [Migrator, SeedManager],
    migrations: {
      path: join(__dirname, 'migrations'),
      glob: compiled ? '!(*.d).js' : '*.ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // rate-limiter-flexible's counters (migration 202612020100) have no entity.
    schemaGenerator: { ignoreSchema: ['rate_limit'] },
    ...extra,
  });
}
