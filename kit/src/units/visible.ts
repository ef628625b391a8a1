import { unitRegisters } from './registers';
import { currentOf } from './resolve';
import type { UnitSelector } from './rollup';
import type { Identity } from '../identity';

/**
 * Whether a unit's statistics mean anything to the caller: the public and callers scoped elsewhere
 * get null rather than zeros that would read as "nothing happened". A caller scoped to some communes
 * of the unit's province sees figures over those communes only (the loaders' scope filter).
 */
export function figuresVisible(identity: Identity, selector: UnitSelector): boolean {
  if (identity.role === 'public' || identity.scope.length === 0) return false;
  if (identity.scope.includes('*')) return true;
  const reg = unitRegisters();
  const unit = reg.get(selector.register, selector.level, selector.code);
  if (!unit) return false;
  const province = currentOf(unit).province;
  return identity.scope.some((c) => c === province || (c.length === 5 && reg.get('FROM_2025_07', 'COMMUNE', c)?.province === province));
}
