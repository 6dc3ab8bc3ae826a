import { XlsxFilePicker } from '../XlsxFilePicker';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import type { ImportReportFieldsFragment } from '../../graphql/graphql';
import { downloadBase64, fileToBase64 } from '../download';
import { ImportReportView } from '../ImportReportView';

export type ImportKind = 'orgs' | 'grids' | 'users';

/**
 * One xlsx import: the template, the file, a dry run by default, and the report. Imports are all or
 * nothing, so a report with errors means nothing was written: fix the file and run again.
 */
export function ImportSection<TReport extends ImportReportFieldsFragment>({
  kind,
  template,
  run,
  options,
  after,
}: {
  kind: ImportKind;
  template(): Promise<{ filename: string; contentBase64: string }>;
  run(fileBase64: string, dryRun: boolean): Promise<TReport>;
  /** Inputs of this import besides the file (the initial-password rule) */
  options?: ReactNode;
  /** What to show under the report (the one-time password download) */
  after?(report: TReport): ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [report, setReport] = useState<TReport | null>(null);
  const [busy, setBusy] = useState(false);

  const downloadTemplate = async () => {
    try {
      const t = await template();
      downloadBase64(t.filename, t.contentBase64);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const start = async () => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    try {
      setReport(await run(await fileToBase64(file), dryRun));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }} className={`import-${kind}`}>
      <Typography variant="body2" color="text.secondary">
        {translate(`gridgov.onboarding.intro.${kind}`)}
      </Typography>
      <div>
        <Button label="gridgov.onboarding.template" onClick={downloadTemplate} variant="outlined">
          <DownloadIcon />
        </Button>
      </div>
      <XlsxFilePicker
        file={file}
        onChange={(chosen) => {
          setFile(chosen);
          setReport(null);
        }}
      />
      {options}
      <FormControlLabel
        control={<Checkbox name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />}
        label={translate('gridgov.onboarding.dryRun')}
      />
      <div>
        <Button label={dryRun ? 'gridgov.onboarding.check' : 'gridgov.onboarding.run'} onClick={start} disabled={!file || busy} variant="contained">
          <UploadIcon />
        </Button>
      </div>
      {busy && <Alert severity="info">{translate('gridgov.onboarding.busy')}</Alert>}
      {report && <ImportReportView report={report} />}
      {report && after?.(report)}
    </Stack>
  );
}
