import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { TaskRecord } from './tasksApi';

const COLORS: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {
  REPORTED: 'info',
  REGISTERED: 'info',
  DISPATCHED: 'primary',
  IN_PROGRESS: 'primary',
  RESOLVED: 'success',
  VERIFIED: 'success',
  CLOSED: 'default',
  RETURNED: 'warning',
  ESCALATED: 'warning',
};

/** The status, and a red "overdue" chip when the deadline passed before the work was done. */
export function TaskStatusField(_props: { label?: string; sortBy?: string }) {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <>
      <Chip size="small" color={COLORS[task.status]} label={translate(`gridgov.tasks.status.${task.status}`)} />{' '}
      {task.overdue && <Chip size="small" color="error" label={translate('gridgov.tasks.overdue')} />}
    </>
  );
}
