import { Alert, Button, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { PasswordPolicyDocument, UpdatePasswordPolicyDocument, type PasswordPolicyQuery } from '../../graphql/graphql';
import { isApiError, request, type ApiErrorBody } from '../../providers/graphqlClient';

type Policy = PasswordPolicyQuery['passwordPolicy'];
const FIELDS = ['minLength', 'classes', 'history', 'expiryDays', 'initialExpiryDays', 'idleTimeoutMinutes'] as const;

/** The password and session rules; the server checks the ranges and names the field it refuses. */
export function PasswordPolicyForm() {
  const translate = useTranslate();
  const notify = useNotify();
  const [saved, setSaved] = useState<Policy | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const show = (policy: Policy) => {
    setSaved(policy);
    setValues(Object.fromEntries(FIELDS.map((f) => [f, String(policy[f])])));
  };
  useEffect(() => {
    request(PasswordPolicyDocument, {}).then(
      (r) => show(r.passwordPolicy),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [notify]);

  const save = async () => {
    if (!saved) return;
    // Only what changed is sent; blank is not a value.
    const input = Object.fromEntries(FIELDS.filter((f) => values[f] !== '' && Number(values[f]) !== saved[f]).map((f) => [f, Number(values[f])]));
    setErrors({});
    try {
      show((await request(UpdatePasswordPolicyDocument, { input })).updatePasswordPolicy);
      notify('ra.notification.updated', { messageArgs: { smart_count: 1 } });
    } catch (e) {
      if (isApiError(e, 'BAD_USER_INPUT') && e.body.errors) {
        setErrors(
          Object.fromEntries(
            Object.entries(e.body.errors as NonNullable<ApiErrorBody['errors']>).map(([k, v]) => [k, typeof v === 'string' ? v : v.serverError]),
          ),
        );
      } else notify((e as Error).message, { type: 'error' });
    }
  };

  if (!saved) return null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 480 }} className="password-policy">
      {FIELDS.map((f) => (
        <TextField
          key={f}
          name={f}
          type="number"
          size="small"
          label={translate(`gridgov.security.policy.${f}`)}
          helperText={errors[f] ?? translate(`gridgov.security.policy.${f}_help`)}
          error={!!errors[f]}
          value={values[f] ?? ''}
          onChange={(e) => setValues({ ...values, [f]: e.target.value })}
        />
      ))}
      {errors.root && !FIELDS.some((f) => errors[f]) && <Alert severity="error">{errors.root}</Alert>}
      <div>
        <Button variant="contained" onClick={save}>
          {translate('ra.action.save')}
        </Button>
      </div>
    </Stack>
  );
}
