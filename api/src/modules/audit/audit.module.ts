import { defineModule } from '../../core/module';
import { AuditLog } from './audit-log.entity';
import { AuditLogResolver, auditLogRelations } from './audit-log.resolver';
import { auditLoaders } from './audit.loader';
import { auditGrants, auditLogPolicy } from './audit.policy';

export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditLog],
  resolvers: [AuditLogResolver],
  relations: { AuditLog: auditLogRelations },
  subjects: { AuditLog: auditLogPolicy },
  grants: auditGrants,
  loaders: auditLoaders,
});
