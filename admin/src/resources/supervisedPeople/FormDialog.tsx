import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import { isApiError } from '../../providers/graphqlClient';

/**
 * A button opening a small form in a dialog for one named mutation; on success the record reloads,
 * on BAD_USER_INPUT the server's field messages show under the inputs.
 */
export function FormDialog({
  label,
  icon,
  title,
  onSubmit,
  children,
  defaultValues,
}: {
  label: string;
  icon?: ReactElement;
  title: string;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  children: ReactNode;
  defaultValues?: Record<string, unknown>;
}) {
  const [open, setOpen] = useState(false);
  // Kept from the first render: a new object on each render would reset what the user typed.
  const [initial] = useState(defaultValues);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSubmit(values);
      setOpen(false);
      notify('ra.notification.updated', { messageArgs: { smart_count: 1 } });
      refresh();
    } catch (e) {
      if (isApiError(e, 'BAD_USER_INPUT') && e.body.errors) return e.body.errors;
      notify((e as Error).message, { type: 'error' });
    }
    return undefined;
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} defaultValues={initial}>
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
