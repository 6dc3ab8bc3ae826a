import { CreateButton, Datagrid, FunctionField, List, ShowButton, TextField, TopToolbar, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';

const Actions = () => (
  <TopToolbar>
    <CreateButton label="gridgov.forms.round.open" />
  </TopToolbar>
);

export function RoundList() {
  const translate = useTranslate();
  return (
    <List actions={<Actions />} sort={{ field: 'dueAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="template.name" label="resources.reportingRounds.fields.template" sortable={false} />
        <TextField source="period" />
        <TextField source="org.name" label="resources.reportingRounds.fields.org" sortable={false} />
        <FunctionField source="targetLevel" render={(r: { targetLevel: string }) => translate(`enums.orgLevel.${r.targetLevel}`)} />
        <LocaleDateField source="dueAt" showTime />
        <ShowButton />
      </Datagrid>
    </List>
  );
}
