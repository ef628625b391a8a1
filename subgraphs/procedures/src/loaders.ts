import { rollupLoader, batchLoader, byKey, allOf, scopeFilter, startOfDay, type Identity } from '@ioc/kit';
import type { Models, DossierDoc } from './models';
import type { DossierRow } from './figures';

export interface PeriodKey { from: string; to: string }

/** What the statistics read; never the whole document. */
export const rowFields = { status: 1, channel: 1, receivedAt: 1, dueAt: 1, finishedAt: 1, fieldCode: 1, fieldName: 1, agency: 1, procedureName: 1, unit: 1 } as const;

export function loaders(m: Models, identity: Identity) {
  // Every unit of a request asked for one period: one query (rollupLoader builds unit and scope filter).
  const dossiersOf = rollupLoader<DossierRow, PeriodKey>(identity, (filter, p) => m.Dossier.find(
    allOf(filter, { receivedAt: { $gte: startOfDay(p.from), $lt: startOfDay(p.to) } }),
    rowFields,
  ).lean<DossierRow[]>());
  const dossier = batchLoader<string, DossierDoc>((k) => k, async (ids) => {
    const rows = await m.Dossier.find(allOf({ _id: { $in: [...ids] } }, scopeFilter(identity))).lean<DossierDoc[]>();
    return byKey(ids, rows, (k) => k, (r) => r._id);
  });
  return { dossiersOf, dossier };
}

export type Loaders = ReturnType<typeof loaders>;
