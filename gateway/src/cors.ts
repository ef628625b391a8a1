/**
 * CORS for other agencies' web apps: only origins listed in HUB_CORS_ORIGINS get the headers that
 * let a browser read the answer (and send a bearer token). The gateway's own pages are same-origin
 * and need none. A preflight from any other origin is refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Sets the CORS headers; returns true when the request was a preflight and has been answered. */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: string[]): boolean {
  const origin = req.headers.origin;
  const ok = typeof origin === 'string' && (allowed.includes(origin) || allowed.includes('*'));
  res.setHeader('vary', 'Origin');
  if (ok) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
  }
  if (req.method !== 'OPTIONS') return false;
  if (!ok) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('nguồn gốc (Origin) không nằm trong danh sách được phép (HUB_CORS_ORIGINS)\n');
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, x-request-id, apollo-require-preflight',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
