import { BooleanInput, Datagrid, FunctionField, List, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';

const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ARCHIVED'] as const;

const submissionFilters = [
  <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: `gridgov.forms.submissionStatus.${id}` }))} alwaysOn />,
  <BooleanInput key="late" source="late" alwaysOn />,
  <TextInput key="roundId" source="roundId" />,
];

/** The caller's to-do and review list: its own forms, or its children's. */
export function SubmissionList() {
  const translate = useTranslate();
  return (
    <List filters={submissionFilters} sort={{ field: 'dueAt', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="template.name" label="resources.formSubmissions.fields.template" sortable={false} />
        <TextField source="period" />
        <TextField source="org.name" label="resources.formSubmissions.fields.org" sortable={false} />
        <FunctionField source="status" render={(r: { status: string }) => translate(`gridgov.forms.submissionStatus.${r.status}`)} />
        <LocaleDateField source="dueAt" showTime />
        <LocaleDateField source="submittedAt" showTime emptyText="—" />
      </Datagrid>
    </List>
  );
}
