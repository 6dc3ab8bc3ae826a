import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { boundsIssues, mergeIssues } from '../formTemplates/fieldChecks';
import { runRules } from '../formTemplates/formExpression';
import type { FormValues } from '../formTemplates/formModel';
import { FormRenderer, type FieldIssue } from '../formTemplates/FormRenderer';
import type { SubmissionIssue, SubmissionView } from './submissionModel';

function byField(issues: readonly SubmissionIssue[]): Record<string, FieldIssue[]> {
  const out: Record<string, FieldIssue[]> = {};
  for (const issue of issues) for (const key of issue.fields) (out[key] ??= []).push(issue);
  return out;
}

/**
 * The filer's screen: any template, checked as it is typed by the evaluator the server runs (and by
 * the server's answer to the last save); a warning is handed in only with an explanation.
 */
export function SubmissionFill({
  submission,
  busy,
  onSave,
  onSubmit,
}: {
  submission: SubmissionView;
  busy?: boolean;
  onSave: (values: FormValues) => Promise<SubmissionIssue[] | null>;
  onSubmit: (values: FormValues, explanations: Record<string, string>) => Promise<void>;
}) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`gridgov.forms.fill.${key}`, options);
  const [values, setValues] = useState<FormValues>(submission.values);
  const [explanations, setExplanations] = useState<Record<string, string>>(submission.explanations);
  const [serverIssues, setServerIssues] = useState<SubmissionIssue[]>([]);
  const editable = submission.allowedActions.includes('SAVE');
  const local: SubmissionIssue[] = runRules(submission.rules, values, submission.context)
    .filter((r) => r.outcome === 'fail')
    .map(({ rule, fields }) => ({ ruleCode: rule.code, severity: rule.severity, message: rule.message, fields }));
  const dirty = JSON.stringify(values) !== JSON.stringify(submission.values);
  // The server's answer stands until the filer changes something; then the panel's own evaluation does.
  const issues = dirty || serverIssues.length === 0 ? local : serverIssues;
  const shown = mergeIssues(boundsIssues(submission.sections, values, translate), byField(issues));
  const warnings = issues.filter((i) => i.severity === 'WARNING');
  const blocking = Object.values(shown).some((list) => list.some((i) => i.severity === 'ERROR'));
  const unexplained = warnings.some((w) => !explanations[w.ruleCode]?.trim());
  return (
    <Stack spacing={2} className="submission-fill">
      {submission.status === 'RETURNED' && submission.returnReason && (
        <Alert severity="warning" className="submission-returned">
          {translate('gridgov.forms.returnReason')}: {submission.returnReason}
        </Alert>
      )}
      <FormRenderer
        sections={submission.sections}
        values={values}
        readOnly={!editable}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
        issues={shown}
        returnReasons={submission.fieldReasons}
        context={submission.context}
      />
      {editable && warnings.length > 0 && (
        <Card variant="outlined" className="warning-explanations">
          <CardContent>
            <Typography variant="subtitle1">{t('explanations')}</Typography>
            <Stack spacing={1}>
              {warnings.map((w) => (
                <TextField
                  key={w.ruleCode}
                  name={`explanation.${w.ruleCode}`}
                  size="small"
                  label={`${w.ruleCode}: ${w.message}`}
                  value={explanations[w.ruleCode] ?? ''}
                  onChange={(e) => setExplanations((x) => ({ ...x, [w.ruleCode]: e.target.value }))}
                  multiline
                />
              ))}
            </Stack>
          </CardContent>
        </Card>
      )}
      {editable && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button
            label="ra.action.save"
            variant="outlined"
            className="save-submission"
            disabled={busy}
            onClick={async () => {
              const result = await onSave(values);
              if (result) setServerIssues(result);
            }}
          >
            <SaveIcon />
          </Button>
          <Button
            label="gridgov.forms.fill.submit"
            variant="contained"
            className="submit-submission"
            disabled={busy || blocking || unexplained || !submission.allowedActions.includes('SUBMIT')}
            onClick={() => onSubmit(values, explanations)}
          >
            <SendIcon />
          </Button>
          {blocking && <Typography color="error">{t('blocked')}</Typography>}
          {!blocking && unexplained && <Typography color="warning.main">{t('explainWarnings')}</Typography>}
        </Stack>
      )}
    </Stack>
  );
}
