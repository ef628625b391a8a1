/**
 * Who is asking. The gateway verifies the caller's bearer JWT and forwards the verified identity
 * to subgraphs in `x-hub-identity`, signed with HMAC-SHA256 under HUB_INTERNAL_SECRET (shared only
 * by the gateway and the subgraphs). The signed payload is bound to one request: it carries the
 * SHA-256 of the body it was sent with, a nonce a subgraph accepts once, and an expiry seconds
 * away — so a header captured on the wire neither answers another query nor the same one twice.
 * A request without the headers is the anonymous public; one with headers that fail is refused.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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
/** How long a signed identity stays valid: one subgraph fetch, with room for clock skew. */
const maxAgeMs = () => Number(process.env.HUB_IDENTITY_MAX_AGE_MS ?? 30_000);
const skewMs = 5_000;

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

export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** Headers for one request to a subgraph whose body is `body`. */
export function signIdentity(id: Identity, body = '', now = Date.now(), secret = internalSecret()): Record<string, string> {
  const claims = {
    sub: id.sub,
    role: id.role,
    scope: id.scope,
    ...(id.client ? { client: id.client } : {}),
    iat: now,
    exp: now + maxAgeMs(),
    nonce: randomBytes(12).toString('base64url'),
    bh: bodyHash(body),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

/** Nonces seen and when they expire; an entry is useless after its expiry, so it is dropped then. */
const seen = new Map<string, number>();
function firstUse(nonce: string, exp: number, now: number): boolean {
  if (seen.size > 10_000) for (const [n, e] of seen) if (e < now) seen.delete(n);
  if (seen.has(nonce)) return false;
  seen.set(nonce, exp);
  return true;
}

export type IdentityCheck = { identity: Identity; refused?: undefined } | { identity: Identity; refused: string };

/**
 * What a subgraph runs on every request: no headers → the public; valid, fresh, first-used and
 * bound to this body → the identity; anything else → refused, with the reason for the log.
 */
export function checkIdentity(headers: Record<string, string | string[] | undefined>, body = '', now = Date.now(), secret = internalSecret()): IdentityCheck {
  const payload = headers[IDENTITY_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (payload === undefined && signature === undefined) return { identity: publicIdentity };
  const refuse = (why: string): IdentityCheck => ({ identity: publicIdentity, refused: why });
  if (typeof payload !== 'string' || typeof signature !== 'string') return refuse('malformed');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse('bad signature');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return refuse('malformed');
  }
  const { iat, exp, nonce, bh } = parsed;
  if (typeof iat !== 'number' || typeof exp !== 'number' || typeof nonce !== 'string' || typeof bh !== 'string') return refuse('malformed');
  if (iat > now + skewMs || exp < now || exp - iat > maxAgeMs()) return refuse('expired');
  if (bh !== bodyHash(body)) return refuse('signed for another request');
  if (!firstUse(nonce, exp, now)) return refuse('replayed');
  return { identity: normaliseIdentity(parsed) };
}

/** The identity of a request, or the public when its headers do not hold. */
export function verifyIdentity(headers: Record<string, string | string[] | undefined>, body = '', now = Date.now(), secret = internalSecret()): Identity {
  return checkIdentity(headers, body, now, secret).identity;
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
