import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  Form,
  ReferenceInput,
  SaveButton,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  AcceptTaskDocument,
  CloseTaskDocument,
  DispatchTaskDocument,
  EscalateTaskDocument,
  RegisterTaskDocument,
  ResolveTaskDocument,
  ReturnTaskDocument,
  UrgeTaskDocument,
  VerifyTaskDocument,
  type TaskAction,
} from '../../graphql/graphql';
import { isApiError, request } from '../../providers/graphqlClient';
import type { TaskRecord } from './tasksApi';

type Values = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What each action sends, and the inputs its dialog asks for (none: it runs on click). */
const ACTIONS: Record<TaskAction, { run: (id: string, version: number, v: Values) => Promise<unknown>; inputs?: ReactNode; defaults?: Values }> = {
  REGISTER: { run: (id, version) => request(RegisterTaskDocument, { id, version }) },
  DISPATCH: {
    run: (id, version, v) => request(DispatchTaskDocument, { id, version, handlerOrgId: str(v.handlerOrgId) }),
    inputs: (
      <ReferenceInput source="handlerOrgId" reference="orgs">
        <AutocompleteInput label="resources.tasks.fields.handlerOrg" validate={required()} />
      </ReferenceInput>
    ),
  },
  ACCEPT: { run: (id, version) => request(AcceptTaskDocument, { id, version }) },
  RESOLVE: {
    run: (id, version, v) => request(ResolveTaskDocument, { id, version, result: str(v.result) }),
    inputs: <TextInput source="result" label="resources.tasks.fields.result" multiline minRows={3} validate={required()} />,
  },
  VERIFY: {
    run: (id, version, v) => request(VerifyTaskDocument, { id, version, approved: v.approved === true, comment: str(v.comment) || null }),
    inputs: (
      <>
        <BooleanInput source="approved" label="gridgov.tasks.approved" />
        <TextInput source="comment" label="gridgov.tasks.comment" multiline minRows={2} />
      </>
    ),
    defaults: { approved: true },
  },
  CLOSE: { run: (id, version) => request(CloseTaskDocument, { id, version }) },
  RETURN: {
    run: (id, version, v) => request(ReturnTaskDocument, { id, version, reason: str(v.reason) }),
    inputs: <TextInput source="reason" label="gridgov.tasks.reason" multiline minRows={2} validate={required()} />,
  },
  ESCALATE: {
    run: (id, version, v) => request(EscalateTaskDocument, { id, version, reason: str(v.reason) }),
    inputs: <TextInput source="reason" label="gridgov.tasks.reason" multiline minRows={2} validate={required()} />,
  },
  URGE: {
    run: (id, version, v) => request(UrgeTaskDocument, { id, version, message: str(v.message) }),
    inputs: <TextInput source="message" label="gridgov.tasks.message" multiline minRows={2} validate={required()} />,
  },
};

function ActionButton({ task, action }: { task: TaskRecord; action: TaskAction }) {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const spec = ACTIONS[action];
  const label = `gridgov.tasks.action.${action}`;
  const run = async (values: Values) => {
    try {
      await spec.run(task.id, task.version, values);
      setOpen(false);
      notify('gridgov.tasks.done', { type: 'success', messageArgs: { action: translate(label) } });
      refresh();
    } catch (e) {
      if (isApiError(e, 'BAD_USER_INPUT') && e.body.errors) return e.body.errors;
      notify((e as Error).message, { type: 'error' });
      refresh();
    }
    return undefined;
  };
  if (!spec.inputs) return <Button variant="contained" label={label} onClick={() => void run({})} />;
  return (
    <>
      <Button variant="outlined" label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={run} defaultValues={spec.defaults}>
          <DialogTitle>{translate(label)}</DialogTitle>
          <DialogContent>{spec.inputs}</DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable label="ra.action.confirm" />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

/** A button for exactly each action the server allows this caller on this task. */
export function TaskActions() {
  const task = useRecordContext<TaskRecord>();
  if (!task?.allowedActions.length) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }} className="task-actions">
      {task.allowedActions.map((action) => (
        <ActionButton key={action} task={task} action={action} />
      ))}
    </Stack>
  );
}
