import { DateTimeInput, NullableBooleanInput, TextInput } from 'react-admin';

export const auditLogFilters = [
  <TextInput key="operation" source="operation" alwaysOn />,
  <TextInput key="targetType" source="targetType" />,
  <TextInput key="targetId" source="targetId" />,
  <DateTimeInput key="from" source="from" />,
  <DateTimeInput key="to" source="to" />,
  <NullableBooleanInput key="success" source="success" />,
];
