/**
 * Values a sector computes from a read's Tally (an index of its open items, figures by facility),
 * kept with the Tally. A read's Tallies are kept under the rollup stamp and shared while nothing is
 * written (read.ts), so a value kept here is exact for as long as its Tally is answered, and goes
 * with it (a WeakMap: nothing outlives the Tally, whose memory the rollup cache bounds). A value
 * that also depends on a setting names the setting's value in its key.
 */
import type { Tally } from './counters';

const kept = new WeakMap<Tally, Map<string, unknown>>();

export function derived<V>(tally: Tally, key: string, build: () => V): V {
  let values = kept.get(tally);
  if (!values) kept.set(tally, (values = new Map()));
  if (values.has(key)) return values.get(key) as V;
  const v = build();
  values.set(key, v);
  return v;
}

const perPart = new WeakMap<object, Map<string, unknown>>();

/**
 * A value computed from one of a Tally's `itemParts` (a document's items), kept with that list:
 * after a batch that changed other documents, a new Tally's value can be merged from its parts'
 * kept values instead of computed over every item again.
 */
export function derivedOfPart<V>(part: object, key: string, build: () => V): V {
  let values = perPart.get(part);
  if (!values) perPart.set(part, (values = new Map()));
  if (values.has(key)) return values.get(key) as V;
  const v = build();
  values.set(key, v);
  return v;
}
