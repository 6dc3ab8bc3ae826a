import { Datagrid, FunctionField, List, NullableBooleanInput, NumberField, TextField, TextInput, useTranslate } from 'react-admin';
import type { AssessmentSchemeRowFragment } from '../../graphql/graphql';

const schemeFilters = [<TextInput key="code" source="code" alwaysOn />, <NullableBooleanInput key="published" source="published" alwaysOn />];

/** 考核方案: every revision of every scheme; the detail shows its indicators and grade bands. */
export function SchemeList() {
  const translate = useTranslate();
  return (
    <List filters={schemeFilters} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} className="assessment-schemes">
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <FunctionField
          source="periodType"
          sortable={false}
          render={(s: AssessmentSchemeRowFragment) => translate(`gridgov.assessmentSchemes.periodType.${s.periodType}`)}
        />
        <FunctionField
          source="subjectType"
          sortable={false}
          render={(s: AssessmentSchemeRowFragment) => translate(`gridgov.assessmentSchemes.subjectType.${s.subjectType}`)}
        />
        <NumberField source="revision" sortable={false} />
        <FunctionField source="publishedAt" sortable={false} render={(s: AssessmentSchemeRowFragment) => <PublishedState scheme={s} />} />
      </Datagrid>
    </List>
  );
}

export function PublishedState({ scheme }: { scheme: AssessmentSchemeRowFragment }) {
  const translate = useTranslate();
  return (
    <span className="scheme-status" data-published={scheme.publishedAt ? 'true' : 'false'}>
      {scheme.publishedAt
        ? `${translate('gridgov.assessmentSchemes.published')} ${scheme.publishedAt.slice(0, 10)}`
        : translate('gridgov.assessmentSchemes.draft')}
    </span>
  );
}
