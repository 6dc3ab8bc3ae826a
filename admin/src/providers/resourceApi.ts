import type { RaRecord } from 'react-admin';

export interface ListArgs<TFilter, TSortField extends string> {
  filter: TFilter;
  sort: { field: TSortField; direction: 'ASC' | 'DESC' }[];
  offset: number;
  limit: number;
}

/** How the data provider reaches one resource: CONTRACT's list/read/create/update/delete, already typed. */
export interface ResourceApi<TRecord extends RaRecord = RaRecord, TFilter = object, TSortField extends string = string> {
  /** react-admin sort field → the resource's sort enum value */
  sortFields: Partial<Record<string, TSortField>>;
  /** false when the list filter has no `ids`: getMany then reads one by one */
  filtersByIds: boolean;
  list(args: ListArgs<TFilter, TSortField>): Promise<{ items: TRecord[]; total: number }>;
  one(id: string): Promise<TRecord | null>;
  create?(data: Record<string, unknown>): Promise<TRecord>;
  /** `data` and `previous` are whole form records; only changed input fields go to the server. */
  update?(id: string, data: Record<string, unknown>, previous: Record<string, unknown>): Promise<TRecord>;
  remove?(id: string): Promise<string>;
}

/** Form text → trimmed string, with blank meaning "none". */
export const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export const int = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The keys of `next` whose values differ from `previous`, so an update sends only what the user changed. */
export function changed<T extends object>(next: T, previous: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(previous[key])) out[key] = next[key];
  }
  return out;
}
