/**
 * The records a unit's list holds (a sector's stations, a fleet's vessels) under the same rule its
 * rollup figures count by: a record belongs to every unit of either register its UnitRef targets
 * (targets.ts: as reported, forward into today's register, and backward into the old one), read
 * within the caller's scope (scope.ts). So a list and a count agree, and an old-register unit lists
 * the records reported with today's codes as its figures count them.
 *
 * Meant for small registries (tens of stations, a province's vessels): the rows in the caller's
 * scope are read once per request, whatever the number of units asked, and matched in memory.
 */
import type { Identity } from '../identity';
import type { UnitRef, UnitSelector } from '../units';
import { scopedTargets } from './scope';
import { targetKeysOf } from './targets';

export function unitMembers<Row>(identity: Identity, readInScope: () => Promise<Row[]>, unitOf: (row: Row) => UnitRef) {
  let rows: Promise<{ row: Row; keys: ReadonlySet<string> }[]> | undefined;
  const all = () => (rows ??= readInScope().then((list) => list.map((row) => ({ row, keys: targetKeysOf(unitOf(row)) }))));
  return async (unit: UnitSelector): Promise<Row[]> => {
    const wanted = scopedTargets(identity, unit);
    if (wanted.length === 0) return [];
    return (await all()).filter((e) => wanted.some((k) => e.keys.has(k))).map((e) => e.row);
  };
}
