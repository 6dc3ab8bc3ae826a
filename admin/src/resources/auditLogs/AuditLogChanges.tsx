import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogFieldsFragment } from '../../graphql/graphql';

const Json = ({ label, value }: { label: string; value: unknown }) => (
  <Box sx={{ flex: 1, minWidth: 0 }}>
    <Typography variant="subtitle2">{label}</Typography>
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {value == null ? '—' : JSON.stringify(value, null, 2)}
    </Box>
  </Box>
);

/** The expanded row of an audit entry: which fields changed, and their values where the reader may read them. */
export function AuditLogChanges() {
  const entry = useRecordContext<AuditLogFieldsFragment>();
  const translate = useTranslate();
  if (!entry) return null;
  return (
    <Box>
      <Typography variant="body2">
        {translate('resources.auditLogs.fields.changedFields')}: {entry.changedFields.join(', ') || '—'}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Json label={translate('resources.auditLogs.fields.before')} value={entry.before} />
        <Json label={translate('resources.auditLogs.fields.after')} value={entry.after} />
      </Box>
    </Box>
  );
}
