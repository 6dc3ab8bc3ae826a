import { ArrayField, ChipField, Datagrid, EditButton, List, SingleFieldList, TextField } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { useEditRowClick } from '../useEditRowClick';
import { userFilters } from './userFilters';

export function UserList() {
  const rowClick = useEditRowClick();
  return (
    <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="name" />
        <TextField source="org.name" label="resources.users.fields.orgId" sortable={false} />
        <ArrayField source="roles" label="resources.users.fields.roleIds" sortable={false}>
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="phone" sortable={false} emptyText="—" />
        <LocaleDateField source="lastLoginAt" showTime emptyText="—" />
        <LocaleDateField source="lockedUntil" showTime sortable={false} emptyText="—" />
        <EditButton />
      </Datagrid>
    </List>
  );
}
