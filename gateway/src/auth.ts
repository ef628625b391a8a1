/**
 * Verifies the caller's bearer JWT (jose). Key from the environment: HUB_JWT_SECRET (HS256) or
 * HUB_JWT_PUBLIC_KEY (SPKI PEM; RS256 or ES256). Optional HUB_JWT_ISSUER / HUB_JWT_AUDIENCE.
 * No Authorization header → the public (administrative units only). A bad token is refused, not
 * downgraded, so a client learns its token is wrong.
 */
import { jwtVerify, importSPKI, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { normaliseIdentity, publicIdentity, unauthenticated, type Identity } from '@ioc/kit';

export interface Verifier {
  verify(authorization: string | undefined): Promise<Identity>;
}

/** Most tokens whose verification is kept: a dashboard wall or an agency's app asks with the same one for hours. */
const maxVerifiedTokens = 1000;

/**
 * Tokens already verified, with the identity they carry, until their `exp`: verifying a JWT again
 * (jose, HS256) was ~1 ms of the gateway's CPU on every request. Whether a token verifies depends
 * on its text, the key and the settings (fixed for the process) and on the clock only through
 * `exp` and `nbf`: a kept token has passed `nbf` and is dropped once jose would call it expired
 * (`exp` at or before the current second). Refused tokens are never kept.
 */
class VerifiedTokens {
  private readonly kept = new Map<string, { identity: Identity; exp: number }>();

  get(token: string): Identity | undefined {
    const k = this.kept.get(token);
    if (!k) return undefined;
    if (k.exp > Math.floor(Date.now() / 1000)) return k.identity;
    this.kept.delete(token);
    return undefined;
  }

  keep(token: string, identity: Identity, exp: number): void {
    if (this.kept.size >= maxVerifiedTokens) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(token, { identity, exp });
  }
}

export async function createVerifier(env = process.env): Promise<Verifier> {
  let key: KeyLike | Uint8Array | undefined;
  let algorithms: string[] = [];
  if (env.HUB_JWT_PUBLIC_KEY) {
    const alg = env.HUB_JWT_ALG ?? 'RS256';
    key = await importSPKI(env.HUB_JWT_PUBLIC_KEY, alg);
    algorithms = [alg];
  } else if (env.HUB_JWT_SECRET) {
    key = new TextEncoder().encode(env.HUB_JWT_SECRET);
    algorithms = ['HS256'];
  }
  const verified = new VerifiedTokens();
  return {
    async verify(authorization) {
      if (!authorization) return publicIdentity;
      const m = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!m) throw unauthenticated('tiêu đề Authorization phải có dạng "Bearer <token>"');
      if (!key) throw unauthenticated('cổng chưa được cấu hình khóa xác thực (HUB_JWT_SECRET hoặc HUB_JWT_PUBLIC_KEY)');
      const known = verified.get(m[1]);
      if (known) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(m[1], key, { algorithms, issuer: env.HUB_JWT_ISSUER, audience: env.HUB_JWT_AUDIENCE, requiredClaims: ['exp'] }));
      } catch (e) {
        const missingExp = /"exp" claim/.test((e as Error).message) && !/timestamp check failed/.test((e as Error).message);
        throw unauthenticated(missingExp ? 'token không hợp lệ: thiếu thời hạn (claim "exp")' : `token không hợp lệ (${(e as Error).message})`);
      }
      const identity = normaliseIdentity(payload as Record<string, unknown>);
      verified.keep(m[1], identity, payload.exp!);
      return identity;
    },
  };
}

/** A token for development and tests, signed with HUB_JWT_SECRET. */
export function signDevToken(secret: string, claims: { sub: string; role: string; scope: string[] }, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ role: claims.role, scope: claims.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
