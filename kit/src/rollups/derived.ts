/**
 * Values a sector computes from a read's Tally (an index of its open items, figures by facility),
 * kept with the Tally. A read's Tallies are kept under the rollup stamp and shared while nothing is
 * written (read.ts), so a value kept here is exact for as long as its Tally is answered, and goes
 * with it (a WeakMap: nothing outlives the Tally, whose memory the rollup cache bounds). A value
 * that also depends on a setting names the setting's value in its key.
 */
import type { Tally } from './counters';

const kept = new WeakMap<object, Map<string, unknown>>();

/**
 * `owner`: a Tally, or one of its `itemParts` (a document's items, the same list while the process
 * keeps that document decoded): a value derived from a part outlives the batches that changed other
 * documents, so a new Tally's value can be merged from its parts' instead of worked out over every item.
 */
export function derived<V>(owner: Tally | Tally['itemParts'][number], key: string, build: () => V): V {
  let values = kept.get(owner);
  if (!values) kept.set(owner, (values = new Map()));
  if (values.has(key)) return values.get(key) as V;
  const v = build();
  values.set(key, v);
  return v;
}
