/**
 * The identity epoch (`identity.epoch`, bumped at commit whenever accounts, roles, grids or orgs change
 * what a caller is or where an org sits) as last read by a request of this process: each signed-in
 * request reads it in its first statement. Maps made by `epochMap` hold facts derived from those tables
 * and are emptied as soon as a request reads a newer epoch, so no request that started after a change
 * uses what was cached before it.
 */
let newest = -1n;
const maps = new Set<WeakRef<Map<unknown, unknown>>>();

export function epochRead(epoch: string): void {
  const n = BigInt(epoch);
  if (n <= newest) return;
  newest = n;
  for (const ref of maps) {
    const map = ref.deref();
    if (map) map.clear();
    else maps.delete(ref);
  }
}

/**
 * A cache of at most `capacity` entries, valid within one identity epoch. What `read` finds is kept
 * only if no newer epoch was read meanwhile (the value may predate the change), and never a null.
 * `loadMany` reads the keys it does not hold in one call.
 */
export function epochMap<K, V>(capacity: number) {
  const map = new Map<K, V>();
  maps.add(new WeakRef(map as Map<unknown, unknown>));
  const loadMany = async (keys: readonly K[], read: (missing: K[]) => Promise<Map<K, V>>): Promise<(V | null)[]> => {
    const missing = keys.filter((k) => !map.has(k));
    let found = new Map<K, V>();
    if (missing.length) {
      const since = newest;
      found = await read(missing);
      if (since === newest)
        for (const [key, value] of found) {
          if (map.size >= capacity) map.clear();
          map.set(key, value);
        }
    }
    return keys.map((k) => map.get(k) ?? found.get(k) ?? null);
  };
  return {
    loadMany,
    async load(key: K, read: () => Promise<V | null>): Promise<V | null> {
      const [value] = await loadMany([key], async () => {
        const v = await read();
        return new Map(v === null ? [] : [[key, v]]);
      });
      return value ?? null;
    },
  };
}
