import { useEffect, useState } from 'react';
import { DictionariesDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import type { FormOption } from './formModel';

/** The enabled entries of each dictionary type the template names, as select options. */
export function useDictionaryOptions(types: readonly string[]): Record<string, FormOption[]> {
  const [options, setOptions] = useState<Record<string, FormOption[]>>({});
  const wanted = [...new Set(types.filter(Boolean))].sort().join(',');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    Promise.all(
      wanted.split(',').map(async (type) => {
        const { dictionaries } = await request(DictionariesDocument, {
          filter: { type, enabled: true },
          sort: [{ field: 'SORT', direction: 'ASC' }],
          offset: 0,
          limit: 200,
        });
        return [type, dictionaries.items.map((d) => ({ value: d.code, label: d.name }))] as const;
      }),
    ).then(
      (entries) => live && setOptions(Object.fromEntries(entries)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return options;
}
