import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';

/** A key location stays in the grid it was created in; moving the grid moves it. */
export const KeyLocationInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <ReferenceInput source="gridId" reference="grids">
      <AutocompleteInput optionText="name" validate={required()} disabled={!creating} />
    </ReferenceInput>
    <TextInput source="name" validate={required()} />
    <TextInput source="kind" validate={required()} />
    <TextInput source="address" fullWidth />
    <TextInput source="notes" multiline fullWidth />
  </>
);
