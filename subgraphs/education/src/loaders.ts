import { rollupLoader, rollupReader, type Identity, type Register } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { Models, SchoolDoc } from './models';

/** Which stored unit a school is counted by, for the register a school year reads its codes in. */
export const unitPath: Record<Register, 'unitPre' | 'unitPost'> = { PRE_2025_07: 'unitPre', FROM_2025_07: 'unitPost' };

export function loaders(conn: Connection, m: Models, identity: Identity) {
  // The school list of a commune (a drill-down list, not a statistic): the schools collection is a small set.
  const schoolsOf = (path: string) => rollupLoader<SchoolDoc>(identity, (filter) => m.School.find(filter).sort({ _id: 1 }).lean<SchoolDoc[]>(), path);
  return {
    schools: { PRE_2025_07: schoolsOf(unitPath.PRE_2025_07), FROM_2025_07: schoolsOf(unitPath.FROM_2025_07) },
    // Statistics of every unit and school year asked in a request: their rollup documents, by `_id`.
    rollups: rollupReader(conn, identity),
  };
}

export type Loaders = ReturnType<typeof loaders>;
