/**
 * Reads of rollups: every unit × period a request asks for becomes a set of document `_id`s,
 * fetched in one query, then summed per unit and period in code. The work depends on the units
 * and months asked, never on how many raw records exist.
 *
 * Documents are fetched with `{_id: {$in}}`, an index lookup on MongoDB and on the hub's patched
 * FerretDB (scripts/ferretdb/README.md; measured there: 500 keys in ~0.13 s at any collection
 * size), in batches of at most `maxKeysPerRead` keys, the most the patched server looks up by index.
 */
import type { Connection } from 'mongoose';
import { batchLoader } from '../loaders';
import type { Identity } from '../identity';
import type { UnitSelector } from '../units';
import { decodeName, Tally } from './counters';
import { monthsOf, seriesPeriods, type DayRange, type Every } from './periods';
import { scopedTargets } from './scope';
import { bucketDocId, rollupCollection, type RollupDoc } from './store';

export interface RollupAsk {
  unit: UnitSelector;
  /** Day ranges to sum separately (one Tally each). */
  periods?: DayRange[];
  /** Buckets to sum separately (one Tally each), e.g. ['open']. */
  buckets?: string[];
  /** Read the documents' items too (the open sets); skipped otherwise, to keep reads light. */
  items?: boolean;
}

const askKey = (a: RollupAsk) => JSON.stringify([a.unit.register, a.unit.code, a.unit.level, a.periods ?? [], a.buckets ?? [], !!a.items]);

function addDoc(into: Tally, doc: RollupDoc, range: DayRange | null, items: boolean) {
  const month = doc._id.slice(doc._id.lastIndexOf('|') + 1);
  if (range) {
    for (const [dd, counters] of Object.entries(doc.d ?? {})) {
      const day = `${month}-${dd}`;
      if (day < range.from || day >= range.to) continue;
      for (const [k, n] of Object.entries(counters)) into.add(decodeName(k), n);
    }
  } else {
    for (const [k, n] of Object.entries(doc.t ?? {})) into.add(decodeName(k), n);
  }
  if (items) {
    for (const [k, v] of Object.entries(doc.i ?? {})) {
      const day = v.day as string | undefined;
      if (range && day && (day < range.from || day >= range.to)) continue;
      into.items.set(decodeName(k), v);
    }
  }
  for (const [dim, values] of Object.entries(doc.n ?? {})) {
    for (const [v, name] of Object.entries(values)) into.setLabel(decodeName(dim), decodeName(v), name);
  }
}

/** Keys of one `$in` read; the patched FerretDB answers up to 10,000 from its `_id` index. */
export const maxKeysPerRead = 10_000;

async function fetchByIds(col: ReturnType<typeof rollupCollection>, ids: string[], projection: Record<string, 0>): Promise<RollupDoc[]> {
  const reads: Promise<RollupDoc[]>[] = [];
  for (let i = 0; i < ids.length; i += maxKeysPerRead) reads.push(col.find({ _id: { $in: ids.slice(i, i + maxKeysPerRead) } }, { projection }).toArray());
  return (await Promise.all(reads)).flat();
}

/**
 * Per-request rollup reads under the caller's scope. `load(ask)` answers one Tally per period
 * (then per bucket), in order; every ask of one tick is one database query.
 */
export function rollupReader(conn: Connection, identity: Identity) {
  const loader = batchLoader<RollupAsk, Tally[]>(askKey, async (asks) => {
    const plans = asks.map((a) => {
      const targets = scopedTargets(identity, a.unit);
      const ids = new Set<string>();
      for (const t of targets) {
        for (const p of a.periods ?? []) for (const m of monthsOf(p.from, p.to)) ids.add(`${t}|${m}`);
        for (const b of a.buckets ?? []) ids.add(bucketDocId(t, b));
      }
      return { targets, ids };
    });
    const all = [...new Set(plans.flatMap((p) => [...p.ids]))];
    const projection: Record<string, 0> = asks.some((a) => a.items) ? {} : { i: 0 };
    const docs = await fetchByIds(rollupCollection(conn), all, projection);
    const byId = new Map(docs.map((d) => [d._id, d]));
    return asks.map((a, i) => {
      const { targets } = plans[i];
      const tallies: Tally[] = [];
      for (const p of a.periods ?? []) {
        const t = new Tally();
        for (const target of targets)
          for (const m of monthsOf(p.from, p.to)) {
            const doc = byId.get(`${target}|${m}`);
            if (doc) addDoc(t, doc, p, !!a.items);
          }
        tallies.push(t);
      }
      for (const b of a.buckets ?? []) {
        const t = new Tally();
        for (const target of targets) {
          const doc = byId.get(bucketDocId(target, b));
          if (doc) addDoc(t, doc, null, !!a.items);
        }
        tallies.push(t);
      }
      return tallies;
    });
  });
  return {
    load: async (ask: RollupAsk): Promise<Tally[]> => (await loader.load(ask)) ?? [],
    /** The figures of [from, to) cut into `every` periods, each with its range, plus the whole. */
    series: async (unit: UnitSelector, range: DayRange, every: Every, items = false) => {
      const periods = seriesPeriods(range.from, range.to, every);
      const tallies = await loader.load({ unit, periods, items });
      return periods.map((p, i) => ({ ...p, tally: tallies![i] }));
    },
  };
}

export type RollupReader = ReturnType<typeof rollupReader>;
