import KeyIcon from '@mui/icons-material/Key';
import { Alert, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { ImportUsersDocument, UsersTemplateDocument, type ImportUsersMutation, type InitialPasswordRule } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadBase64 } from '../download';
import { ImportSection } from './ImportSection';

type UsersReport = ImportUsersMutation['importUsers'];

/** Random initial passwords come back once, in the import's answer: offered for one download, then forgotten. */
function PasswordsDownload({ report }: { report: UsersReport }) {
  const translate = useTranslate();
  const [file, setFile] = useState(report.passwordsFile);
  if (report.nothingWritten) return null;
  if (!report.passwordsFile) return <Alert severity="info">{translate('gridgov.onboarding.users.idNumberPasswords')}</Alert>;
  return (
    <Alert severity="warning" className="import-passwords">
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <span>{translate(file ? 'gridgov.onboarding.users.passwordsOnce' : 'gridgov.onboarding.users.passwordsGone', { count: report.passwords.length })}</span>
        {file && (
          <Button
            label="gridgov.onboarding.users.downloadPasswords"
            variant="contained"
            onClick={() => {
              downloadBase64(file.filename, file.contentBase64);
              setFile(null);
            }}
          >
            <KeyIcon />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function UsersImport() {
  const translate = useTranslate();
  const [rule, setRule] = useState<InitialPasswordRule>('ID_NUMBER_LAST8');
  return (
    <ImportSection
      kind="users"
      template={async () => (await request(UsersTemplateDocument, {})).usersTemplate}
      run={async (fileBase64, dryRun) => (await request(ImportUsersDocument, { fileBase64, dryRun, initialPassword: rule })).importUsers}
      options={
        <FormControl>
          <FormLabel>{translate('gridgov.onboarding.users.rule')}</FormLabel>
          <RadioGroup row name="initialPassword" value={rule} onChange={(e) => setRule(e.target.value as InitialPasswordRule)}>
            {(['ID_NUMBER_LAST8', 'RANDOM'] as const).map((r) => (
              <FormControlLabel key={r} value={r} control={<Radio />} label={translate(`gridgov.onboarding.users.${r}`)} />
            ))}
          </RadioGroup>
        </FormControl>
      }
      after={(report) => <PasswordsDownload key={report.passwordsFile?.filename ?? 'none'} report={report} />}
    />
  );
}
