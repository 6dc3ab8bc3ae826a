import { Datagrid, DateField, EditButton, FunctionField, List, NumberField, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { useEditRowClick } from '../useEditRowClick';
import { PERIOD_TYPES } from './formModel';

const STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;

const templateFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: `gridgov.forms.templateStatus.${id}` }))} />,
  <SelectInput key="periodType" source="periodType" choices={PERIOD_TYPES.map((id) => ({ id, name: `gridgov.forms.periodType.${id}` }))} />,
];

export function TemplateList() {
  const translate = useTranslate();
  const rowClick = useEditRowClick();
  return (
    <List filters={templateFilters} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick || 'show'} bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField source="periodType" render={(r: { periodType: string }) => translate(`gridgov.forms.periodType.${r.periodType}`)} />
        <NumberField source="templateVersion" />
        <FunctionField source="status" render={(r: { status: string }) => translate(`gridgov.forms.templateStatus.${r.status}`)} />
        <DateField source="updatedAt" showTime />
        <EditButton />
      </Datagrid>
    </List>
  );
}
