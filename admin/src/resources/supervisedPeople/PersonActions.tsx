import EventNoteIcon from '@mui/icons-material/EventNote';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { AutocompleteInput, EditButton, ReferenceInput, SelectInput, TextInput, TopToolbar, required, useCanAccess, useRecordContext } from 'react-admin';
import { ChangeSupervisionStatusDocument, TransferSupervisedPersonDocument, type SupervisionStatus } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { FormDialog } from './FormDialog';
import { NEXT_STATUSES } from './personChoices';
import type { PersonRecord } from './supervisedPeopleApi';
import { AddVisitButton } from './VisitTimeline';

/** Edit, transfer and status changes for those who may update the person; visits for those who may record them. */
export function PersonActions() {
  const person = useRecordContext<PersonRecord>();
  const { canAccess: canUpdate } = useCanAccess({ action: 'edit', resource: 'supervisedPeople' });
  if (!person) return null;
  const next = NEXT_STATUSES[person.status];
  return (
    <TopToolbar>
      <AddVisitButton icon={<EventNoteIcon />} />
      {canUpdate && <EditButton />}
      {canUpdate && person.status === 'ACTIVE' && (
        <FormDialog
          label="gridgov.supervisedPeople.transfer"
          title="gridgov.supervisedPeople.transfer"
          icon={<SwapHorizIcon />}
          onSubmit={(v) => request(TransferSupervisedPersonDocument, { id: person.id, toGridId: String(v.toGridId ?? ''), reason: String(v.reason ?? '') })}
        >
          <ReferenceInput source="toGridId" reference="grids">
            <AutocompleteInput validate={required()} optionText={(g: { name: string; org?: { name: string } }) => `${g.org?.name ?? ''} ${g.name}`} fullWidth />
          </ReferenceInput>
          <TextInput source="reason" label="gridgov.supervisedPeople.reason" validate={required()} fullWidth multiline />
        </FormDialog>
      )}
      {canUpdate && next.length > 0 && (
        <FormDialog
          label="gridgov.supervisedPeople.changeStatus"
          title="gridgov.supervisedPeople.changeStatus"
          icon={<SyncAltIcon />}
          defaultValues={{ status: next[0] }}
          onSubmit={(v) => request(ChangeSupervisionStatusDocument, { id: person.id, status: v.status as SupervisionStatus, reason: String(v.reason ?? '') })}
        >
          <SelectInput
            source="status"
            label="resources.supervisedPeople.fields.status"
            choices={next.map((id) => ({ id, name: `enums.supervisionStatus.${id}` }))}
            validate={required()}
          />
          <TextInput source="reason" label="gridgov.supervisedPeople.reason" validate={required()} fullWidth multiline />
        </FormDialog>
      )}
    </TopToolbar>
  );
}
