import type { DataScope, OrgLevel } from '../graphql/graphql';

const ORG_LEVELS: OrgLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY', 'DEPARTMENT'];
const DATA_SCOPES: DataScope[] = ['ALL', 'ORG_SUBTREE', 'ORG', 'GRID', 'SELF'];

/** Choices whose names are translation keys; react-admin translates them. */
export const orgLevelChoices = ORG_LEVELS.map((id) => ({ id, name: `enums.orgLevel.${id}` }));
export const dataScopeChoices = DATA_SCOPES.map((id) => ({ id, name: `enums.dataScope.${id}` }));
export const gridLevelChoices = [1, 2, 3].map((id) => ({ id, name: `enums.gridLevel.${id}` }));
