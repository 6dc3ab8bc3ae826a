import LockResetIcon from '@mui/icons-material/LockReset';
import { Avatar, Box, Card, CardContent, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, required, useAuthenticated, useGetIdentity, useNotify, useRedirect, useTranslate } from 'react-admin';
import { ChangePasswordDocument } from '../graphql/graphql';
import { forgetMe } from '../providers/authProvider';
import { isApiError, request } from '../providers/graphqlClient';

interface PasswordForm {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Reached after a sign-in with a forced change, or whenever the API answers PASSWORD_CHANGE_REQUIRED. */
export function ChangePasswordPage() {
  useAuthenticated();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { identity } = useGetIdentity();

  const matchesNew = (value: string, values: PasswordForm) => (value === values.newPassword ? undefined : translate('gridgov.auth.mismatch'));

  const submit = async (values: Record<string, unknown>) => {
    const { oldPassword, newPassword } = values as unknown as PasswordForm;
    try {
      await request(ChangePasswordDocument, { oldPassword, newPassword });
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT') && error.body.errors) return error.body.errors;
      notify((error as Error).message, { type: 'error' });
      return;
    }
    forgetMe();
    notify('gridgov.auth.changed', { type: 'success' });
    redirect('/');
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 380 }}>
        <CardContent>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', mb: 2 }}>
            <Avatar sx={{ bgcolor: 'secondary.main', mb: 1 }}>
              <LockResetIcon />
            </Avatar>
            <Typography variant="h6">{translate('gridgov.auth.change_password')}</Typography>
            {identity?.mustChangePassword && (
              <Typography variant="body2" color="text.secondary">
                {translate('gridgov.auth.must_change')}
              </Typography>
            )}
          </Box>
          <Form onSubmit={submit}>
            <PasswordInput source="oldPassword" label="gridgov.auth.old_password" validate={required()} fullWidth />
            <PasswordInput source="newPassword" label="gridgov.auth.new_password" validate={required()} fullWidth />
            <PasswordInput source="confirmPassword" label="gridgov.auth.confirm_password" validate={[required(), matchesNew]} fullWidth />
            <SaveButton label="gridgov.auth.change_password" fullWidth alwaysEnable />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
