/**
 * The caller's scope as a query filter: every sector applies it to every read, so a question can
 * never reach records outside the units the caller was granted. Scope codes are units of today's
 * register; records match through their `current` unit, which also covers records reported under
 * the old units those absorbed.
 */
import type { Identity } from './identity';

/** A filter that matches nothing: the empty scope. */
export const nothing = { _id: { $exists: false } } as const;

export function scopeFilter(id: Identity, path = 'unit'): Record<string, unknown> {
  if (id.role === 'public' || id.scope.length === 0) return nothing;
  if (id.scope.includes('*')) return {};
  const provinces = id.scope.filter((c) => c.length === 2);
  const communes = id.scope.filter((c) => c.length === 5);
  const clauses: Record<string, unknown>[] = [];
  if (provinces.length) clauses.push({ [`${path}.current.province`]: { $in: provinces } });
  if (communes.length) clauses.push({ [`${path}.current.commune`]: { $in: communes } });
  return clauses.length === 1 ? clauses[0] : { $or: clauses };
}

/** Combines filters without letting one overwrite another's keys. */
export function allOf(...filters: Record<string, unknown>[]): Record<string, unknown> {
  const parts = filters.filter((f) => Object.keys(f).length > 0);
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts };
}

/** Whether a whole unit of today's register lies inside the caller's scope. */
export function scopeCoversUnit(id: Identity, current: { province: string; commune: string | null }): boolean {
  if (id.role === 'public') return false;
  if (id.scope.includes('*') || id.scope.includes(current.province)) return true;
  return current.commune !== null && id.scope.includes(current.commune);
}
