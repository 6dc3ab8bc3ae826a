import { Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DecideComplaintDocument, type ComplaintFieldsFragment } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

/** 认定: a pending complaint marked substantiated or not, with a reason; only for callers who may confirm complaints. */
export function DecideComplaint() {
  const complaint = useRecordContext<ComplaintFieldsFragment>();
  const { canAccess } = useCanAccess({ action: 'confirm', resource: 'complaints' });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [verdict, setVerdict] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  if (!complaint || complaint.status !== 'PENDING' || !canAccess) return null;
  const label = (substantiated: boolean) => `gridgov.complaints.${substantiated ? 'substantiate' : 'reject'}`;
  const decide = async () => {
    try {
      await request(DecideComplaintDocument, { id: complaint.id, version: complaint.version, substantiated: verdict!, reason });
      notify('gridgov.complaints.decided', { type: 'success' });
      setVerdict(null);
      setReason('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" onClick={(e) => e.stopPropagation()}>
      <Button label={label(true)} className="substantiate-complaint" onClick={() => setVerdict(true)} />
      <Button label={label(false)} className="reject-complaint" onClick={() => setVerdict(false)} />
      <Dialog open={verdict !== null} onClose={() => setVerdict(null)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('gridgov.complaints.decideTitle', { verdict: verdict === null ? '' : translate(label(verdict)) })}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            name="decision-reason"
            label={translate('gridgov.complaints.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setVerdict(null)} />
          <Button variant="contained" label="ra.action.confirm" className="decide-confirm" disabled={!reason.trim()} onClick={() => void decide()} />
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
