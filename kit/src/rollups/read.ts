/**
 * Reads of rollups: every unit × period a request asks for becomes a set of document `_id`s (a
 * month's totals for each whole month, its days for a month held in part; see store.ts); those
 * the process does not keep decoded under the current stamp (cache.ts) are fetched in one query,
 * then all are summed per unit and period in code. The work depends on the units
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
import { Tally } from './counters';
import { decode, rollupCache, type Decoded } from './cache';
import { addMonths, monthsOf, seriesPeriods, type DayRange, type Every } from './periods';
import { scopedTargets } from './scope';
import { bucketDocId, daysDocId, itemsDocId, monthDocId, rollupCollection, type RollupDoc } from './store';
import { requestStamp } from './stamp';

export interface RollupAsk {
  unit: UnitSelector;
  /** Day ranges to sum separately (one Tally each). */
  periods?: DayRange[];
  /** Buckets to sum separately (one Tally each), e.g. ['open']. */
  buckets?: string[];
  /** Give the items too (the open sets): their documents are read only then. */
  items?: boolean;
}

const askKey = (a: RollupAsk) => JSON.stringify([a.unit.register, a.unit.code, a.unit.level, a.periods ?? [], a.buckets ?? [], !!a.items]);

function addTotals(into: Tally, doc: Decoded | null) {
  for (const [k, n] of doc?.totals ?? []) into.add(k, n);
}

/** The days of a month's `days` document that fall in [from, to). */
function addDayCounters(into: Tally, doc: Decoded | null, range: DayRange) {
  for (const [day, counters] of doc?.days ?? []) {
    if (day < range.from || day >= range.to) continue;
    for (const [k, n] of counters) into.add(k, n);
  }
}

function addLabels(into: Tally, doc: Decoded | null) {
  for (const [dim, v, name] of doc?.labels ?? []) into.setLabel(dim, v, name);
}

function addItems(into: Tally, doc: Decoded | null, range: DayRange | null) {
  if (!doc?.items.length) return;
  const inRange = ([, v]: [string, Record<string, unknown>]) => {
    const day = v.day as string | undefined;
    return !range || !day || (day >= range.from && day < range.to);
  };
  const part = doc.items.every(inRange) ? doc.items : doc.items.filter(inRange);
  for (const [k, v] of part) into.items.set(k, v);
  if (part.length) into.itemParts.push(part);
}

/**
 * The documents of one target over one period: each month's document (its totals when the period
 * holds the whole month; its labels always), the items of each month when asked, and the days of
 * the months the period holds only in part.
 */
function periodDocs(target: string, p: DayRange, items: boolean): { months: string[]; whole: Set<string>; days: string[]; items: string[] } {
  const out = { months: [] as string[], whole: new Set<string>(), days: [] as string[], items: [] as string[] };
  for (const m of monthsOf(p.from, p.to)) {
    const first = `${m}-01`;
    const month = monthDocId(target, first);
    out.months.push(month);
    if (items) out.items.push(itemsDocId(month));
    if (p.from <= first && p.to >= addMonths(first, 1)) out.whole.add(month);
    else out.days.push(daysDocId(target, first));
  }
  return out;
}

/** Keys of one `$in` read; the patched FerretDB answers up to 10,000 from its `_id` index. */
export const maxKeysPerRead = 10_000;

async function fetchByIds(col: ReturnType<typeof rollupCollection>, ids: string[]): Promise<RollupDoc[]> {
  const reads: Promise<RollupDoc[]>[] = [];
  for (let i = 0; i < ids.length; i += maxKeysPerRead) reads.push(col.find({ _id: { $in: ids.slice(i, i + maxKeysPerRead) } }).toArray());
  return (await Promise.all(reads)).flat();
}

/**
 * The documents `ids`, decoded: those the process keeps under the current stamp (validated by the
 * caller) from memory, the others read by `_id` in one round trip (see cache.ts for why this is exact).
 */
async function documents(conn: Connection, ids: string[], stamp: string | null): Promise<Map<string, Decoded | null>> {
  const out = new Map<string, Decoded | null>();
  if (ids.length === 0) return out;
  const cache = rollupCache(conn);
  const missing: string[] = [];
  for (const id of ids) {
    if (cache.has(id)) out.set(id, cache.get(id));
    else missing.push(id);
  }
  if (missing.length) {
    const found = new Map((await fetchByIds(rollupCollection(conn), missing)).map((d) => [d._id, decode(d)]));
    for (const id of missing) {
      const doc = found.get(id) ?? null;
      out.set(id, doc);
      cache.put(id, doc, stamp);
    }
  }
  return out;
}

/** The Tallies of one ask from its documents: one per period, then one per bucket. */
function sumOf(a: RollupAsk, plan: { periods: ReturnType<typeof periodDocs>[][]; buckets: string[][] }, doc: (id: string) => Decoded | null): Tally[] {
  const tallies: Tally[] = [];
  plan.periods.forEach((perTarget, at) => {
    const t = new Tally();
    for (const docs of perTarget) {
      for (const id of docs.months) {
        if (docs.whole.has(id)) addTotals(t, doc(id));
        addLabels(t, doc(id));
      }
      for (const id of docs.items) addItems(t, doc(id), a.periods![at]);
      for (const id of docs.days) addDayCounters(t, doc(id), a.periods![at]);
    }
    tallies.push(t);
  });
  for (const ids of plan.buckets) {
    const t = new Tally();
    for (const id of ids) {
      addTotals(t, doc(id));
      addLabels(t, doc(id));
      if (a.items) addItems(t, doc(itemsDocId(id)), null);
    }
    tallies.push(t);
  }
  return tallies;
}

/**
 * Per-request rollup reads under the caller's scope. `load(ask)` answers one Tally per period
 * (then per bucket), in order; every ask of one tick is one read of the stamp and at most one of
 * documents. What an ask summed is kept under the stamp too, by the ask and the documents it
 * covers (the caller's scope decides those), so an ask repeated while nothing is written costs the
 * stamp's read alone. The Tallies answered are then shared between requests: never change them.
 */
export function rollupReader(conn: Connection, identity: Identity) {
  const loader = batchLoader<RollupAsk, Tally[]>(askKey, async (asks) => {
    const scoped = asks.map((a) => {
      const targets = scopedTargets(identity, a.unit);
      return { targets, key: JSON.stringify([askKey(a), targets]) };
    });
    const cache = rollupCache(conn);
    // A caller who may see none of the units asked reads nothing, not even the stamp.
    // The stamp's read also refuses rollups of an older layout (stamp.ts).
    const asking = scoped.some((s) => s.targets.length > 0);
    const stamp = asking ? await requestStamp(conn) : null;
    if (asking) await cache.validate(conn, stamp);
    // Only the asks not kept are planned into documents: the date arithmetic of a plan costs more than the lookup.
    const plans = asks.map((a, i) => {
      const { targets, key } = scoped[i];
      const kept = targets.length ? cache.sum(key) : undefined;
      if (kept) return { kept };
      const periods = (a.periods ?? []).map((p) => targets.map((t) => periodDocs(t, p, !!a.items)));
      const buckets = (a.buckets ?? []).map((b) => targets.map((t) => bucketDocId(t, b)));
      return { periods, buckets };
    });
    const all = new Set<string>();
    plans.forEach((p, i) => {
      if (p.kept) return;
      for (const docs of p.periods.flat()) for (const id of [...docs.months, ...docs.days, ...docs.items]) all.add(id);
      for (const id of p.buckets.flat()) {
        all.add(id);
        if (asks[i].items) all.add(itemsDocId(id));
      }
    });
    const byId = await documents(conn, [...all], stamp);
    const doc = (id: string) => byId.get(id) ?? null;
    return asks.map((a, i) => {
      const p = plans[i];
      if (p.kept) return p.kept;
      const tallies = sumOf(a, p, doc);
      if (scoped[i].targets.length) cache.putSum(scoped[i].key, tallies, stamp);
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
