import GridOnIcon from '@mui/icons-material/GridOn';
import { Box, Typography } from '@mui/material';
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
  useTranslate,
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

/** A leaf of the tree (a community, a grid worker's own org): say so and lead on to its grids. */
function NoChildOrgs() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
      <Typography variant="body2">{translate('gridgov.orgs.no_children')}</Typography>
      {filterValues.parentId && (
        <Button component={LinkBase} to={gridsOf(String(filterValues.parentId))} label="gridgov.orgs.grids">
          <GridOnIcon />
        </Button>
      )}
    </Box>
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
      <Datagrid rowClick={(id) => childrenOf(String(id))} bulkActionButtons={false} empty={<NoChildOrgs />}>
        <TextField source="name" />
        <TextField source="code" />
        <SelectField source="level" choices={orgLevelChoices} />
        <GridsOfOrgButton />
        <EditButton />
      </Datagrid>
    </List>
  );
}
