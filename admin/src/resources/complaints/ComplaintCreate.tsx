import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';

const SOURCES = ['hotline', 'letter', 'visit', 'online'] as const;
const today = () => new Date().toISOString().slice(0, 10);

/** 登记投诉: about one grid worker (it counts towards their flags once substantiated) or about a grid. */
export function ComplaintCreate() {
  const translate = useTranslate();
  const sources = SOURCES.map((s) => translate(`gridgov.complaints.sources.${s}`)).map((name) => ({ id: name, name }));
  const oneOf = (values: Record<string, unknown>) => (!values.userId === !values.gridId ? { userId: 'gridgov.complaints.whoRequired' } : {});
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ date: today(), source: sources[0]!.id }} validate={oneOf}>
        <ReferenceInput source="userId" reference="users">
          <AutocompleteInput optionText="name" sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <ReferenceInput source="gridId" reference="grids">
          <AutocompleteInput optionText="name" sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <DateInput source="date" validate={required()} />
        <AutocompleteInput source="source" choices={sources} validate={required()} onCreate={(name) => ({ id: name, name })} sx={{ minWidth: 240 }} />
        <TextInput source="text" multiline minRows={3} validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
}
