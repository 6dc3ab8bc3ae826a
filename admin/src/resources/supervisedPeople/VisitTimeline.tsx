import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { ArrayInput, BooleanInput, DateInput, SelectInput, SimpleFormIterator, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import { CreateVisitDocument, type VisitKind } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { FormDialog } from './FormDialog';
import { visitKindChoices } from './personChoices';
import type { PersonRecord } from './supervisedPeopleApi';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a visit or talk with the person on show. */
export function AddVisitButton({ icon }: { icon?: ReactElement }) {
  const person = useRecordContext<PersonRecord>();
  if (!person) return null;
  return (
    <FormDialog
      label="gridgov.supervisedPeople.addVisit"
      title="gridgov.supervisedPeople.addVisit"
      icon={icon}
      defaultValues={{ date: today(), kind: 'HOME_VISIT', participants: [], followUpNeeded: false }}
      onSubmit={(v) =>
        request(CreateVisitDocument, {
          input: {
            personId: person.id,
            date: String(v.date),
            kind: v.kind as VisitKind,
            participants: ((v.participants as { name?: string }[] | undefined) ?? []).map((p) => p.name ?? '').filter(Boolean),
            findings: (v.findings as string | undefined) ?? null,
            psychologicalState: (v.psychologicalState as string | undefined) ?? null,
            followUpNeeded: Boolean(v.followUpNeeded),
          },
        })
      }
    >
      <DateInput source="date" label="gridgov.supervisedPeople.visit.date" validate={required()} />
      <SelectInput source="kind" label="gridgov.supervisedPeople.visit.kind" choices={visitKindChoices} validate={required()} />
      <ArrayInput source="participants" label="gridgov.supervisedPeople.visit.participants">
        <SimpleFormIterator inline>
          <TextInput source="name" label="gridgov.supervisedPeople.visit.participant" />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="findings" label="gridgov.supervisedPeople.visit.findings" multiline fullWidth />
      <TextInput source="psychologicalState" label="gridgov.supervisedPeople.visit.psychologicalState" multiline fullWidth />
      <BooleanInput source="followUpNeeded" label="gridgov.supervisedPeople.visit.followUpNeeded" />
    </FormDialog>
  );
}

/** The person's visits, newest first. */
export function VisitTimeline() {
  const person = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  const visits = [...(person?.visits ?? [])].reverse();
  if (!visits.length) return <Typography variant="body2">{translate('gridgov.supervisedPeople.noVisits')}</Typography>;
  return (
    <Stack spacing={1} className="visit-timeline">
      {visits.map((v) => (
        <Box key={v.id} sx={{ borderLeft: 3, borderColor: v.followUpNeeded ? 'warning.main' : 'primary.main', pl: 1.5 }}>
          <Typography variant="subtitle2">
            {v.date} · {translate(`enums.visitKind.${v.kind}`)}
            {v.followUpNeeded && <Chip size="small" color="warning" label={translate('gridgov.supervisedPeople.visit.followUpNeeded')} sx={{ ml: 1 }} />}
          </Typography>
          {v.findings && <Typography variant="body2">{v.findings}</Typography>}
          {v.psychologicalState && (
            <Typography variant="body2" color="text.secondary">
              {translate('gridgov.supervisedPeople.visit.psychologicalState')}：{v.psychologicalState}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary">
            {[...v.participants, v.recordedBy?.name].filter(Boolean).join('、')}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
