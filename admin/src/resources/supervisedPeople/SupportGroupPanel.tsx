import DeleteIcon from '@mui/icons-material/Delete';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Alert, IconButton, Table, TableBody, TableCell, TableRow } from '@mui/material';
import {
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { RemoveSupportGroupMemberDocument, SetSupportGroupMemberDocument, type HelperRole } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { FormDialog } from './FormDialog';
import { helperRoleChoices } from './personChoices';
import type { PersonRecord } from './supervisedPeopleApi';

function MemberInputs() {
  const kind = useWatch({ name: 'kind' }) as string;
  return (
    <>
      <SelectInput source="role" label="gridgov.supervisedPeople.group.role" choices={helperRoleChoices} validate={required()} />
      <RadioButtonGroupInput
        source="kind"
        label={false}
        choices={[
          { id: 'user', name: 'gridgov.supervisedPeople.group.account' },
          { id: 'contact', name: 'gridgov.supervisedPeople.group.contact' },
        ]}
      />
      {kind === 'user' ? (
        <ReferenceInput source="userId" reference="users">
          <AutocompleteInput label="gridgov.supervisedPeople.group.account" validate={required()} fullWidth />
        </ReferenceInput>
      ) : (
        <>
          <TextInput source="contact.name" label="gridgov.supervisedPeople.group.name" validate={required()} />
          <TextInput source="contact.phone" label="gridgov.supervisedPeople.group.phone" />
          <TextInput source="contact.relation" label="gridgov.supervisedPeople.group.relation" />
        </>
      )}
    </>
  );
}

/** The "五帮一" group: its members, what the required composition still lacks, and adding or removing helpers. */
export function SupportGroupPanel() {
  const person = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canUpdate } = useCanAccess({ action: 'edit', resource: 'supervisedPeople' });
  const group = person?.supportGroup;
  if (!person || !group) return null;
  const remove = async (memberId: string) => {
    try {
      await request(RemoveSupportGroupMemberDocument, { personId: person.id, memberId });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      {group.missingRoles.length > 0 ? (
        <Alert severity="warning">
          {translate('gridgov.supervisedPeople.group.missing', { roles: group.missingRoles.map((r) => translate(`enums.helperRole.${r}`)).join('、') })}
        </Alert>
      ) : (
        <Alert severity="success">{translate('gridgov.supervisedPeople.group.complete')}</Alert>
      )}
      <Table size="small">
        <TableBody>
          {group.members.map((m) => (
            <TableRow key={m.id}>
              <TableCell>{translate(`enums.helperRole.${m.role}`)}</TableCell>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.relation ?? ''}</TableCell>
              <TableCell>{m.phone ?? ''}</TableCell>
              <TableCell align="right">
                {canUpdate && (
                  <IconButton size="small" aria-label={translate('ra.action.delete')} onClick={() => remove(m.id)}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {canUpdate && (
        <FormDialog
          label="gridgov.supervisedPeople.group.add"
          title="gridgov.supervisedPeople.group.add"
          icon={<GroupAddIcon />}
          defaultValues={{ role: group.missingRoles[0] ?? 'VOLUNTEER', kind: 'contact' }}
          onSubmit={(v) => {
            const contact = v.contact as { name?: string; phone?: string; relation?: string } | undefined;
            return request(SetSupportGroupMemberDocument, {
              personId: person.id,
              role: v.role as HelperRole,
              ...(v.kind === 'user'
                ? { userId: String(v.userId) }
                : { contact: { name: contact?.name ?? '', phone: contact?.phone ?? null, relation: contact?.relation ?? null } }),
            });
          }}
        >
          <MemberInputs />
        </FormDialog>
      )}
    </>
  );
}
