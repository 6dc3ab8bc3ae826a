import LogoutIcon from '@mui/icons-material/Logout';
import { TextField } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { RevokeSessionDocument, SessionsDocument, type SessionsQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { PagedTable, type Column } from './PagedTable';
import { dateTime } from './dateTime';

type ActiveSession = SessionsQuery['sessions']['items'][number];

/** Sessions in force, latest activity first; ending one makes its token stop working at once. */
export function ActiveSessions() {
  const translate = useTranslate();
  const notify = useNotify();
  const [q, setQ] = useState('');
  const [tick, setTick] = useState(0);
  const load = useCallback(
    async (offset: number, limit: number) => (await request(SessionsDocument, { filter: { q: q.trim() || null }, offset, limit })).sessions,
    [q, tick], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const revoke = async (s: ActiveSession) => {
    if (!window.confirm(translate('gridgov.security.sessions.confirm', { username: s.user?.username ?? '' }))) return;
    try {
      await request(RevokeSessionDocument, { id: s.id });
      notify('gridgov.security.sessions.revoked');
      setTick((t) => t + 1);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const columns: Column<ActiveSession>[] = [
    { label: 'resources.users.fields.username', cell: (s) => s.user?.username ?? '—' },
    { label: 'resources.users.fields.name', cell: (s) => s.user?.name ?? '—' },
    { label: 'resources.users.fields.orgId', cell: (s) => s.user?.org?.name ?? '—' },
    { label: 'gridgov.security.sessions.createdAt', cell: (s) => dateTime(s.createdAt) },
    { label: 'gridgov.security.sessions.lastSeenAt', cell: (s) => dateTime(s.lastSeenAt) },
    { label: 'gridgov.security.sessions.expiresAt', cell: (s) => dateTime(s.expiresAt) },
    { label: 'gridgov.security.sessions.ip', cell: (s) => s.ip ?? '—' },
    {
      label: 'gridgov.security.actions',
      cell: (s) => (
        <Button label="gridgov.security.sessions.revoke" onClick={() => revoke(s)}>
          <LogoutIcon />
        </Button>
      ),
    },
  ];
  return (
    <>
      <TextField size="small" name="q" label={translate('gridgov.security.sessions.q')} value={q} onChange={(e) => setQ(e.target.value)} sx={{ mb: 1 }} />
      <PagedTable columns={columns} load={load} empty="gridgov.security.sessions.none" className="active-sessions" />
    </>
  );
}
