import { useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { gridLevelChoices } from '../choices';

/** Shared by create and edit; parent grid, leader and workers are offered from the chosen community. */
export function GridInputs() {
  const orgId = useWatch({ name: 'orgId' }) as string | undefined;
  const inOrg = orgId ? { orgId } : {};
  return (
    <>
      <ReferenceInput source="orgId" reference="orgs" filter={{ level: 'COMMUNITY' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <NumberInput source="number" validate={[required(), minValue(1)]} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="level" choices={gridLevelChoices} validate={required()} />
      <ReferenceInput source="parentId" reference="grids" filter={inOrg}>
        <AutocompleteInput />
      </ReferenceInput>
      <NumberInput source="households" validate={minValue(0)} />
      <NumberInput source="population" validate={minValue(0)} />
      <TextInput source="boundary" multiline minRows={2} />
      <ReferenceInput source="leaderId" reference="users" filter={inOrg}>
        <AutocompleteInput />
      </ReferenceInput>
      <ReferenceArrayInput source="workerIds" reference="users" filter={inOrg}>
        <AutocompleteArrayInput />
      </ReferenceArrayInput>
    </>
  );
}
