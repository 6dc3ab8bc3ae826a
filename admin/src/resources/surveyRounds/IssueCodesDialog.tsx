import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { IssueSurveyCodesDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadCodes, printCodes } from './surveyLinks';

/** 发放答题码: N one-time codes for one grid's link, shown once with download and print; `onIssued` reloads the counts. */
export function IssueCodesDialog({ linkId, grid, period, onIssued }: { linkId: string; grid: string; period: string; onIssued: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, args?: Record<string, unknown>) => translate(`gridgov.surveyRounds.codes.${key}`, args);
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState('10');
  const [codes, setCodes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    setBusy(true);
    try {
      setCodes((await request(IssueSurveyCodesDocument, { linkId, count: Number(count) })).issueSurveyCodes);
      onIssued();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setCodes([]);
  };
  const n = Number(count);
  return (
    <>
      <Button label="gridgov.surveyRounds.codes.issue" className="issue-codes" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={codes.length ? undefined : close} fullWidth maxWidth="sm">
        <DialogTitle>{t('title', { grid })}</DialogTitle>
        <DialogContent>
          {codes.length === 0 ? (
            <MuiTextField
              autoFocus
              type="number"
              name="code-count"
              label={t('count')}
              helperText={t('countHelp')}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              slotProps={{ htmlInput: { min: 1, step: 1 } }}
              sx={{ mt: 1, width: 240 }}
            />
          ) : (
            <Stack spacing={2} className="issued-codes">
              <Alert severity="warning">{t('shownOnce')}</Alert>
              <Box
                component="ol"
                sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1, p: 0, m: 0, listStyle: 'none', fontFamily: 'monospace', fontSize: 16 }}
              >
                {codes.map((code) => (
                  <Box
                    component="li"
                    key={code}
                    className="issued-code"
                    sx={{ border: '1px dashed', borderColor: 'divider', borderRadius: 1, p: 1, textAlign: 'center' }}
                  >
                    {code}
                  </Box>
                ))}
              </Box>
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {codes.length === 0 ? (
            <>
              <Button label="ra.action.cancel" onClick={close} />
              <Button
                variant="contained"
                label="gridgov.surveyRounds.codes.issue"
                className="issue-codes-confirm"
                disabled={busy || !Number.isInteger(n) || n < 1}
                onClick={() => void issue()}
              />
            </>
          ) : (
            <>
              <Button label="gridgov.surveyRounds.codes.download" onClick={() => downloadCodes(`${grid}-${period}-答题码.csv`, grid, codes)} />
              <Button label="gridgov.surveyRounds.codes.print" onClick={() => printCodes(t('printTitle', { grid }), codes)} />
              <Button variant="contained" label="gridgov.surveyRounds.codes.done" className="codes-done" onClick={close} />
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
