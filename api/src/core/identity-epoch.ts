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
 * A cache of at most `capacity` entries, valid within one identity epoch. `loadMany` reads the keys it
 * does not hold in one call of `read`, and keeps what it finds only if no newer epoch was read meanwhile
 * (the value may predate the change); a key `read` does not find answers null and is not kept.
 */
export function epochMap<K, V>(capacity: number) {
  const map = new Map<K, V>();
  maps.add(new WeakRef(map as Map<unknown, unknown>));
  return {
    async loadMany(keys: readonly K[], read: (missing: K[]) => Promise<Map<K, V>>): Promise<(V | null)[]> {
      const missing = keys.filter((k) => !map.has(k));
      const since = newest;
      const found = missing.length ? await read(missing) : new Map<K, V>();
      if (since === newest)
        for (const [key, value] of found) {
          if (map.size >= capacity) map.clear();
          map.set(key, value);
        }
      return keys.map((k) => map.get(k) ?? found.get(k) ?? null);
    },
  };
}
