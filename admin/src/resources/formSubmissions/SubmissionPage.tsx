import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../providers/graphqlClient';
import type { FormValues } from '../formTemplates/formModel';
import {
  approveSubmission,
  loadSubmission,
  returnSubmission,
  saveSubmission,
  submitSubmission,
  toView,
  unlockSubmission,
  type SubmissionRecord,
} from './formSubmissionsApi';
import { SubmissionFill } from './SubmissionFill';
import { SubmissionReview } from './SubmissionReview';

const STATUS_COLOR = { DRAFT: 'default', SUBMITTED: 'info', RETURNED: 'warning', APPROVED: 'success', ARCHIVED: 'default' } as const;

function History({ record }: { record: SubmissionRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (record.history.length === 0) return null;
  return (
    <Card variant="outlined" className="submission-history">
      <CardContent>
        <Typography variant="subtitle1">{translate('resources.formSubmissions.fields.history')}</Typography>
        {record.history.map((h) => (
          <Typography key={h.id} variant="body2">
            {new Date(h.at).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN')} · {h.username ?? '—'} · {translate(`gridgov.forms.action.${h.action}`)} →{' '}
            {translate(`gridgov.forms.submissionStatus.${h.to}`)}
            {h.comment ? ` · ${h.comment}` : ''}
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
}

/** One submission: the filling screen for its org, the approval screen for the level above; reloaded after every step. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [record, setRecord] = useState<SubmissionRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    loadSubmission(id).then(
      (r) => setRecord(r),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [id, notify]);
  useEffect(load, [load]);
  const step = async <T,>(work: () => Promise<T>, done: string): Promise<T | null> => {
    setBusy(true);
    try {
      const result = await work();
      notify(done, { type: 'success' });
      return result;
    } catch (error) {
      // A refused submit names the fields; its message says what holds (an ERROR, or a WARNING without explanation).
      notify(isApiError(error) ? error.message : (error as Error).message, { type: 'error', multiLine: true });
      return null;
    } finally {
      setBusy(false);
    }
  };
  if (!record) return <Loading />;
  const view = toView(record);
  const fills = view.allowedActions.includes('SAVE') || view.allowedActions.includes('SUBMIT');
  return (
    // Not remounted on reload: what the filer typed (explanations, the server's last answer) survives a save.
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={`${view.templateName} · ${view.orgName} · ${view.period}`} />
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h6">{view.templateName}</Typography>
            <Typography>{view.orgName}</Typography>
            <Typography>{view.period}</Typography>
            <Chip className="submission-status" color={STATUS_COLOR[view.status]} label={translate(`gridgov.forms.submissionStatus.${view.status}`)} />
            {record.late && <Chip color="error" variant="outlined" label={translate('resources.formSubmissions.fields.late')} />}
            {view.dueAt && (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.formSubmissions.fields.dueAt')}: {new Date(view.dueAt).toLocaleString()}
              </Typography>
            )}
            {view.approvedBy && view.approvedAt && (
              <Typography variant="body2" color="success.main" className="submission-approver">
                {translate('gridgov.forms.review.approvedBy', { name: view.approvedBy, at: new Date(view.approvedAt).toLocaleString() })}
              </Typography>
            )}
          </Stack>
        </CardContent>
      </Card>
      {fills ? (
        <SubmissionFill
          submission={view}
          busy={busy}
          onSave={async (values: FormValues) => {
            const issues = await step(() => saveSubmission(view.id, view.version, values), 'gridgov.forms.fill.saved');
            if (issues) load();
            return issues;
          }}
          onSubmit={async (values, explanations) => {
            if (JSON.stringify(values) !== JSON.stringify(view.values)) {
              const saved = await step(() => saveSubmission(view.id, view.version, values), 'gridgov.forms.fill.saved');
              if (!saved) return;
              const fresh = await loadSubmission(view.id);
              if (!fresh) return;
              if (await step(() => submitSubmission(fresh.id, fresh.version, explanations), 'gridgov.forms.fill.submitted')) load();
              return;
            }
            if (await step(() => submitSubmission(view.id, view.version, explanations), 'gridgov.forms.fill.submitted')) load();
          }}
        />
      ) : (
        <SubmissionReview
          submission={view}
          busy={busy}
          onReturn={async (reason, fieldReasons) => {
            if (await step(() => returnSubmission(view.id, view.version, reason, fieldReasons), 'gridgov.forms.review.returned')) load();
          }}
          onApprove={async () => {
            if (await step(() => approveSubmission(view.id, view.version), 'gridgov.forms.review.approved')) load();
          }}
          onUnlock={async (reason) => {
            if (await step(() => unlockSubmission(view.id, reason), 'gridgov.forms.review.unlocked')) load();
          }}
        />
      )}
      <History record={record} />
    </Stack>
  );
}
