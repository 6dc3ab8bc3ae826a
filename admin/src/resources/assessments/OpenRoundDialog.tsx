import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useEffect, useState } from 'react';
import { AutocompleteInput, Button, DateInput, Form, ReferenceInput, SaveButton, SelectInput, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { OpenAssessmentRoundDocument, PublishedAssessmentSchemesDocument, type PublishedAssessmentSchemesQuery } from '../../graphql/graphql';
import { isApiError, request } from '../../providers/graphqlClient';
import { text } from '../../providers/resourceApi';

type Scheme = PublishedAssessmentSchemesQuery['assessmentSchemes']['items'][number];

/** 发起考核: a published scheme, a period and an org; the API makes one scorecard per subject of the subtree. */
export function OpenRoundDialog({ onOpened }: { onOpened: (roundId: string) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [schemes, setSchemes] = useState<Scheme[]>([]);
  useEffect(() => {
    if (open)
      request(PublishedAssessmentSchemesDocument, {}).then(
        (r) => setSchemes(r.assessmentSchemes.items),
        (e: Error) => notify(e.message, { type: 'error' }),
      );
  }, [open, notify]);
  const submit = async (values: Record<string, unknown>) => {
    try {
      const input = {
        schemeId: text(values.schemeId) ?? '',
        period: text(values.period) ?? '',
        orgId: text(values.orgId) ?? '',
        deadline: text(values.deadline),
      };
      const { openAssessmentRound } = await request(OpenAssessmentRoundDocument, { input });
      setOpen(false);
      notify('gridgov.assessments.openRound.opened', { type: 'success' });
      onOpened(openAssessmentRound.id);
    } catch (e) {
      if (isApiError(e, 'BAD_USER_INPUT') && e.body.errors) return e.body.errors;
      notify((e as Error).message, { type: 'error' });
    }
    return undefined;
  };
  return (
    <>
      <Button variant="contained" label="gridgov.assessments.openRound.button" className="open-assessment-round" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>{translate('gridgov.assessments.openRound.title')}</DialogTitle>
          <DialogContent>
            <SelectInput
              source="schemeId"
              label="gridgov.assessments.openRound.scheme"
              choices={schemes.map((s) => ({ id: s.id, name: `${s.name}（${translate(`gridgov.assessments.periodType.${s.periodType}`)}）` }))}
              validate={required()}
              fullWidth
            />
            <TextInput
              source="period"
              label="gridgov.assessments.openRound.period"
              helperText="gridgov.assessments.openRound.periodHelp"
              validate={required()}
              fullWidth
            />
            <ReferenceInput source="orgId" reference="orgs">
              <AutocompleteInput label="gridgov.assessments.openRound.org" validate={required()} fullWidth />
            </ReferenceInput>
            <DateInput source="deadline" label="gridgov.assessments.openRound.deadline" fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable label="gridgov.assessments.openRound.open" icon={<></>} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
