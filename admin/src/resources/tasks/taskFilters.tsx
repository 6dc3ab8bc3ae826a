import { BooleanInput, SelectArrayInput, TextInput } from 'react-admin';
import { statusChoices } from './taskChoices';

export const taskFilters = [
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <TextInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={statusChoices} />,
];
