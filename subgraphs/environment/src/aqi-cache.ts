/**
 * AQI documents through the kit's stamp cache (kit/src/rollups/cache.ts), for the figures a
 * dashboard asks again at every refresh: ingest renews the stamp after it writes them
 * (reading-days.ts), so documents kept under the stamp a reader finds are the stored ones, and a
 * repeated question reads the stamp alone. They are kept as the cache's keyed items (hours of a day
 * document, days of a month document), which is what the cache sizes its memory by.
 */
import type { Connection, Model } from 'mongoose';
import { rollupCache, rollupCollection, stampId, type Decoded } from '@ioc/kit';
import type { AqiDoc } from './models';

const cacheKey = (id: string) => `aqi|${id}`;
/** `station|YYYY-MM-DD` holds hours; `station|YYYY-MM` days. */
const isDayDoc = (id: string) => id.length - id.lastIndexOf('|') === 11;

const encode = (doc: AqiDoc): Decoded => ({ totals: [], days: [], labels: [], items: Object.entries(doc.h ?? doc.d ?? {}) });

function decode(id: string, doc: Decoded | null): AqiDoc | null {
  if (!doc) return null;
  // The items are the stored entries as `encode` took them.
  const entries: unknown = Object.fromEntries(doc.items);
  return isDayDoc(id) ? { _id: id, h: entries as AqiDoc['h'] } : { _id: id, d: entries as AqiDoc['d'] };
}

/** The documents `ids` (null where none): the stamp, then one `_id $in` read of those not kept. */
export async function cachedAqiDocs(conn: Connection, Aqi: Model<AqiDoc>, ids: readonly string[]): Promise<(AqiDoc | null)[]> {
  const cache = rollupCache(conn);
  cache.validate((await rollupCollection(conn).findOne({ _id: stampId }))?.v ?? null);
  const missing = new Set(ids.filter((id) => !cache.has(cacheKey(id))));
  const found = new Map(missing.size ? (await Aqi.find({ _id: { $in: [...missing] } }).lean<AqiDoc[]>()).map((d) => [d._id, d]) : []);
  for (const id of missing) cache.put(cacheKey(id), found.has(id) ? encode(found.get(id)!) : null);
  return ids.map((id) => (missing.has(id) ? (found.get(id) ?? null) : decode(id, cache.get(cacheKey(id)))));
}
