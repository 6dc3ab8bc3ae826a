import CheckIcon from '@mui/icons-material/Check';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import UndoIcon from '@mui/icons-material/Undo';
import { Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { FormRenderer } from '../formTemplates/FormRenderer';
import type { SubmissionView } from './submissionModel';

/** The level above reads the form, may write a reason under any field, and returns, approves or unlocks it. */
export function SubmissionReview({
  submission,
  busy,
  onReturn,
  onApprove,
  onUnlock,
}: {
  submission: SubmissionView;
  busy?: boolean;
  onReturn: (reason: string, fieldReasons: Record<string, string>) => void;
  onApprove: () => void;
  onUnlock: (reason: string) => void;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.forms.review.${key}`);
  const [reason, setReason] = useState('');
  const [fieldReasons, setFieldReasons] = useState<Record<string, string>>({});
  const can = (action: string) => submission.allowedActions.includes(action as never);
  const reviewing = can('RETURN') || can('APPROVE');
  const given = Object.fromEntries(Object.entries(fieldReasons).filter(([, v]) => v.trim()));
  return (
    <Stack spacing={2} className="submission-review">
      <FormRenderer
        sections={submission.sections}
        values={submission.values}
        readOnly
        returnReasons={submission.fieldReasons}
        context={submission.context}
        fieldAddon={
          can('RETURN')
            ? (field) => (
                <TextField
                  name={`fieldReason.${field.key}`}
                  size="small"
                  fullWidth
                  sx={{ mt: 0.5 }}
                  placeholder={t('fieldReason')}
                  value={fieldReasons[field.key] ?? ''}
                  onChange={(e) => setFieldReasons((r) => ({ ...r, [field.key]: e.target.value }))}
                />
              )
            : undefined
        }
      />
      {Object.keys(submission.explanations).length > 0 && (
        <Card variant="outlined" className="submission-explanations">
          <CardContent>
            <Typography variant="subtitle1">{translate('gridgov.forms.fill.explanations')}</Typography>
            {Object.entries(submission.explanations).map(([code, text]) => (
              <Typography key={code} variant="body2">
                {code}: {text}
              </Typography>
            ))}
          </CardContent>
        </Card>
      )}
      {(reviewing || can('UNLOCK')) && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} className="review-actions">
          <TextField name="reason" size="small" label={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ flex: 1 }} />
          {can('RETURN') && (
            <Button
              label="gridgov.forms.review.return"
              variant="outlined"
              color="warning"
              className="return-submission"
              disabled={busy || (!reason.trim() && Object.keys(given).length === 0)}
              onClick={() => onReturn(reason.trim() || Object.values(given).join('；'), given)}
            >
              <UndoIcon />
            </Button>
          )}
          {can('APPROVE') && (
            <Button label="gridgov.forms.review.approve" variant="contained" className="approve-submission" disabled={busy} onClick={onApprove}>
              <CheckIcon />
            </Button>
          )}
          {can('UNLOCK') && (
            <Button
              label="gridgov.forms.review.unlock"
              variant="outlined"
              className="unlock-submission"
              disabled={busy || !reason.trim()}
              onClick={() => onUnlock(reason.trim())}
            >
              <LockOpenIcon />
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
