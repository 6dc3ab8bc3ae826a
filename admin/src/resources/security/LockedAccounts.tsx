import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useCallback, useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { LockedAccountsDocument, UnlockUserDocument, type LockedAccountsQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { PagedTable, type Column } from './PagedTable';
import { dateTime } from './dateTime';

type Locked = LockedAccountsQuery['users']['items'][number];

/** Accounts locked by failed sign-ins now, any of them (the other administrators' too) unlockable. */
export function LockedAccounts() {
  const notify = useNotify();
  const [tick, setTick] = useState(0);
  const load = useCallback(async (offset: number, limit: number) => (await request(LockedAccountsDocument, { offset, limit })).users, [tick]); // eslint-disable-line react-hooks/exhaustive-deps
  const unlock = async (user: Locked) => {
    try {
      await request(UnlockUserDocument, { id: user.id });
      notify('gridgov.security.locked.unlocked', { messageArgs: { username: user.username } });
      setTick((t) => t + 1);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const columns: Column<Locked>[] = [
    { label: 'resources.users.fields.username', cell: (u) => u.username },
    { label: 'resources.users.fields.name', cell: (u) => u.name },
    { label: 'resources.users.fields.orgId', cell: (u) => u.org?.name ?? '—' },
    { label: 'resources.users.fields.lockedUntil', cell: (u) => dateTime(u.lockedUntil) },
    {
      label: 'gridgov.security.actions',
      cell: (u) => (
        <Button label="gridgov.security.locked.unlock" onClick={() => unlock(u)}>
          <LockOpenIcon />
        </Button>
      ),
    },
  ];
  return <PagedTable columns={columns} load={load} empty="gridgov.security.locked.none" className="locked-accounts" />;
}
