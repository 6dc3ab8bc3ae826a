import {
  CreateButton,
  Datagrid,
  EditButton,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { useEditRowClick } from '../useEditRowClick';
import { ImportTemplateButton } from './TemplateTransfer';

const STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;

const templateFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: `gridgov.forms.templateStatus.${id}` }))} />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ImportTemplateButton />
  </TopToolbar>
);

export function TemplateList() {
  const translate = useTranslate();
  const rowClick = useEditRowClick();
  return (
    <List actions={<Actions />} filters={templateFilters} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick || 'show'} bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField source="periodType" render={(r: { periodType: string }) => translate(`gridgov.forms.periodType.${r.periodType}`)} />
        <NumberField source="revision" />
        <FunctionField source="status" render={(r: { status: string }) => translate(`gridgov.forms.templateStatus.${r.status}`)} />
        <LocaleDateField source="updatedAt" showTime />
        <EditButton />
      </Datagrid>
    </List>
  );
}
