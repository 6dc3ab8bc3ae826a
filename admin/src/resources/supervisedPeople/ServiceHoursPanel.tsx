import AddIcon from '@mui/icons-material/Add';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { NumberInput, TextInput, regex, required, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { RecordServiceHoursDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { FormDialog } from './FormDialog';
import type { PersonRecord } from './supervisedPeopleApi';

/** 社区服务: hours per month, with their total. */
export function ServiceHoursPanel() {
  const person = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  const { canAccess: canUpdate } = useCanAccess({ action: 'edit', resource: 'supervisedPeople' });
  if (!person) return null;
  const rows = person.serviceHours ?? [];
  return (
    <>
      {rows.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('gridgov.supervisedPeople.hours.month')}</TableCell>
              <TableCell align="right">{translate('gridgov.supervisedPeople.hours.hours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.month}</TableCell>
                <TableCell align="right">{r.hours}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>{translate('gridgov.supervisedPeople.hours.total')}</TableCell>
              <TableCell align="right">{rows.reduce((n, r) => n + r.hours, 0)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2">{translate('gridgov.supervisedPeople.hours.none')}</Typography>
      )}
      {canUpdate && (
        <FormDialog
          label="gridgov.supervisedPeople.hours.record"
          title="gridgov.supervisedPeople.hours.record"
          icon={<AddIcon />}
          defaultValues={{ month: new Date().toISOString().slice(0, 7) }}
          onSubmit={(v) => request(RecordServiceHoursDocument, { personId: person.id, month: String(v.month), hours: Number(v.hours) })}
        >
          <TextInput
            source="month"
            label="gridgov.supervisedPeople.hours.month"
            validate={[required(), regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'gridgov.supervisedPeople.hours.monthFormat')]}
          />
          <NumberInput source="hours" label="gridgov.supervisedPeople.hours.hours" validate={required()} step={0.5} min={0} />
        </FormDialog>
      )}
    </>
  );
}
