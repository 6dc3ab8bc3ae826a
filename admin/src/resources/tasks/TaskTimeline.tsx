import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { TaskRecord } from './tasksApi';

/** The task's history, oldest first: who moved it from which status to which, when, and why. */
export function TaskTimeline() {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!task?.history) return null;
  return (
    <List dense className="task-timeline">
      {task.history.map((h) => (
        <ListItem key={h.id} divider>
          <ListItemText
            primary={`${new Date(h.at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB')}  ${h.user?.name ?? translate('gridgov.tasks.system')}  ${translate(h.action ? `gridgov.tasks.action.${h.action}` : 'gridgov.tasks.reported')}`}
            secondary={
              <>
                {h.from ? `${translate(`gridgov.tasks.status.${h.from}`)} → ` : ''}
                {translate(`gridgov.tasks.status.${h.to}`)}
                {h.handlerOrg ? ` · ${h.handlerOrg.name}` : ''}
                {h.comment ? (
                  <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                    {h.comment}
                  </Typography>
                ) : null}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
