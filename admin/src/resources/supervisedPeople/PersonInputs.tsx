import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { checkIdNumber } from './idNumber';
import { riskChoices, sexChoices } from './personChoices';
import { useCategoryChoices } from './useCategoryChoices';

/** A masked number shown back to a role without the field rule is left alone: it is not sent unless edited. */
const validIdNumber = (value: unknown) => {
  if (typeof value !== 'string' || value === '' || value.includes('*')) return undefined;
  const result = checkIdNumber(value);
  return result.ok ? undefined : `gridgov.supervisedPeople.idNumber.${result.key}`;
};

/** What the ID number says, under the field: the derived birth date and sex, as the server will store them. */
function IdNumberHelper() {
  const translate = useTranslate();
  const value = useWatch({ name: 'idNumber' }) as string | undefined;
  if (!value || value.includes('*')) return null;
  const result = checkIdNumber(value);
  if (!result.ok) return null;
  return <>{translate('gridgov.supervisedPeople.derived', { birthDate: result.birthDate, sex: translate(`enums.sex.${result.sex}`) })}</>;
}

/** Shared by create and edit; the grid is chosen on create and changed later only by a transfer. */
export function PersonInputs({ create = false }: { create?: boolean }) {
  const categories = useCategoryChoices();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(50)]} />
      <TextInput source="idNumber" validate={[required(), validIdNumber]} helperText={<IdNumberHelper />} />
      <SelectInput source="sex" choices={sexChoices} emptyText="gridgov.supervisedPeople.fromIdNumber" />
      <DateInput source="birthDate" helperText="gridgov.supervisedPeople.fromIdNumber" />
      <TextInput source="ethnicity" />
      <TextInput source="phone" />
      <TextInput source="address" fullWidth />
      {create && (
        <ReferenceInput source="gridId" reference="grids">
          <AutocompleteInput validate={required()} optionText={(g: { name: string; org?: { name: string } }) => `${g.org?.name ?? ''} ${g.name}`} />
        </ReferenceInput>
      )}
      <SelectInput source="categoryCode" choices={categories} validate={required()} />
      <SelectInput source="riskLevel" choices={riskChoices} validate={required()} />
      <DateInput source="supervisionStart" />
      <DateInput source="supervisionEnd" />
      <ReferenceInput source="responsibleId" reference="users">
        <AutocompleteInput />
      </ReferenceInput>
      <TextInput source="offenceSummary" multiline minRows={2} fullWidth />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
