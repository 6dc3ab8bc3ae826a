import { HttpError, type DataProvider, type RaRecord, type SortPayload } from 'react-admin';
import { resourceNamed } from '../resources';
import type { ResourceApi } from './resourceApi';

function apiFor(resource: string): ResourceApi {
  const api = resourceNamed(resource)?.api;
  if (!api) throw new Error(`Unknown resource ${resource}`);
  return api;
}

function operation<K extends keyof ResourceApi>(resource: string, name: K): NonNullable<ResourceApi[K]> {
  const fn = apiFor(resource)[name];
  if (!fn) throw new Error(`${resource} does not support ${name}`);
  return fn as NonNullable<ResourceApi[K]>;
}

/** Filter form values without the blanks react-admin leaves behind. */
export const cleanFilter = (filter: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== null && v !== undefined));

function sortFor(api: ResourceApi, sort?: SortPayload) {
  const field = sort && api.sortFields[sort.field];
  return field ? [{ field, direction: sort.order === 'DESC' ? ('DESC' as const) : ('ASC' as const) }] : [];
}

async function getList(resource: string, params: { pagination?: { page: number; perPage: number }; sort?: SortPayload; filter?: Record<string, unknown> }) {
  const api = apiFor(resource);
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const { items, total } = await api.list({
    filter: cleanFilter(params.filter),
    sort: sortFor(api, params.sort),
    offset: (page - 1) * perPage,
    limit: perPage,
  });
  return { data: items, total };
}

async function getOne(resource: string, id: RaRecord['id']): Promise<RaRecord> {
  const record = await apiFor(resource).one(String(id));
  // CONTRACT: null means missing or outside the caller's scope; react-admin must see an error, not a blank record.
  if (!record) throw new HttpError(`${resource} ${id} not found`, 404, { code: 'NOT_FOUND' });
  return record;
}

export const dataProvider: DataProvider = {
  getList: async (resource, params) => (await getList(resource, params)) as never,

  getOne: async (resource, { id }) => ({ data: (await getOne(resource, id)) as never }),

  getMany: async (resource, { ids }) => {
    const api = apiFor(resource);
    if (ids.length === 0) return { data: [] };
    const data = api.filtersByIds
      ? (await api.list({ filter: { ids: ids.map(String) }, sort: [], offset: 0, limit: ids.length })).items
      : await Promise.all(ids.map((id) => getOne(resource, id)));
    return { data: data as never[] };
  },

  getManyReference: async (resource, { target, id, filter, ...rest }) => (await getList(resource, { ...rest, filter: { ...filter, [target]: id } })) as never,

  create: async (resource, { data }) => ({ data: (await operation(resource, 'create')(data)) as never }),

  update: async (resource, { id, data, previousData }) => ({
    data: (await operation(resource, 'update')(String(id), data, previousData)) as never,
  }),

  updateMany: async (resource, { ids, data }) => {
    const update = operation(resource, 'update');
    for (const id of ids) {
      const previous = await getOne(resource, id);
      await update(String(id), { ...previous, ...data }, previous);
    }
    return { data: ids };
  },

  delete: async (resource, { id, previousData }) => {
    await operation(resource, 'remove')(String(id));
    return { data: (previousData ?? { id }) as never };
  },

  deleteMany: async (resource, { ids }) => {
    const remove = operation(resource, 'remove');
    for (const id of ids) await remove(String(id));
    return { data: ids };
  },
};
