import GridOnIcon from '@mui/icons-material/GridOn';
import type { MouseEvent } from 'react';
import {
  Button,
  CreateButton,
  Datagrid,
  EditButton,
  LinkBase,
  List,
  SelectField,
  TextField,
  TopToolbar,
  useGetIdentity,
  useListContext,
  useRecordContext,
} from 'react-admin';
import { orgLevelChoices } from '../choices';
import { OrgBreadcrumb } from './OrgBreadcrumb';
import { orgFilters } from './orgFilters';
import { childrenOf, gridsOf } from './orgLinks';
import type { OrgRecord } from './orgsApi';

function OrgListActions() {
  const { filterValues } = useListContext();
  return (
    <TopToolbar>
      <CreateButton state={{ record: { parentId: filterValues.parentId } }} />
    </TopToolbar>
  );
}

function GridsOfOrgButton() {
  const org = useRecordContext<OrgRecord>();
  if (!org) return null;
  return (
    <Button component={LinkBase} to={gridsOf(org.id)} label="gridgov.orgs.grids" onClick={(e: MouseEvent) => e.stopPropagation()}>
      <GridOnIcon />
    </Button>
  );
}

/** The org tree, one level at a time: it starts at the caller's own org and a row click opens its children. */
export function OrgList() {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <List
      filters={orgFilters}
      filterDefaultValues={identity ? { parentId: identity.orgId } : undefined}
      sort={{ field: 'code', order: 'ASC' }}
      actions={<OrgListActions />}
      exporter={false}
    >
      <OrgBreadcrumb />
      <Datagrid rowClick={(id) => childrenOf(String(id))} bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="code" />
        <SelectField source="level" choices={orgLevelChoices} />
        <GridsOfOrgButton />
        <EditButton />
      </Datagrid>
    </List>
  );
}
