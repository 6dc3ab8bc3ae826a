import { useWatch } from 'react-hook-form';
import { AutocompleteArrayInput, AutocompleteInput, PasswordInput, ReferenceArrayInput, ReferenceInput, TextInput, required } from 'react-admin';

/** `creating` adds the fields only a new account has: its username and initial password. */
export function UserInputs({ creating = false }: { creating?: boolean }) {
  const orgId = useWatch({ name: 'orgId' }) as string | undefined;
  return (
    <>
      <TextInput source="username" validate={required()} disabled={!creating} />
      <TextInput source="name" validate={required()} />
      {creating ? (
        <PasswordInput source="password" validate={required()} />
      ) : (
        <PasswordInput source="password" label="gridgov.users.reset_password" helperText="gridgov.users.reset_password_help" />
      )}
      <ReferenceInput source="orgId" reference="orgs">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="phone" />
      <ReferenceArrayInput source="roleIds" reference="roles">
        <AutocompleteArrayInput />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="gridIds" reference="grids" filter={orgId ? { orgId } : {}}>
        <AutocompleteArrayInput />
      </ReferenceArrayInput>
    </>
  );
}
