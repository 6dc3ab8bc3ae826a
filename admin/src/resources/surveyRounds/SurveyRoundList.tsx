import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  ShowButton,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import type { SurveyRoundFieldsFragment } from '../../graphql/graphql';

function Actions() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'surveyRounds' });
  return <TopToolbar>{canAccess && <CreateButton label="gridgov.surveyRounds.open" />}</TopToolbar>;
}

const filters = [
  <ReferenceInput key="orgId" source="orgId" reference="orgs" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

/** 满意度测评 rounds: one per half-year and org, newest first as the API returns them. */
export function SurveyRoundList() {
  const translate = useTranslate();
  return (
    <List actions={<Actions />} filters={filters} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} className="survey-rounds">
        <TextField source="period" sortable={false} />
        <TextField source="template.name" label="resources.surveyRounds.fields.template" sortable={false} />
        <TextField source="org.name" label="resources.surveyRounds.fields.org" sortable={false} />
        <FunctionField<SurveyRoundFieldsFragment> source="status" sortable={false} render={(r) => translate(`gridgov.surveyRounds.status.${r.status}`)} />
        <LocaleDateField source="createdAt" showTime sortable={false} />
        <ShowButton />
      </Datagrid>
    </List>
  );
}
