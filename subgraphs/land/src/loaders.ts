import { batchLoader, byKey, rollupReader, scopeCoversUnit, scopedTargets, targetKey, type Identity, type UnitSelector } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { Models, ParcelDoc, UnitNewestDoc } from './models';

export function loaders(conn: Connection, m: Models, identity: Identity) {
  // Every unit asked in a request (all districts of a province…): its rollup documents, by `_id`.
  const rollups = rollupReader(conn, identity);
  // By natural key, an `_id` match (the one filter FerretDB answers from an index); scope in code.
  const parcel = batchLoader<string, ParcelDoc>(
    (id) => id,
    async (ids) => {
      const found = await m.Parcel.find({ _id: { $in: [...ids] } }, { _hash: 0, _version: 0, _ingestedAt: 0 }).lean<ParcelDoc[]>();
      const visible = found.filter((p) => scopeCoversUnit(identity, p.unit.current));
      return byKey(
        ids,
        visible,
        (id) => id,
        (p) => p._id,
      );
    },
  );
  // The newest update of the parts of each unit the caller may see, one read by `_id` for all units.
  const newest = batchLoader<UnitSelector, Date>(targetKey, async (units) => {
    const targets = units.map((u) => scopedTargets(identity, u));
    const docs = await m.UnitNewest.find({ _id: { $in: [...new Set(targets.flat())] } }).lean<UnitNewestDoc[]>();
    const at = new Map(docs.map((d) => [d._id, new Date(d.at)]));
    return targets.map((keys) => keys.map((k) => at.get(k)).reduce<Date | null>((max, t) => (t && (!max || t > max) ? t : max), null));
  });
  return { rollups, parcel, newest };
}

export type Loaders = ReturnType<typeof loaders>;
