/** Which address a per-client limit keys on, with and without trusted reverse proxies. */
import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../src/client-address';
import { gatewaySettings } from '../src/settings';

const request = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  }) as unknown as IncomingMessage;

test('without trusted proxies the peer is the client, whatever X-Forwarded-For says', () => {
  const of = clientAddress(gatewaySettings({}).trustedProxies);
  expect(of(request('198.51.100.7', '203.0.113.5'))).toBe('198.51.100.7');
});

test('from a trusted proxy the nearest untrusted hop of X-Forwarded-For is the client', () => {
  const of = clientAddress(gatewaySettings({ HUB_GATEWAY_TRUSTED_PROXIES: '10.0.0.0/8, loopback' }).trustedProxies);
  expect(of(request('10.1.2.3', '203.0.113.5'))).toBe('203.0.113.5');
  // A client writing its own header gains nothing: the proxy appends the address it saw.
  expect(of(request('10.1.2.3', '192.0.2.99, 203.0.113.5'))).toBe('203.0.113.5');
  // Two trusted hops (a load balancer, then the proxy) are skipped.
  expect(of(request('127.0.0.1', '203.0.113.5, 10.9.9.9'))).toBe('203.0.113.5');
  // A peer outside the list is the client even when it sends the header.
  expect(of(request('198.51.100.7', '203.0.113.5'))).toBe('198.51.100.7');
});

test('a malformed entry is refused at start, naming the setting', () => {
  expect(() => clientAddress(gatewaySettings({ HUB_GATEWAY_TRUSTED_PROXIES: '10.0.0.0/99' }).trustedProxies)).toThrow(
    /HUB_GATEWAY_TRUSTED_PROXIES=10\.0\.0\.0\/99/,
  );
});
