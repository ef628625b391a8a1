/**
 * Which rollup documents a caller may read for a unit. Scope codes are units of today's register
 * (provinces, communes). A unit inside the scope is read whole; a province of which the caller
 * holds only some communes is read as the sum of those communes (as the raw-record scope filter
 * did); a unit outside the scope is not read at all.
 */
import { currentOf, unitRegisters, type Unit, type UnitSelector } from '../units';
import type { Identity } from '../identity';
import { targetKey } from './targets';

const oldKey = (u: Unit) => `O:${u.code}`;

/** Old communes under an old unit (a district's, or every district's of a province). */
function oldCommunes(u: Unit): Unit[] {
  const reg = unitRegisters();
  if (u.level === 'COMMUNE') return [u];
  const children = reg.childrenOf(u);
  return u.level === 'DISTRICT' ? children : children.flatMap((d) => reg.childrenOf(d));
}

/** The target keys whose sum is the unit's figure for this caller ([] when it may see none of it). */
export function scopedTargets(identity: Identity, unit: UnitSelector): string[] {
  if (identity.role === 'public' || identity.scope.length === 0) return [];
  if (identity.scope.includes('*')) return [targetKey(unit)];
  const reg = unitRegisters();
  const u = reg.get(unit.register, unit.level, unit.code);
  if (!u) return [];
  const scope = new Set(identity.scope);
  const province = currentOf(u).province;
  if (scope.has(province)) return [targetKey(unit)];
  if (u.register === 'FROM_2025_07') {
    if (u.level === 'COMMUNE') return scope.has(u.code) ? [targetKey(unit)] : [];
    return identity.scope.filter((c) => c.length === 5 && reg.get('FROM_2025_07', 'COMMUNE', c)?.province === u.code).map((c) => `N:${c}`);
  }
  // An old unit: the old communes whose today's commune the caller holds.
  return oldCommunes(u)
    .filter((c) => {
      const now = currentOf(c).commune;
      return now !== null && scope.has(now);
    })
    .map(oldKey);
}
