import { maskIp } from '../../core/field-access';
import type { SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    AuditLog: true;
  }
}

/** An entry belongs where its author worked; GRID and SELF scopes read their own entries. */
export const auditLogPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ orgPath: subtree }),
    ORG: (a) => ({ orgPath: a.scopeRootPath }),
    GRID: (a) => ({ 'user.id': a.id }),
    SELF: (a) => ({ 'user.id': a.id }),
  },
  conditionFields: ['operation', 'targetType', 'orgPath', 'user.id', 'success'],
  maskable: { ip: maskIp, before: null, after: null },
};

export const auditGrants: Record<string, RawRule[]> = {
  auditor: [{ action: 'read', subject: 'AuditLog' }],
};
