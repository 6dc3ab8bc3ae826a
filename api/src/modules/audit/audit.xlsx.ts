import { newWorkbook } from '../../core/xlsx';
import type { Context } from '../../core/context';
import { AppError, forbidden } from '../../core/errors';
import { applyAccess } from '../../core/field-access';
import { beijingToday } from '../../core/calendar';
import { t } from '../../core/i18n';
import type { FileDownload } from '../../core/import-report';
import { addSheet, workbookBase64 } from '../../core/import-sheet';
import { AuditLog } from './audit-log.entity';
import { auditConditions, type AuditLogFilter } from './audit-log.resolver';
import { audit, changedFields, visibleValues } from './audit.service';

export const AUDIT_EXPORT_MAX_ROWS = 10000;

const COLUMNS = [
  { key: 'at', header: '时间', width: 20 },
  { key: 'username', header: '用户名', width: 14 },
  { key: 'ip', header: 'IP', width: 16 },
  { key: 'operation', header: '操作', width: 22 },
  { key: 'targetType', header: '对象类型', width: 16 },
  { key: 'targetId', header: '对象 ID', width: 10 },
  { key: 'changedFields', header: '变更字段', width: 30 },
  { key: 'before', header: '变更前', width: 40 },
  { key: 'after', header: '变更后', width: 40 },
  { key: 'success', header: '结果', width: 8 },
];

/** `2026-12-02T06:30:00Z` → `2026-12-02 14:30:00` (Beijing time, which the panel shows too). */
const beijingTime = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The filtered entries the caller may read, newest first, as xlsx: each value as `auditLogs` would show
 * it to this caller (the IP masked, values only as its own read rules allow). More than
 * AUDIT_EXPORT_MAX_ROWS is BAD_USER_INPUT on `filter`. The export itself is an audit entry.
 */
export async function exportAuditLog(ctx: Context, filter: AuditLogFilter): Promise<FileDownload> {
  if (!ctx.ability.can('read', 'AuditLog')) throw forbidden();
  const scope = ctx.where('read', 'AuditLog');
  const entries = scope
    ? await ctx.em.find(AuditLog, { $and: [scope, ...auditConditions(filter)] } as never, {
        orderBy: [{ at: 'desc' }, { id: 'desc' }] as never,
        limit: AUDIT_EXPORT_MAX_ROWS + 1,
      })
    : [];
  if (entries.length > AUDIT_EXPORT_MAX_ROWS) {
    throw new AppError(
      'BAD_USER_INPUT',
      'export.tooMany',
      { max: AUDIT_EXPORT_MAX_ROWS },
      { fields: [{ field: 'filter', message: t('export.tooMany', { max: AUDIT_EXPORT_MAX_ROWS }) }] },
    );
  }
  const shown = (field: string, value: unknown) => applyAccess(ctx.registry, 'AuditLog', field, ctx.fieldAccess('AuditLog', field), value);
  const json = (v: unknown) => (v == null ? '' : JSON.stringify(v));
  const wb = await newWorkbook();
  const ws = addSheet(wb, '审计日志', COLUMNS);
  for (const e of entries) {
    ws.addRow({
      at: beijingTime(e.at),
      username: e.username ?? '',
      ip: (shown('ip', e.ip) as string | null) ?? '',
      operation: e.operation,
      targetType: e.targetType ?? '',
      targetId: e.targetId ?? '',
      changedFields: changedFields(e).join(', '),
      before: json(shown('before', await visibleValues(ctx, e, e.before))),
      after: json(shown('after', await visibleValues(ctx, e, e.after))),
      success: e.success ? '成功' : '失败',
    });
  }
  const file = { filename: `审计日志-${beijingToday()}.xlsx`, contentBase64: await workbookBase64(wb) };
  await ctx.em.transactional(async (em) =>
    audit(ctx, em, { operation: 'exportAuditLog', targetType: 'AuditLog', after: { filter: { ...filter }, rows: entries.length } }),
  );
  return file;
}
