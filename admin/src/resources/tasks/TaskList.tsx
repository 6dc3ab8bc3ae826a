import { Datagrid, List, TextField, TopToolbar, CreateButton, useCanAccess } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { taskFilters } from './taskFilters';
import { TaskStatusField } from './TaskStatusField';

function TaskListActions() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'tasks' });
  return <TopToolbar>{canAccess && <CreateButton label="gridgov.tasks.report" />}</TopToolbar>;
}

/** "My work" by default: what the caller can move now, nearest deadline (so the overdue) first. */
export const TaskList = () => (
  <List filters={taskFilters} filterDefaultValues={{ mine: true }} sort={{ field: 'deadline', order: 'ASC' }} actions={<TaskListActions />} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <TaskStatusField label="resources.tasks.fields.status" sortBy="status" />
      <TextField source="category.name" label="resources.tasks.fields.categoryCode" sortable={false} />
      <TextField source="grid.name" label="resources.tasks.fields.gridId" sortable={false} emptyText="—" />
      <TextField source="org.name" label="resources.tasks.fields.org" sortable={false} emptyText="—" />
      <TextField source="handlerOrg.name" label="resources.tasks.fields.handlerOrg" sortable={false} emptyText="—" />
      <LocaleDateField source="deadline" showTime emptyText="—" />
      <LocaleDateField source="reportedAt" showTime />
    </Datagrid>
  </List>
);
