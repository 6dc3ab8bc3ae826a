import { BooleanField, Datagrid, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { AuditExportButton } from './AuditExportButton';
import { AuditLogChanges } from './AuditLogChanges';
import { auditLogFilters } from './auditLogFilters';

const AuditLogActions = () => (
  <TopToolbar>
    <FilterButton />
    <AuditExportButton />
  </TopToolbar>
);

export const AuditLogList = () => (
  <List filters={auditLogFilters} actions={<AuditLogActions />} exporter={false}>
    <Datagrid expand={<AuditLogChanges />} rowClick="expand" bulkActionButtons={false}>
      <LocaleDateField source="at" showTime />
      <TextField source="username" sortable={false} emptyText="—" />
      <TextField source="ip" sortable={false} emptyText="—" />
      <TextField source="operation" sortable={false} />
      <TextField source="targetType" sortable={false} emptyText="—" />
      <TextField source="targetId" sortable={false} emptyText="—" />
      <BooleanField source="success" sortable={false} />
    </Datagrid>
  </List>
);
