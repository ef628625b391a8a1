/**
 * The unit a rejected raw record names, when the feed says where its unit code is and the code is
 * known: stored on the reject so that reading rejects applies the caller's scope like any read.
 * A reject without a known unit is visible only to callers scoped to the whole country (`*`).
 */
import { resolveUnit } from '../units/resolve';
import type { Feed } from './feed';
import type { RejectDoc } from './models';

export function rejectUnit(feed: Feed<any>, raw: unknown): RejectDoc['unit'] {
  if (!feed.unitOf) return null;
  try {
    const code = feed.unitOf(raw);
    if (code === undefined || code === null || code === '') return null;
    // No trustworthy record date here: today's register, then the old one, as resolveUnit reads it.
    const ref = resolveUnit(code, new Date().toISOString().slice(0, 10));
    return { code: ref.code, current: { province: ref.current.province, commune: ref.current.commune } };
  } catch {
    return null;
  }
}
