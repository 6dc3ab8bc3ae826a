import { AutocompleteInput, Create, DateTimeInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { orgLevelChoices } from '../choices';

/** 下发: one submission for every org of the target level under the chosen org. */
export const RoundCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ targetLevel: 'COMMUNITY' }}>
      <ReferenceInput source="templateId" reference="formTemplates" filter={{ status: 'PUBLISHED' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <TextInput source="period" validate={required()} helperText="2026-12 · 2026Q4 · 2026H2 · 2026" />
      <ReferenceInput source="orgId" reference="orgs">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <SelectInput source="targetLevel" choices={orgLevelChoices} validate={required()} />
      <DateTimeInput source="dueAt" validate={required()} />
    </SimpleForm>
  </Create>
);
