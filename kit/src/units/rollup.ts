/**
 * Turns "this unit of this register" into the filter over stored records (each record carries a
 * `UnitRef` under `path`). Asked on a unit of today's register, a statistic includes the records
 * reported under the old units it absorbed (through `current`); asked on an old unit, it uses the
 * old codes as reported.
 */
import type { Register } from './registers';
import type { Level } from './unit-types';

export interface UnitSelector {
  register: Register;
  level: Level;
  code: string;
}

const field: Record<Level, 'province' | 'district' | 'commune'> = { PROVINCE: 'province', DISTRICT: 'district', COMMUNE: 'commune' };

export function rollupFilter(unit: UnitSelector, path = 'unit'): Record<string, unknown> {
  if (unit.register === 'FROM_2025_07') {
    return { [`${path}.current.${field[unit.level]}`]: unit.code };
  }
  return { [`${path}.register`]: 'PRE_2025_07', [`${path}.${field[unit.level]}`]: unit.code };
}

/** The same filter for several units at once, for DataLoader batches: one query, then group. */
export function rollupFilterMany(units: UnitSelector[], path = 'unit'): Record<string, unknown> {
  const clauses = units.map((u) => rollupFilter(u, path));
  return clauses.length === 1 ? clauses[0] : { $or: clauses };
}

/** Which of `units` a stored UnitRef counts towards (for grouping a batched result in code). */
export function rollupMatches(
  unit: UnitSelector,
  ref: { register: string; province: string; district: string | null; commune: string | null; current: { province: string; commune: string | null } },
): boolean {
  const f = field[unit.level];
  if (unit.register === 'FROM_2025_07') return (ref.current as Record<string, string | null>)[f] === unit.code;
  return ref.register === 'PRE_2025_07' && (ref as unknown as Record<string, string | null>)[f] === unit.code;
}
