/**
 * The caller's address, for per-client limits (the gateway's public rate limit, the feedback form's).
 * Behind a reverse proxy every request comes from the proxy, so the limit would be shared by every
 * citizen; the proxy names the client in X-Forwarded-For, but any caller can write that header.
 * It is believed only from the proxies the operator lists (HUB_GATEWAY_TRUSTED_PROXIES: addresses,
 * CIDR ranges or `loopback`, `linklocal`, `uniquelocal`), walking it from the nearest hop back to the
 * first address not trusted — proxy-addr, the rule Express applies.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type ClientAddress = (req: IncomingMessage) => string;

/** @throws Error naming the setting when an entry is not an address or range */
export function clientAddress(trusted: string[]): ClientAddress {
  if (trusted.length === 0) return (req) => req.socket.remoteAddress ?? 'unknown';
  let trust: ReturnType<typeof proxyAddr.compile>;
  try {
    trust = proxyAddr.compile(trusted);
  } catch (e) {
    throw new Error(`HUB_GATEWAY_TRUSTED_PROXIES=${trusted.join(',')}: ${(e as Error).message}`, { cause: e });
  }
  return (req) => (req.socket.remoteAddress ? proxyAddr(req, trust) : 'unknown');
}
