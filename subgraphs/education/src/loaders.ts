import { batchLoader, byKey, groupBy, rollupLoader, type Identity, type Register } from '@ioc/kit';
import type { Models, SchoolDoc, EnrolmentDoc, TeachersDoc } from './models';

interface SchoolYearKey {
  school: string;
  schoolYear: string;
}
const keyOf = (k: SchoolYearKey) => `${k.school}|${k.schoolYear}`;

/** Which stored unit a school is counted by, for the register a school year reads its codes in. */
export const unitPath: Record<Register, 'unitPre' | 'unitPost'> = { PRE_2025_07: 'unitPre', FROM_2025_07: 'unitPost' };

export function loaders(m: Models, identity: Identity) {
  const schoolsOf = (path: string) => rollupLoader<SchoolDoc>(identity, (filter) => m.School.find(filter).lean<SchoolDoc[]>(), path);
  // Reports are reached only through schools already scoped, so they need no scope filter of their own.
  const bySchool =
    <R extends { school: string; schoolYear: string }>(model: typeof m.Enrolment | typeof m.Teachers) =>
    async (keys: readonly SchoolYearKey[]) => {
      const filter = { school: { $in: [...new Set(keys.map((k) => k.school))] }, schoolYear: { $in: [...new Set(keys.map((k) => k.schoolYear))] } };
      return (await (model as typeof m.Enrolment).find(filter).lean()) as unknown as R[];
    };
  return {
    schools: { PRE_2025_07: schoolsOf(unitPath.PRE_2025_07), FROM_2025_07: schoolsOf(unitPath.FROM_2025_07) },
    enrolment: batchLoader<SchoolYearKey, EnrolmentDoc[]>(keyOf, async (keys) => groupBy(keys, await bySchool<EnrolmentDoc>(m.Enrolment)(keys), keyOf, keyOf)),
    teachers: batchLoader<SchoolYearKey, TeachersDoc>(keyOf, async (keys) => byKey(keys, await bySchool<TeachersDoc>(m.Teachers)(keys), keyOf, keyOf)),
  };
}

export type Loaders = ReturnType<typeof loaders>;
