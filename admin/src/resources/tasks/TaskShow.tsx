import { Grid } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { TaskActions } from './TaskActions';
import type { TaskRecord } from './tasksApi';
import { TaskStatusField } from './TaskStatusField';
import { TaskTimeline } from './TaskTimeline';

export function TaskShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TaskActions />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SimpleShowLayout sx={{ p: 0 }}>
              <TextField source="title" />
              <TaskStatusField label="resources.tasks.fields.status" />
              <TextField source="category.name" label="resources.tasks.fields.categoryCode" emptyText="—" />
              <TextField source="component.name" label="resources.tasks.fields.componentCode" emptyText="—" />
              <TextField source="grid.name" label="resources.tasks.fields.gridId" emptyText="—" />
              <TextField source="location" emptyText="—" />
              <TextField source="description" emptyText="—" />
            </SimpleShowLayout>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SimpleShowLayout sx={{ p: 0 }}>
              <TextField source="handlerOrg.name" label="resources.tasks.fields.handlerOrg" emptyText="—" />
              <LocaleDateField source="deadline" showTime emptyText="—" />
              <FunctionField<TaskRecord>
                label="resources.tasks.fields.remainingWorkingHours"
                render={(t) => (t.remainingWorkingHours == null ? '—' : translate('gridgov.tasks.hours', { hours: t.remainingWorkingHours }))}
              />
              <LocaleDateField source="reportedAt" showTime />
              <TextField source="reporter.name" label="resources.tasks.fields.reporter" emptyText="—" />
              <TextField source="result" emptyText="—" />
            </SimpleShowLayout>
          </Grid>
        </Grid>
        <Labeled label="resources.tasks.fields.history" fullWidth>
          <TaskTimeline />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
