import {
  CreateGridDocument,
  DeleteGridDocument,
  GridDocument,
  GridsDocument,
  UpdateGridDocument,
  type CreateGridInput,
  type GridFieldsFragment,
  type GridFilter,
  type GridSortField,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, ids, int, text, type ResourceApi } from '../../providers/resourceApi';

export type GridRecord = GridFieldsFragment & {
  orgId: string | null;
  parentId: string | null;
  leaderId: string | null;
  workerIds: string[];
};

const toRecord = (grid: GridFieldsFragment): GridRecord => ({
  ...grid,
  orgId: grid.org?.id ?? null,
  parentId: grid.parent?.id ?? null,
  leaderId: grid.leader?.id ?? null,
  workerIds: grid.workers.map((w) => w.id),
});

const toInput = (data: Record<string, unknown>): CreateGridInput => ({
  orgId: text(data.orgId) ?? '',
  parentId: text(data.parentId),
  number: int(data.number) ?? 0,
  name: text(data.name) ?? '',
  level: int(data.level) ?? 1,
  boundary: text(data.boundary),
  households: int(data.households),
  population: int(data.population),
  leaderId: text(data.leaderId),
  workerIds: ids(data.workerIds),
});

export const gridsApi: ResourceApi<GridRecord, GridFilter, GridSortField> = {
  sortFields: { number: 'NUMBER', name: 'NAME', level: 'LEVEL', households: 'HOUSEHOLDS', createdAt: 'CREATED_AT' },
  filtersByIds: true,
  list: async (args) => {
    const { grids } = await request(GridsDocument, args);
    return { items: grids.items.map(toRecord), total: grids.total };
  },
  one: async (id) => {
    const { grid } = await request(GridDocument, { id });
    return grid && toRecord(grid);
  },
  create: async (data) => toRecord((await request(CreateGridDocument, { input: toInput(data) })).createGrid),
  update: async (id, data, previous) => {
    const input = changed(toInput(data), toInput(previous));
    const { updateGrid } = await request(UpdateGridDocument, { id, input, version: previous.version as number });
    return toRecord(updateGrid);
  },
  remove: async (id) => (await request(DeleteGridDocument, { id })).deleteGrid,
};
