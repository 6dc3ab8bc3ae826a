import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, required } from 'react-admin';
import { currentHalfYear, halfYearChoices } from './surveyLinks';

/** 发起测评: a questionnaire (a published form template), a half-year and an org; every grid below gets a link. */
export const SurveyRoundCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ period: currentHalfYear() }}>
      <ReferenceInput source="templateId" reference="formTemplates" filter={{ status: 'PUBLISHED' }}>
        <AutocompleteInput optionText="name" validate={required()} helperText="gridgov.surveyRounds.templateHelp" sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectInput source="period" choices={halfYearChoices()} validate={required()} helperText="gridgov.surveyRounds.periodHelp" />
      <ReferenceInput source="orgId" reference="orgs">
        <AutocompleteInput validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    </SimpleForm>
  </Create>
);
