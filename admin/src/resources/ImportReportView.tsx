import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReportFieldsFragment } from '../graphql/graphql';

/** What an import answered: the counts, and every bad row and column in the server's words. */
export function ImportReportView({ report }: { report: ImportReportFieldsFragment }) {
  const translate = useTranslate();
  const counts = { created: report.created, updated: report.updated, unchanged: report.unchanged, errors: report.errors.length };
  const summary = report.errors.length ? 'failed' : report.nothingWritten ? 'preview' : 'done';
  return (
    <>
      <Alert severity={report.errors.length ? 'error' : report.nothingWritten ? 'info' : 'success'} className="import-summary">
        {translate(`gridgov.importReport.${summary}`, counts)}
      </Alert>
      <ImportErrorsTable errors={report.errors} />
    </>
  );
}

/** Every bad row and column of an import, in the server's words; nothing when there are none. */
export function ImportErrorsTable({ errors }: { errors: readonly ImportReportFieldsFragment['errors'][number][] }) {
  const translate = useTranslate();
  if (!errors.length) return null;
  return (
    <Table size="small" className="import-errors">
      <TableHead>
        <TableRow>
          <TableCell>{translate('gridgov.importReport.row')}</TableCell>
          <TableCell>{translate('gridgov.importReport.column')}</TableCell>
          <TableCell>{translate('gridgov.importReport.message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {errors.map((e, i) => (
          <TableRow key={i}>
            <TableCell>{e.row}</TableCell>
            <TableCell>{e.column ?? '—'}</TableCell>
            <TableCell>{e.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
