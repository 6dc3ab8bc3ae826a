/**
 * The identity epoch (`identity.epoch`, bumped at commit whenever accounts, roles, grids or orgs change
 * what a caller is or where an org sits) as last read by a request on a database: each signed-in request
 * reads it in its first statement. Maps made by `epochMap` hold facts derived from those tables and are
 * emptied as soon as a request reads a newer epoch, so no request that started after a change uses what
 * was cached before it. Each database (a MikroORM instance, known by the configuration its entity
 * managers share) has its own epoch and maps: two databases in one process, as in the tests, number
 * their epochs independently and must never share facts.
 */

/** Anything that names its database: every EntityManager forked from one MikroORM instance shares `config`. */
export interface OnDatabase {
  readonly config: object;
}

interface Epoch {
  newest: bigint;
  /** Each epoch map's entries on this database, by the map. */
  maps: Map<object, Map<unknown, unknown>>;
}

const epochs = new WeakMap<object, Epoch>();

function epochOf(db: OnDatabase): Epoch {
  let epoch = epochs.get(db.config);
  if (!epoch) epochs.set(db.config, (epoch = { newest: -1n, maps: new Map() }));
  return epoch;
}

export function epochRead(db: OnDatabase, epoch: string): void {
  const n = BigInt(epoch);
  const state = epochOf(db);
  if (n <= state.newest) return;
  state.newest = n;
  for (const map of state.maps.values()) map.clear();
}

/**
 * A cache of at most `capacity` entries per database, valid within one identity epoch. `loadMany` reads
 * the keys it does not hold in one call of `read`, and keeps what it finds only if no newer epoch was
 * read meanwhile (the value may predate the change); a key `read` does not find answers null and is not kept.
 */
export function epochMap<K, V>(capacity: number) {
  const owner = {};
  return {
    async loadMany(db: OnDatabase, keys: readonly K[], read: (missing: K[]) => Promise<Map<K, V>>): Promise<(V | null)[]> {
      const state = epochOf(db);
      let map = state.maps.get(owner) as Map<K, V> | undefined;
      if (!map) state.maps.set(owner, (map = new Map<K, V>()) as Map<unknown, unknown>);
      const missing = keys.filter((k) => !map.has(k));
      const since = state.newest;
      const found = missing.length ? await read(missing) : new Map<K, V>();
      if (since === state.newest)
        for (const [key, value] of found) {
          if (map.size >= capacity) map.clear();
          map.set(key, value);
        }
      return keys.map((k) => map.get(k) ?? found.get(k) ?? null);
    },
  };
}
