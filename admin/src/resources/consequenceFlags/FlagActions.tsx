import { Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { MoveConsequenceFlagDocument, type ConsequenceFlagAction, type ConsequenceFlagFieldsFragment } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

/** A button for exactly each step the server allows the caller on this flag; every step takes its text. */
export function FlagActions() {
  const flag = useRecordContext<ConsequenceFlagFieldsFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [action, setAction] = useState<ConsequenceFlagAction | null>(null);
  const [words, setWords] = useState('');
  if (!flag?.allowedActions.length) return null;
  const move = async () => {
    try {
      await request(MoveConsequenceFlagDocument, { id: flag.id, version: flag.version, action: action!, text: words });
      notify('gridgov.flags.moved', { type: 'success' });
      setAction(null);
      setWords('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" onClick={(e) => e.stopPropagation()}>
      {flag.allowedActions.map((a) => (
        <Button key={a} label={`gridgov.flags.action.${a}`} className={`flag-${a.toLowerCase()}`} onClick={() => setAction(a)} />
      ))}
      <Dialog open={action !== null} onClose={() => setAction(null)} fullWidth maxWidth="sm">
        <DialogTitle>
          {action && translate('gridgov.flags.actionTitle', { action: translate(`gridgov.flags.action.${action}`), name: flag.userName })}
        </DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={action === 'ACKNOWLEDGE' ? 5 : 2}
            name="flag-text"
            label={action ? translate(`gridgov.flags.textLabel.${action}`) : ''}
            value={words}
            onChange={(e) => setWords(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setAction(null)} />
          <Button variant="contained" label="ra.action.confirm" className="flag-confirm" disabled={!words.trim()} onClick={() => void move()} />
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
