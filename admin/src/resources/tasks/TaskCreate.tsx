import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { useDictionaryChoices } from './taskChoices';

/** 事件上报: a grid worker reports what they found in one of their grids. */
export function TaskCreate() {
  const categories = useDictionaryChoices('EVENT_CATEGORY');
  const components = useDictionaryChoices('COMPONENT_TYPE');
  return (
    <Create redirect="show" title="gridgov.tasks.report">
      <SimpleForm>
        <ReferenceInput source="gridId" reference="grids">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <TextInput source="title" validate={required()} />
        <SelectInput source="categoryCode" choices={categories} />
        <SelectInput source="componentCode" choices={components} />
        <TextInput source="location" />
        <TextInput source="description" multiline minRows={3} />
      </SimpleForm>
    </Create>
  );
}
