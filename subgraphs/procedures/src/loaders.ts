import type { Connection } from 'mongoose';
import { batchLoader, rollupReader, scopeCoversUnit, type Identity } from '@ioc/kit';
import type { Models, DossierDoc } from './models';

export function loaders(m: Models, conn: Connection, identity: Identity) {
  /** One dossier by MaHoSo, read by `_id` (the only indexed read on FerretDB), within the caller's scope. */
  const dossier = batchLoader<string, DossierDoc>(
    (k) => k,
    async (ids) => {
      const rows = await Promise.all(ids.map((id) => m.Dossier.findById(id).lean<DossierDoc>()));
      return rows.map((d) => (d && scopeCoversUnit(identity, d.unit.current) ? d : null));
    },
  );
  return { rollups: rollupReader(conn, identity), dossier };
}

export type Loaders = ReturnType<typeof loaders>;
