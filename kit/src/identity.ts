/**
 * Who is asking. The gateway verifies the caller's bearer JWT and forwards the verified identity
 * to subgraphs in `x-hub-identity`, signed with HMAC-SHA256 under HUB_INTERNAL_SECRET (shared only
 * by the gateway and the subgraphs). A subgraph trusts nothing else: a request without a valid,
 * fresh signature is the anonymous public.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type Role = 'public' | 'analyst' | 'leader' | 'officer' | 'admin';
export const roles: Role[] = ['public', 'analyst', 'leader', 'officer', 'admin'];

export interface Identity {
  sub: string;
  role: Role;
  /** Unit codes of today's register the caller may read ("*" = the whole country). */
  scope: string[];
  /** The caller's network address as the gateway saw it (per-client rate limits); absent off the gateway. */
  client?: string;
}

export const publicIdentity: Identity = Object.freeze({ sub: 'anonymous', role: 'public', scope: [] }) as Identity;

/** Roles that may read personal data (names, ID numbers, phones, exact birth dates). */
export function canSeePersonalData(id: Identity): boolean {
  return id.role === 'officer' || id.role === 'admin';
}

export const IDENTITY_HEADER = 'x-hub-identity';
export const SIGNATURE_HEADER = 'x-hub-identity-signature';
const maxAgeMs = 5 * 60_000;

let fallbackSecret: string | undefined;
/** Without a configured secret, a random one: nothing outside this process can sign. */
export function internalSecret(): string {
  if (process.env.HUB_INTERNAL_SECRET) return process.env.HUB_INTERNAL_SECRET;
  fallbackSecret ??= randomBytes(32).toString('hex');
  return fallbackSecret;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signIdentity(id: Identity, now = Date.now(), secret = internalSecret()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ ...id, iat: now })).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

export function verifyIdentity(headers: Record<string, string | string[] | undefined>, now = Date.now(), secret = internalSecret()): Identity {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return publicIdentity;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return publicIdentity;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed.iat !== 'number' || Math.abs(now - parsed.iat) > maxAgeMs) return publicIdentity;
    return normaliseIdentity(parsed);
  } catch {
    return publicIdentity;
  }
}

/** Checks claims from a token or header; anything unexpected narrows to the public. */
export function normaliseIdentity(claims: Record<string, unknown>): Identity {
  const role = roles.includes(claims.role as Role) ? (claims.role as Role) : 'public';
  const raw = claims.scope;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const scope = list.map(String).filter((c) => c === '*' || /^(\d{2}|\d{5})$/.test(c));
  const id: Identity = { sub: typeof claims.sub === 'string' ? claims.sub : 'unknown', role, scope: role === 'public' ? [] : scope };
  if (typeof claims.client === 'string' && claims.client.length <= 100) id.client = claims.client;
  return id;
}
