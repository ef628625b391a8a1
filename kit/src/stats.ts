/**
 * The loader every sector statistic goes through: one database query for all units asked in a
 * request (34 provinces in a list → one query), with the caller's scope and the roll-up rule
 * applied in the filter, then rows grouped to the units in code.
 */
import { batchLoader } from './loaders';
import { rollupFilterMany, rollupMatches, type UnitSelector } from './units/rollup';
import { scopeFilter, allOf } from './scope';
import type { Identity } from './identity';
import type { Register } from './units/registers';
import type { Level } from './units/unit-types';

/** The entity reference the gateway sends for Province / District / Commune. */
export interface UnitReference {
  __typename?: string;
  register: Register;
  code: string;
}

const levelOfType: Record<string, Level> = { Province: 'PROVINCE', District: 'DISTRICT', Commune: 'COMMUNE' };

export function selectorOf(typename: 'Province' | 'District' | 'Commune', ref: UnitReference): UnitSelector {
  return { register: ref.register, level: levelOfType[typename], code: ref.code };
}

const get = (row: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null | undefined)?.[k], row);

/**
 * @param fetch reads the rows matching `filter` (scope and units already in it) for `args`
 * @param path where the UnitRef sits on a row
 */
export function rollupLoader<Row, A = undefined>(identity: Identity, fetch: (filter: Record<string, unknown>, args: A) => Promise<Row[]>, path = 'unit') {
  const keyOf = (k: { unit: UnitSelector; args: A }) => JSON.stringify([k.unit.register, k.unit.level, k.unit.code, k.args ?? null]);
  return batchLoader<{ unit: UnitSelector; args: A }, Row[]>(keyOf, async (keys) => {
    const byArgs = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const a = JSON.stringify(k.args ?? null);
      byArgs.set(a, [...(byArgs.get(a) ?? []), i]);
    });
    const answer: Row[][] = new Array(keys.length);
    await Promise.all(
      [...byArgs.values()].map(async (idx) => {
        const units = idx.map((i) => keys[i].unit);
        const rows = await fetch(allOf(rollupFilterMany(units, path), scopeFilter(identity, path)), keys[idx[0]].args);
        idx.forEach((i, j) => {
          answer[i] = rows.filter((r) => rollupMatches(units[j], get(r, path) as Parameters<typeof rollupMatches>[1]));
        });
      }),
    );
    return answer;
  });
}
