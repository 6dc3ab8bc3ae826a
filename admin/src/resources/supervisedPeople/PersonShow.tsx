import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { FunctionField, SelectField, Show, Tab, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { PersonActions } from './PersonActions';
import { riskChoices, sexChoices, statusChoices } from './personChoices';
import { ServiceHoursPanel } from './ServiceHoursPanel';
import type { PersonRecord } from './supervisedPeopleApi';
import { SupportGroupPanel } from './SupportGroupPanel';
import { VisitTimeline } from './VisitTimeline';

function History() {
  const person = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableBody>
        {(person?.history ?? []).map((h) => (
          <TableRow key={h.id}>
            <TableCell>{new Date(h.at).toLocaleString()}</TableCell>
            <TableCell>{translate(`enums.historyKind.${h.kind}`)}</TableCell>
            <TableCell>
              {h.kind === 'TRANSFER'
                ? `${h.fromGrid?.name ?? '—'} → ${h.toGrid?.name ?? '—'}`
                : [h.fromStatus, h.toStatus]
                    .filter(Boolean)
                    .map((s) => translate(`enums.supervisionStatus.${s}`))
                    .join(' → ')}
            </TableCell>
            <TableCell>{h.reason ?? ''}</TableCell>
            <TableCell>{h.username ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export const PersonShow = () => (
  <Show actions={<PersonActions />}>
    <TabbedShowLayout>
      <Tab label="gridgov.supervisedPeople.tabs.summary">
        <TextField source="name" />
        <TextField source="idNumber" emptyText="—" className="person-id-number" />
        <SelectField source="sex" choices={sexChoices} />
        <LocaleDateField source="birthDate" />
        <TextField source="ethnicity" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <FunctionField label="resources.supervisedPeople.fields.gridId" render={(p: PersonRecord) => `${p.org?.name ?? ''} ${p.grid?.name ?? ''}`} />
        <TextField source="category.name" label="resources.supervisedPeople.fields.categoryCode" />
        <SelectField source="riskLevel" choices={riskChoices} />
        <SelectField source="status" choices={statusChoices} />
        <LocaleDateField source="supervisionStart" emptyText="—" />
        <LocaleDateField source="supervisionEnd" emptyText="—" />
        <TextField source="responsible.name" label="resources.supervisedPeople.fields.responsibleId" emptyText="—" />
        <TextField source="offenceSummary" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </Tab>
      <Tab label="gridgov.supervisedPeople.tabs.group" path="group">
        <SupportGroupPanel />
      </Tab>
      <Tab label="gridgov.supervisedPeople.tabs.visits" path="visits">
        <VisitTimeline />
      </Tab>
      <Tab label="gridgov.supervisedPeople.tabs.hours" path="hours">
        <ServiceHoursPanel />
      </Tab>
      <Tab label="gridgov.supervisedPeople.tabs.history" path="history">
        <History />
      </Tab>
    </TabbedShowLayout>
  </Show>
);
