import { XlsxFilePicker } from '../XlsxFilePicker';
import DownloadIcon from '@mui/icons-material/Download';
import RefreshIcon from '@mui/icons-material/Refresh';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import {
  ExportAssessmentRoundDocument,
  ImportAssessmentScoresDocument,
  RefreshAutoScoresDocument,
  type ImportReportFieldsFragment,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadBase64, fileToBase64 } from '../download';
import { ImportReportView } from '../ImportReportView';

/**
 * The round's spreadsheet: export it, import MANUAL scores from it (all or nothing, so a report with
 * errors means nothing changed), and recompute AUTO scores of the DRAFT scorecards.
 */
export function ScoreFileActions({
  roundId,
  canImport,
  canRefresh,
  onChanged,
}: {
  roundId: string;
  canImport: boolean;
  canRefresh: boolean;
  onChanged(): Promise<unknown>;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReportFieldsFragment | null>(null);

  const work = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const exportSheet = () =>
    work(async () => {
      const { exportAssessmentRound: sheet } = await request(ExportAssessmentRoundDocument, { roundId });
      downloadBase64(sheet.filename, sheet.contentBase64);
    });
  const importSheet = () =>
    work(async () => {
      if (!file) return;
      setReport(null);
      const { importAssessmentScores } = await request(ImportAssessmentScoresDocument, { roundId, fileBase64: await fileToBase64(file) });
      setReport(importAssessmentScores);
      if (!importAssessmentScores.nothingWritten) await onChanged();
    });
  const refresh = () =>
    work(async () => {
      const { refreshAutoScores } = await request(RefreshAutoScoresDocument, { roundId });
      await onChanged();
      notify('gridgov.assessments.file.refreshed', { type: 'success', messageArgs: { smart_count: refreshAutoScores } });
    });
  const close = () => {
    setOpen(false);
    setFile(null);
    setReport(null);
  };

  return (
    <>
      <Button label="gridgov.assessments.file.export" className="export-round" disabled={busy} onClick={() => void exportSheet()}>
        <DownloadIcon />
      </Button>
      {canImport && (
        <Button label="gridgov.assessments.file.import" className="import-scores" disabled={busy} onClick={() => setOpen(true)}>
          <UploadIcon />
        </Button>
      )}
      {canRefresh && (
        <Button label="gridgov.assessments.file.refresh" className="refresh-auto" disabled={busy} onClick={() => void refresh()}>
          <RefreshIcon />
        </Button>
      )}
      <Dialog open={open} onClose={close} maxWidth="md" fullWidth>
        <DialogTitle>{translate('gridgov.assessments.file.importTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('gridgov.assessments.file.importHint')}
            </Typography>
            <XlsxFilePicker
              file={file}
              onChange={(chosen) => {
                setFile(chosen);
                setReport(null);
              }}
            />
            {busy && <Alert severity="info">{translate('gridgov.assessments.file.busy')}</Alert>}
            {report && <ImportReportView report={report} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" className="import-close" onClick={close} />
          <Button label="gridgov.assessments.file.run" className="import-run" variant="contained" disabled={!file || busy} onClick={() => void importSheet()}>
            <UploadIcon />
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
