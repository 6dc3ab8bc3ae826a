import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { orgLevelChoices } from '../choices';

export const OrgInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="code" />
    <SelectInput source="level" choices={orgLevelChoices} validate={required()} />
    <ReferenceInput source="parentId" reference="orgs">
      <AutocompleteInput />
    </ReferenceInput>
  </>
);
