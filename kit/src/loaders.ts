import DataLoader from 'dataloader';

/**
 * A DataLoader whose keys are objects: `key` makes the cache key, `load` fetches a whole batch
 * and returns the values in key order (undefined → null).
 */
export function batchLoader<K, V>(key: (k: K) => string, load: (keys: readonly K[]) => Promise<(V | null | undefined)[]>): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(async (keys) => (await load(keys)).map((v) => v ?? null), { cacheKeyFn: key });
}

/** Batch helper: index fetched rows by a key and answer each requested key (null when absent). */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOfKey: (k: K) => string, keyOfRow: (r: R) => string): (R | null)[] {
  const index = new Map(rows.map((r) => [keyOfRow(r), r] as const));
  return keys.map((k) => index.get(keyOfKey(k)) ?? null);
}

/** Batch helper: group fetched rows by a key; every requested key gets a (possibly empty) list. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOfKey: (k: K) => string, keyOfRow: (r: R) => string): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = keyOfRow(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return keys.map((k) => groups.get(keyOfKey(k)) ?? []);
}
