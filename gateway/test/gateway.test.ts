import { SignJWT } from 'jose';
import { signIdentity, verifyIdentity, IDENTITY_HEADER, SIGNATURE_HEADER, type Identity } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([]);
});
afterAll(() => hub?.stop());

const base = () => hub.gateway.url.replace(/\/graphql$/, '');

describe('gateway routes', () => {
  test('healthz answers; readyz is ready only when every subgraph answers', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    const r = await fetch(`${base()}/readyz`);
    const body: any = await r.json();
    // The test hub runs admin-units only; the sectors of the supergraph are not up.
    expect(r.status).toBe(503);
    expect(body.subgraphs.find((s: any) => s.name === 'admin-units')).toEqual({ name: 'admin-units', ready: true });
    expect(body.subgraphs.filter((s: any) => !s.ready).length).toBe(body.subgraphs.length - 1);
  });

  test("GET /graphql in a browser serves the explorer from the project's own files, no CDN", async () => {
    const page = await fetch(`${base()}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const s of scripts) {
      const asset = await fetch(`${base()}${s}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });
});

describe('identity', () => {
  test('administrative units are public', async () => {
    const r = await hub.query('{ province(code: "48") { name } }');
    expect(r.data.province.name).toBe('Thành phố Đà Nẵng');
  });

  test('a bad or wrongly signed token is refused with UNAUTHENTICATED', async () => {
    const forged = await new SignJWT({ role: 'admin', scope: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret'));
    for (const auth of [`Bearer ${forged}`, 'Bearer abc.def.ghi', 'Basic dXNlcjpwYXNz']) {
      const res = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({ query: '{ provinces { code } }' }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test('an expired token is refused', async () => {
    const expired = await new SignJWT({ role: 'admin', scope: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuedAt(1_600_000_000)
      .setExpirationTime(1_600_000_100)
      .sign(new TextEncoder().encode(process.env.HUB_JWT_SECRET!));
    const res = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${expired}` },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(res.status).toBe(401);
  });

  test('a valid token passes', async () => {
    const token = await hub.token({ role: 'leader', scope: ['48'] });
    const r = await hub.query('{ province(code: "48") { code } }', { token });
    expect(r.status).toBe(200);
    expect(r.data.province.code).toBe('48');
  });
});

describe('query depth', () => {
  test('the cycles of the graph cannot be walked without end: over 12 levels is refused', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'code' : `predecessors { unit { successors { unit { ${nest(levels - 1)} } } } }`);
    const ok = await hub.query(`{ province(code: "48") { ${nest(1)} } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.province.predecessors[0].unit.successors[0].unit.code).toBe('48');
    const deep = await hub.query(`{ province(code: "48") { ${nest(4)} } }`);
    expect(deep.status).toBe(400);
    expect(deep.data).toBeUndefined();
    expect(deep.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxDepth', value: 18, max: 12 });
  });

  test('fragments count, and a fragment cycle does not hang the check', async () => {
    const r = await hub.query('query { province(code: "48") { ...A } } fragment A on Province { predecessors { unit { ...A } } }');
    expect(r.errors).toBeDefined();
  });
});

describe('subgraphs trust identity only from the gateway', () => {
  // verifyIdentity is what every subgraph runs on every request.
  const admin: Identity = { sub: 'a', role: 'admin', scope: ['*'] };

  test('a signed, fresh identity is accepted for the body it was signed with', () => {
    expect(verifyIdentity(signIdentity(admin, '{"query":"{a}"}'), '{"query":"{a}"}')).toMatchObject({ role: 'admin', scope: ['*'] });
  });

  test('a client-made header, a tampered payload, a wrong secret or an old signature is the public', () => {
    const plain = { [IDENTITY_HEADER]: Buffer.from(JSON.stringify({ ...admin, iat: Date.now() })).toString('base64url'), [SIGNATURE_HEADER]: 'x' };
    expect(verifyIdentity(plain).role).toBe('public');
    const signed = signIdentity({ ...admin, role: 'analyst' });
    const tampered = { ...signed, [IDENTITY_HEADER]: Buffer.from(JSON.stringify({ ...admin, iat: Date.now() })).toString('base64url') };
    expect(verifyIdentity(tampered).role).toBe('public');
    expect(verifyIdentity(signIdentity(admin, '', Date.now(), 'other-secret')).role).toBe('public');
    expect(verifyIdentity(signIdentity(admin, '', Date.now() - 10 * 60_000)).role).toBe('public');
  });
});
