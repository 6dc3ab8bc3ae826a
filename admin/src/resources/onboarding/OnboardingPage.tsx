import { Card, CardContent, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { GridsTemplateDocument, ImportGridsDocument, ImportOrgsDocument, OrgsTemplateDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { ImportSection, type ImportKind } from './ImportSection';
import { UsersImport } from './UsersImport';

/** A county's first day: orgs, then grids, then accounts, each from its xlsx template. */
export function OnboardingPage() {
  const translate = useTranslate();
  const [tab, setTab] = useState<ImportKind>('orgs');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.onboarding.name" />
      <Tabs value={tab} onChange={(_, v: ImportKind) => setTab(v)}>
        {(['orgs', 'grids', 'users'] as const).map((k, i) => (
          <Tab key={k} value={k} label={`${i + 1}. ${translate(`gridgov.onboarding.tabs.${k}`)}`} />
        ))}
      </Tabs>
      <CardContent>
        {tab === 'orgs' && (
          <ImportSection
            kind="orgs"
            template={async () => (await request(OrgsTemplateDocument, {})).orgsTemplate}
            run={async (fileBase64, dryRun) => (await request(ImportOrgsDocument, { fileBase64, dryRun })).importOrgs}
          />
        )}
        {tab === 'grids' && (
          <ImportSection
            kind="grids"
            template={async () => (await request(GridsTemplateDocument, {})).gridsTemplate}
            run={async (fileBase64, dryRun) => (await request(ImportGridsDocument, { fileBase64, dryRun })).importGrids}
          />
        )}
        {tab === 'users' && <UsersImport />}
      </CardContent>
    </Card>
  );
}
