import {
  CreateDictionaryDocument,
  DeleteDictionaryDocument,
  DictionariesDocument,
  DictionaryDocument,
  UpdateDictionaryDocument,
  type CreateDictionaryInput,
  type DictionaryFieldsFragment,
  type DictionaryFilter,
  type DictionarySortField,
  type UpdateDictionaryInput,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, int, text, type ResourceApi } from '../../providers/resourceApi';

const toUpdateInput = (data: Record<string, unknown>): UpdateDictionaryInput => ({
  name: text(data.name) ?? '',
  sort: int(data.sort) ?? 0,
  enabled: data.enabled !== false,
});

export const dictionariesApi: ResourceApi<DictionaryFieldsFragment, DictionaryFilter, DictionarySortField> = {
  sortFields: { type: 'TYPE', code: 'CODE', sort: 'SORT' },
  filtersByIds: true,
  list: async (args) => (await request(DictionariesDocument, args)).dictionaries,
  one: async (id) => (await request(DictionaryDocument, { id })).dictionary,
  create: async (data) => {
    const input: CreateDictionaryInput = {
      ...toUpdateInput(data),
      name: text(data.name) ?? '',
      type: text(data.type) ?? '',
      code: text(data.code) ?? '',
    };
    return (await request(CreateDictionaryDocument, { input })).createDictionary;
  },
  update: async (id, data, previous) => {
    const input = changed(toUpdateInput(data), toUpdateInput(previous));
    return (await request(UpdateDictionaryDocument, { id, input, version: previous.version as number })).updateDictionary;
  },
  remove: async (id) => (await request(DeleteDictionaryDocument, { id })).deleteDictionary,
};
