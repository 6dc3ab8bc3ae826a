import { CreateButton, Datagrid, FunctionField, List, SelectInput, TextField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import type { ComplaintFieldsFragment } from '../../graphql/graphql';
import { DecideComplaint } from './DecideComplaint';

const STATUSES = ['PENDING', 'SUBSTANTIATED', 'UNSUBSTANTIATED'] as const;

function Actions() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'complaints' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

/** 投诉: newest first; a pending one is decided here by the level that may. */
export function ComplaintList() {
  const translate = useTranslate();
  const filters = [<SelectInput key="status" source="status" alwaysOn choices={STATUSES.map((id) => ({ id, name: `gridgov.complaints.status.${id}` }))} />];
  return (
    <List actions={<Actions />} filters={filters} exporter={false} sort={{ field: 'date', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false} className="complaints">
        <LocaleDateField source="date" sortable={false} />
        <FunctionField<ComplaintFieldsFragment>
          source="about"
          sortable={false}
          render={(r) => <span className="complaint-about">{r.user?.name ?? r.grid?.name ?? '—'}</span>}
        />
        <TextField source="source" sortable={false} />
        <TextField source="text" sortable={false} sx={{ display: 'block', maxWidth: 420 }} />
        <FunctionField<ComplaintFieldsFragment>
          source="status"
          sortable={false}
          render={(r) => <span className="complaint-status">{translate(`gridgov.complaints.status.${r.status}`)}</span>}
        />
        <TextField source="decisionReason" sortable={false} />
        <DecideComplaint />
      </Datagrid>
    </List>
  );
}
