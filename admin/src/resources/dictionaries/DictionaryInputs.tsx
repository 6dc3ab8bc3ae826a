import { BooleanInput, NumberInput, TextInput, required } from 'react-admin';

/** An entry's list and code identify it: they are set once, at creation. */
export const DictionaryInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="type" validate={required()} disabled={!creating} />
    <TextInput source="code" validate={required()} disabled={!creating} />
    <TextInput source="name" validate={required()} />
    <NumberInput source="sort" />
    <BooleanInput source="enabled" />
  </>
);
