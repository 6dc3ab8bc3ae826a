import { Breadcrumbs, Typography } from '@mui/material';
import { Link, useGetOne, useListContext } from 'react-admin';
import type { OrgRecord } from './orgsApi';
import { childrenOf } from './orgLinks';

/** Where the list stands in the tree: the ancestors of the org whose children are listed, each a link up. */
export function OrgBreadcrumb() {
  const { filterValues } = useListContext();
  const parentId = filterValues.parentId as string | undefined;
  const { data: parent } = useGetOne<OrgRecord>('orgs', { id: parentId ?? '' }, { enabled: !!parentId });
  if (!parent) return null;
  return (
    <Breadcrumbs sx={{ px: 2, py: 1 }}>
      {parent.ancestors.map((org) => (
        <Link key={org.id} to={childrenOf(org.id)}>
          {org.name}
        </Link>
      ))}
      <Typography color="text.primary">{parent.name}</Typography>
    </Breadcrumbs>
  );
}
