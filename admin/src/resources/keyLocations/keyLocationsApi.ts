import {
  CreateKeyLocationDocument,
  DeleteKeyLocationDocument,
  KeyLocationDocument,
  KeyLocationsDocument,
  UpdateKeyLocationDocument,
  type CreateKeyLocationInput,
  type KeyLocationFieldsFragment,
  type KeyLocationFilter,
  type KeyLocationSortField,
  type UpdateKeyLocationInput,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, text, type ResourceApi } from '../../providers/resourceApi';

const toUpdateInput = (data: Record<string, unknown>): UpdateKeyLocationInput => ({
  name: text(data.name) ?? '',
  kind: text(data.kind) ?? '',
  address: text(data.address) ?? '',
  notes: text(data.notes) ?? '',
});

/** The list's rows carry their grid's id as `gridId`, the field the forms edit. */
const withGridId = <T extends KeyLocationFieldsFragment | null | undefined>(row: T) => row && { ...row, gridId: row.grid?.id ?? null };

export const keyLocationsApi: ResourceApi<KeyLocationFieldsFragment, KeyLocationFilter, KeyLocationSortField> = {
  sortFields: { name: 'NAME', kind: 'KIND', createdAt: 'CREATED_AT' },
  filtersByIds: true,
  list: async (args) => {
    const page = (await request(KeyLocationsDocument, args)).keyLocations;
    return { ...page, items: page.items.map(withGridId) };
  },
  one: async (id) => withGridId((await request(KeyLocationDocument, { id })).keyLocation),
  create: async (data) => {
    const input: CreateKeyLocationInput = {
      ...toUpdateInput(data),
      name: text(data.name) ?? '',
      kind: text(data.kind) ?? '',
      gridId: String(data.gridId ?? ''),
    };
    return withGridId((await request(CreateKeyLocationDocument, { input })).createKeyLocation);
  },
  update: async (id, data, previous) => {
    const input = changed(toUpdateInput(data), toUpdateInput(previous));
    return withGridId((await request(UpdateKeyLocationDocument, { id, input, version: previous.version as number })).updateKeyLocation);
  },
  remove: async (id) => (await request(DeleteKeyLocationDocument, { id })).deleteKeyLocation,
};
