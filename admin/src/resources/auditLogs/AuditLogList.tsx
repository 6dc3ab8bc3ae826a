import { BooleanField, Datagrid, DateField, FilterButton, List, TextField, TopToolbar } from 'react-admin';
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
      <DateField source="at" showTime />
      <TextField source="username" sortable={false} emptyText="—" />
      <TextField source="ip" sortable={false} emptyText="—" />
      <TextField source="operation" sortable={false} />
      <TextField source="targetType" sortable={false} emptyText="—" />
      <TextField source="targetId" sortable={false} emptyText="—" />
      <BooleanField source="success" sortable={false} />
    </Datagrid>
  </List>
);
