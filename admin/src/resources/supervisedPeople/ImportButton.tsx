import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Select, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ImportSupervisedPeopleDocument, SupervisedPeopleTemplateDocument, type ImportMode, type ImportSupervisedPeopleMutation } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadBase64, fileToBase64 } from '../download';
import { ImportErrorsTable } from '../ImportReportView';
import { XlsxFilePicker } from '../XlsxFilePicker';

type Report = ImportSupervisedPeopleMutation['importSupervisedPeople'];

/** Upload an xlsx laid out like the template; the report lists every bad row and column. */
export function ImportButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [dryRun, setDryRun] = useState(true);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  const template = async () => {
    const { supervisedPeopleTemplate } = await request(SupervisedPeopleTemplateDocument, {});
    downloadBase64(supervisedPeopleTemplate.filename, supervisedPeopleTemplate.contentBase64);
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const { importSupervisedPeople } = await request(ImportSupervisedPeopleDocument, { fileBase64: await fileToBase64(file), mode, dryRun });
      setReport(importSupervisedPeople);
      if (!importSupervisedPeople.nothingWritten) refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="gridgov.supervisedPeople.import.button" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('gridgov.supervisedPeople.import.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Button label="gridgov.supervisedPeople.import.template" onClick={template} />
            <XlsxFilePicker
              file={file}
              onChange={(chosen) => {
                setFile(chosen);
                setReport(null);
              }}
            />
            <Select size="small" value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
              <MenuItem value="ALL_OR_NOTHING">{translate('gridgov.supervisedPeople.import.ALL_OR_NOTHING')}</MenuItem>
              <MenuItem value="VALID_ROWS">{translate('gridgov.supervisedPeople.import.VALID_ROWS')}</MenuItem>
            </Select>
            <FormControlLabel
              control={<Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />}
              label={translate('gridgov.supervisedPeople.import.dryRun')}
            />
            {report && (
              <>
                <Alert severity={report.errors.length ? 'warning' : 'success'}>
                  {translate(report.nothingWritten ? 'gridgov.supervisedPeople.import.preview' : 'gridgov.supervisedPeople.import.done', {
                    created: report.created,
                    updated: report.updated,
                    unchanged: report.unchanged,
                    errors: report.errors.length,
                  })}
                </Alert>
                <ImportErrorsTable errors={report.errors} />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setOpen(false)} />
          <Button label="gridgov.supervisedPeople.import.run" onClick={run} disabled={!file || busy} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
}
