import { unitRegisters, currentOf, type Identity, type UnitSelector } from '@ioc/kit';

/**
 * Whether a unit's figures mean anything to the caller: the public and callers scoped elsewhere
 * get null rather than zeros that would read as "no dossiers". A caller scoped to some communes of
 * the unit's province sees figures over those communes only (the loader's scope filter).
 */
export function visible(identity: Identity, selector: UnitSelector): boolean {
  if (identity.role === 'public' || identity.scope.length === 0) return false;
  if (identity.scope.includes('*')) return true;
  const reg = unitRegisters();
  const unit = reg.get(selector.register, selector.level, selector.code);
  if (!unit) return false;
  const province = currentOf(unit).province;
  return identity.scope.some((c) => c === province || (c.length === 5 && reg.get('FROM_2025_07', 'COMMUNE', c)?.province === province));
}
