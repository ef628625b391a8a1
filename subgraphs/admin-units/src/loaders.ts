import { batchLoader, byKey } from '@ioc/kit';
import type { Models, BoundaryDoc } from './models';

/** District boundaries of one request in one query: the only unit data read from the database. */
export function loaders(m: Models) {
  const boundary = batchLoader<string, BoundaryDoc>(
    (k) => k,
    async (codes) => {
      const rows = await m.Boundary.find({ _id: { $in: [...codes] } }).lean();
      return byKey(
        codes,
        rows,
        (k) => k,
        (r) => r._id,
      );
    },
  );
  return { boundary };
}

export type Loaders = ReturnType<typeof loaders>;
