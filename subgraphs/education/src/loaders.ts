import { rollupLoader, rollupReader, type Identity, type Register } from '@ioc/kit';
import type { Connection } from 'mongoose';
import type { Models, SchoolDoc } from './models';

/** Which stored unit a school is counted by, for the register a school year reads its codes in. */
export const unitPath: Record<Register, 'unitPre' | 'unitPost'> = { PRE_2025_07: 'unitPre', FROM_2025_07: 'unitPost' };

export function loaders(conn: Connection, m: Models, identity: Identity) {
  const schoolsOf = (path: string) => rollupLoader<SchoolDoc>(identity, (filter) => m.School.find(filter).lean<SchoolDoc[]>(), path);
  return {
    schools: { PRE_2025_07: schoolsOf(unitPath.PRE_2025_07), FROM_2025_07: schoolsOf(unitPath.FROM_2025_07) },
    rollups: rollupReader(conn, identity),
  };
}

export type Loaders = ReturnType<typeof loaders>;
