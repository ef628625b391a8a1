import { batchLoader, byKey, rollupLoader, scopeCoversUnit, type Identity } from '@ioc/kit';
import type { Models, ParcelDoc } from './models';
import { statsProjection, type ParcelRow } from './stats';

export function loaders(m: Models, identity: Identity) {
  // Every unit asked in a request (all districts of a province…) in one query.
  const rows = rollupLoader<ParcelRow>(identity, (filter) => m.Parcel.find(filter, statsProjection).lean<ParcelRow[]>());
  // By natural key, an `_id` match (the one filter FerretDB answers from an index); scope in code.
  const parcel = batchLoader<string, ParcelDoc>((id) => id, async (ids) => {
    const found = await m.Parcel.find({ _id: { $in: [...ids] } }, { _hash: 0, _version: 0, _ingestedAt: 0 }).lean<ParcelDoc[]>();
    const visible = found.filter((p) => scopeCoversUnit(identity, p.unit.current));
    return byKey(ids, visible, (id) => id, (p) => p._id);
  });
  return { rows, parcel };
}

export type Loaders = ReturnType<typeof loaders>;
