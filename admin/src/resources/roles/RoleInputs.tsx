import { SelectInput, TextInput, required } from 'react-admin';
import { dataScopeChoices } from '../choices';
import { formatRules, parseRules, validateRules } from './rulesJson';

/** A role's code is fixed once created. */
export const RoleInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="code" validate={required()} disabled={!creating} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="scope" choices={dataScopeChoices} validate={required()} />
    <TextInput
      source="rules"
      multiline
      minRows={8}
      fullWidth
      format={formatRules}
      parse={parseRules}
      validate={validateRules}
      sx={{ '& textarea': { fontFamily: 'monospace' } }}
    />
  </>
);
