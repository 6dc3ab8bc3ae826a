import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { ExportAuditLogDocument, type AuditLogFilter } from '../../graphql/graphql';
import { cleanFilter } from '../../providers/dataProvider';
import { request } from '../../providers/graphqlClient';
import { downloadBase64 } from '../download';

/** The entries the list shows (its filter), as xlsx, masked as shown; the export is itself audited. */
export function AuditExportButton() {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { exportAuditLog } = await request(ExportAuditLogDocument, { filter: cleanFilter(filterValues) as AuditLogFilter });
      downloadBase64(exportAuditLog.filename, exportAuditLog.contentBase64);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="gridgov.auditLogs.export" onClick={run} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
}
