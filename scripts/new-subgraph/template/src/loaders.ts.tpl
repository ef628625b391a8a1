import { rollupLoader, batchLoader, byKey, allOf, scopeFilter, type Identity } from '@ioc/kit';
import type { Models, RecordDoc } from './models';

export interface PeriodKey { from: string; to: string }
export type Row = Pick<RecordDoc, '_id' | 'kind' | 'value' | 'unit'>;

export function loaders(m: Models, identity: Identity) {
  // Every unit of a request asked for one period: one query (the kit builds the unit and scope filter).
  const rowsOf = rollupLoader<Row, PeriodKey>(identity, (filter, p) => m.Record.find(
    allOf(filter, { date: { $gte: p.from, $lt: p.to } }), { kind: 1, value: 1, unit: 1 },
  ).lean<Row[]>());
  const record = batchLoader<string, RecordDoc>((k) => k, async (ids) => {
    const rows = await m.Record.find(allOf({ _id: { $in: [...ids] } }, scopeFilter(identity))).lean<RecordDoc[]>();
    return byKey(ids, rows, (k) => k, (r) => r._id);
  });
  return { rowsOf, record };
}

export type Loaders = ReturnType<typeof loaders>;
