/**
 * Where a record counts: its UnitRef → the units of both registers whose figures include it.
 * A unit is named by a target key `<R>:<code>` (R = O for the old register, N for today's); the
 * code's length gives its level (2 province, 3 district, 5 commune), so the key is short and
 * unambiguous. The forward rule (`currentOf`) and the backward rule (`pastOf`) are documented in
 * units/resolve.ts.
 */
import { unitRegisters, pastOf, type Register, type UnitRef, type UnitSelector } from '../units';
import { BoundedMemo } from '../memo';

export interface Target {
  key: string;
  approximate: boolean;
}

const prefix: Record<Register, string> = { PRE_2025_07: 'O', FROM_2025_07: 'N' };

/** The target key of a unit selector (what a read asks for). */
export function targetKey(unit: UnitSelector): string {
  return `${prefix[unit.register]}:${unit.code}`;
}

/** Whether an old unit's successors lie in more than one province of today (then its province is a guess). */
function splitsAcrossProvinces(ref: UnitRef): boolean {
  const reg = unitRegisters();
  const u = reg.get(ref.register, ref.level, ref.code);
  if (!u || ref.level !== 'COMMUNE') return false;
  return new Set(reg.successorsOf(u).map((l) => l.unit.province)).size > 1;
}

// The registers never change while the process runs, so a unit's targets are worked out once
// (rollups ask for them twice per ingested record, unit lists once per kept row and request); the
// key holds every field they are read from.
const known = new BoundedMemo<string, { targets: readonly Target[]; keys?: ReadonlySet<string> }>(100_000);

function knownOf(ref: UnitRef) {
  const key = `${ref.register}|${ref.level}|${ref.code}|${ref.province}|${ref.district}|${ref.commune}|${ref.current.province}|${ref.current.commune}|${ref.current.approximate}`;
  return known.get(key, () => ({ targets: Object.freeze(targetsOfUnit(ref)) }));
}

/** The targets of a reported unit; shared between callers, so never to be changed. */
export function targetsOf(ref: UnitRef): readonly Target[] {
  return knownOf(ref).targets;
}

/** The keys of a reported unit's targets, as a set for membership tests (members.ts); shared, never to be changed. */
export function targetKeysOf(ref: UnitRef): ReadonlySet<string> {
  const entry = knownOf(ref);
  return (entry.keys ??= new Set(entry.targets.map((t) => t.key)));
}

function targetsOfUnit(ref: UnitRef): Target[] {
  const out: Target[] = [];
  const add = (register: 'O' | 'N', code: string | null, approximate: boolean) => {
    if (code) out.push({ key: `${register}:${code}`, approximate });
  };
  if (ref.register === 'PRE_2025_07') {
    // As reported, exact, and forward into today's register.
    add('O', ref.province, false);
    add('O', ref.district, false);
    add('O', ref.commune, false);
    add('N', ref.current.province, splitsAcrossProvinces(ref));
    add('N', ref.current.commune, ref.current.approximate);
    return out;
  }
  add('N', ref.province, false);
  add('N', ref.commune, false);
  const past = pastOf(unitRegisters().get(ref.register, ref.level, ref.code)!);
  for (const level of ['province', 'district', 'commune'] as const) {
    const p = past[level];
    if (p) add('O', p.code, p.approximate);
  }
  return out;
}
