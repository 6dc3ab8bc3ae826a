import { Card, CardContent, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ActiveSessions } from './ActiveSessions';
import { LockedAccounts } from './LockedAccounts';
import { PasswordPolicyForm } from './PasswordPolicyForm';

const TABS = ['policy', 'locked', 'sessions'] as const;

/** The security administrator's desk (三员分立): password policy, locked accounts, sessions. */
export function SecurityPage() {
  const translate = useTranslate();
  const [tab, setTab] = useState<(typeof TABS)[number]>('policy');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.security.name" />
      <Tabs value={tab} onChange={(_, v: (typeof TABS)[number]) => setTab(v)}>
        {TABS.map((k) => (
          <Tab key={k} value={k} label={translate(`gridgov.security.tabs.${k}`)} />
        ))}
      </Tabs>
      <CardContent>
        {tab === 'policy' && <PasswordPolicyForm />}
        {tab === 'locked' && <LockedAccounts />}
        {tab === 'sessions' && <ActiveSessions />}
      </CardContent>
    </Card>
  );
}
