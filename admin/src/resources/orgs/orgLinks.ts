/** List URLs for drilling through the org tree and over to an org's grids. */
export const childrenOf = (orgId: string) => `/orgs?filter=${encodeURIComponent(JSON.stringify({ parentId: orgId }))}`;
export const gridsOf = (orgId: string) => `/grids?filter=${encodeURIComponent(JSON.stringify({ orgId }))}`;
