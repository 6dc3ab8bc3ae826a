import { Typography } from '@mui/material';
import { Edit, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { RoleInputs } from './RoleInputs';

/** Built-in roles are code, rewritten at every start: their form shows the rules but offers no save. */
function RoleToolbar() {
  const role = useRecordContext<{ builtIn?: boolean }>();
  const translate = useTranslate();
  if (!role?.builtIn) return <Toolbar />;
  return (
    <Toolbar>
      <Typography variant="body2">{translate('gridgov.roles.builtInReadOnly')}</Typography>
    </Toolbar>
  );
}

export const RoleEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<RoleToolbar />}>
      <RoleInputs />
    </SimpleForm>
  </Edit>
);
