/**
 * The attacks of issue 10, run against a real hub: each expensive query is refused before any
 * subgraph or database works on it while cheap queries keep answering; a captured identity header
 * does not replay; a sector that is down, slow or killed costs the rest of a query nothing, and a
 * killed one comes back under the supervisor of `npm start`.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { IDENTITY_HEADER, SIGNATURE_HEADER } from '@ioc/kit';
import { health } from '@ioc/health';
import { startTestHub, tempFolders, type TestHub } from '@ioc/testing';
import { startGateway, type RunningGateway } from '../src/server';
import { createVerifier } from '../src/auth';
import { gatewaySettings } from '../src/settings';
import { schemaFacts } from '../src/limits/schema-facts';
import { checkQuery } from '../src/limits/check';
import { auditedParts } from '../src/audit-operations';
import { parse } from 'graphql';
import { supervise, type Supervised } from '../../scripts/lib/supervisor';

let hub: TestHub;
let gw: RunningGateway;
let vessels: Supervised;
let vesselsPort: number;
/** What the supervised process wrote, shown when the restart test fails. */
const vesselsOutput: string[] = [];
let hanging: Server;
const captured: { headers: Record<string, string>; body: string }[] = [];
let recorder: Server;
let admin: string;
let officer: string;
const auditFile = join(tempFolders()('hub-audit-'), 'audit.log');

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${ms} ms`);
}

/** POST a query to a gateway; `within` aborts the request after that many ms (a failure). */
async function ask(g: RunningGateway, query: string, token?: string, within?: number): Promise<{ status: number; body: any; text: string }> {
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: within ? AbortSignal.timeout(within) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

beforeAll(async () => {
  process.env.HUB_AUDIT_LOG = auditFile;
  hub = await startTestHub([health], { fresh: ['health'], tag: 'hostile' });
  admin = await hub.token({ role: 'admin', scope: ['*'] });
  officer = await hub.token({ role: 'officer', scope: ['48'], sub: 'officer-48' });
  // A sector in its own process under the supervisor, as `npm start` runs it.
  vesselsPort = await freePort();
  vessels = supervise('vessels', join(__dirname, '..', '..', 'subgraphs', 'vessels', 'src', 'index.ts'), {
    env: { ...process.env, PORT: String(vesselsPort), HUB_LOG_LEVEL: 'warn' },
    onLine: (line) => vesselsOutput.push(line),
    minBackoffMs: 200,
  });
  // A sector that accepts connections and never answers.
  hanging = createServer(() => {
    /* never answers */
  });
  const hangingUrl = await listen(hanging);
  // Records what the gateway sends admin-units, as someone on the loopback could.
  const adminUnits = hub.subgraphs['admin-units'].url;
  recorder = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('x-hub') || k === 'content-type')) as Record<string, string>;
    captured.push({ headers, body });
    const upstream = await fetch(adminUnits, { method: 'POST', headers, body });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(await upstream.text());
  });
  const recorderUrl = await listen(recorder);
  await waitFor(`http://127.0.0.1:${vesselsPort}/readyz`, 90_000);
  gw = await startGateway({
    port: 0,
    urls: {
      'admin-units': recorderUrl,
      health: hub.subgraphs.health.url,
      vessels: `http://127.0.0.1:${vesselsPort}/graphql`,
      land: hangingUrl,
      environment: `http://127.0.0.1:${await freePort()}/graphql`,
    },
    // Production timeouts (a sector answers or fails within 2 s); no rate limit but in its own test.
    settings: { rateLimitPublic: 0, rateLimitToken: 0 },
  });
}, 150_000);

afterAll(async () => {
  await gw?.stop();
  await vessels?.stop();
  hanging?.closeAllConnections();
  hanging?.close();
  recorder?.close();
  await hub?.stop();
});

const nest = (levels: number, inner: string): string => (levels === 0 ? inner : `province { communes { ${nest(levels - 1, inner)} } }`);
// 12 levels: within the depth limit, so the cost check is what stops it.
const twelveLevels = `{ commune(code: "20335", asOf: "2025-03-01") { ${nest(5, 'code')} } }`;
// Each fragment spreads the next twice: 2^20 selections once expanded, from 1 KB of text.
const fragments = (() => {
  let q = 'query { provinces { ...F0 } }\n';
  for (let i = 0; i < 19; i++) q += `fragment F${i} on Province { code ...F${i + 1} ...F${i + 1} }\n`;
  return `${q}fragment F19 on Province { code successors { unit { code } } }\n`;
})();
const aliases = `{ ${Array.from({ length: 200 }, (_, i) => `h${i}: healthFacilities(first: 1000) { code name beds }`).join(' ')} }`;
const sixSectors = `{ provinces(asOf: "2025-03-01") { communes { code
  procedures(from: "2025-01-01", to: "2025-02-01") { received }
  health(from: "2025-01-01", to: "2025-02-01") { visits }
  education(schoolYear: "2024-2025") { schools }
  land { parcels }
  environment { stations { code } }
  vessels { registered } } } }`;
const manyTokens = `{ province(code: "48") { ${'code '.repeat(3000)} } }`;

describe('expensive queries are refused before anything runs them', () => {
  const attacks: { name: string; query: string; token?: () => string; limit: string }[] = [
    { name: '12-level commune → province → communes (public)', query: twelveLevels, limit: 'maxCost' },
    { name: '20 fragments each spread twice (public)', query: fragments, limit: 'maxCost' },
    { name: '200 aliased healthFacilities(first: 1000) (admin)', query: aliases, token: () => admin, limit: 'maxAliases' },
    { name: 'every commune × six sectors (admin)', query: sixSectors, token: () => admin, limit: 'maxCost' },
    { name: 'a 3,000-token document (public)', query: manyTokens, limit: 'maxTokens' },
  ];

  test.each(attacks)('$name: 400 naming the limit, in Vietnamese', async ({ query, token, limit }) => {
    const r = await ask(gw, query, token?.());
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit, setting: expect.stringMatching(/^HUB_GATEWAY_MAX_/) });
    expect(r.body.errors[0].message).toMatch(/tối đa .* cho vai trò/);
  });

  test('no subgraph database works on them, and cheap queries answer meanwhile', async () => {
    const before = Object.fromEntries(Object.entries(hub.subgraphs).map(([n, s]) => [n, s.db.commands.count]));
    const sent = captured.length;
    const volley = attacks.flatMap((a) => Array.from({ length: 4 }, () => ask(gw, a.query, a.token?.())));
    const results = await Promise.all(volley);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 400));
    expect(Object.fromEntries(Object.entries(hub.subgraphs).map(([n, s]) => [n, s.db.commands.count]))).toEqual(before);
    expect(captured.length).toBe(sent);
    const [cheap, healthz] = await Promise.all([
      ask(gw, '{ province(code: "48") { name } }'),
      fetch(gw.url.replace(/\/graphql$/, '/healthz')),
      ...attacks.map((a) => ask(gw, a.query, a.token?.())),
    ]);
    expect((cheap as { body: any }).body.data.province.name).toBe('Thành phố Đà Nẵng');
    expect((healthz as Response).status).toBe(200);
  });

  test('every query the README shows passes the gate for the role it is written for', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').filter((l) => l.startsWith('{')));
    expect(queries.length).toBeGreaterThan(15);
    const settings = gatewaySettings({});
    const facts = schemaFacts(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
    // Administrative units are public; sector figures need a token (an analyst's is the smallest budget).
    const sector = /procedures|health|education|land|environment|vessels|Feeds/;
    for (const query of queries)
      expect([query, checkQuery({ query }, sector.test(query) ? 'analyst' : 'public', settings, facts).refusal]).toEqual([query, undefined]);
  });

  test("a walk down the unit tree is priced by the register's totals, a walk that climbs back is not", () => {
    const settings = gatewaySettings({});
    const facts = schemaFacts(readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
    // Issue 3's contract query: 34 provinces' 3,321 communes with their predecessors, public.
    const down = '{ provinces { code name communes { code name predecessors { unit { code name } share } } } }';
    expect(checkQuery({ query: down }, 'public', settings, facts).refusal).toBeUndefined();
    // The same lists reached again through `province` repeat units: refused for every role.
    const climb = '{ provinces { communes { province { communes { province { communes { code } } } } } } }';
    expect(checkQuery({ query: climb }, 'admin', settings, facts).refusal).toBeDefined();
  });

  test('a large legitimate query answers: every district and commune of the largest old province', async () => {
    const r = await ask(gw, '{ province(code: "38", asOf: "2025-03-01") { name districts { code name communes { code name type } } } }');
    expect(r.status).toBe(200);
    const communes = r.body.data.province.districts.flatMap((d: any) => d.communes);
    expect(communes.length).toBeGreaterThan(500);
  });
});

describe('identity', () => {
  test('a captured identity header does not replay, nor serve another query', async () => {
    const r = await ask(gw, '{ province(code: "48") { code } }', admin);
    expect(r.body.data.province.code).toBe('48');
    const { headers, body } = captured.at(-1)!;
    expect(headers[IDENTITY_HEADER]).toBeDefined();
    const direct = hub.subgraphs['admin-units'].url;
    const replay = await fetch(direct, { method: 'POST', headers, body });
    expect(replay.status).toBe(401);
    const other = await fetch(direct, { method: 'POST', headers, body: JSON.stringify({ query: '{ provinces { code } }' }) });
    expect(other.status).toBe(401);
    const stripped = { 'content-type': 'application/json' };
    expect((await fetch(direct, { method: 'POST', headers: stripped, body })).status).toBe(200);
    expect(headers[SIGNATURE_HEADER]).toBeDefined();
  });

  test('a token without exp is refused; iss and aud are required when configured', async () => {
    const secret = new TextEncoder().encode(process.env.HUB_JWT_SECRET!);
    const forever = await new SignJWT({ role: 'admin', scope: ['*'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(secret);
    const r = await ask(gw, '{ provinces { code } }', forever);
    expect(r.status).toBe(401);
    expect(r.body.errors[0].message).toMatch(/exp/);
    const strict = await createVerifier({
      HUB_JWT_SECRET: process.env.HUB_JWT_SECRET,
      HUB_JWT_ISSUER: 'https://sso.danang.gov.vn',
      HUB_JWT_AUDIENCE: 'ioc-hub',
    });
    await expect(strict.verify(`Bearer ${admin}`)).rejects.toThrow(/iss/);
    const good = await new SignJWT({ role: 'admin', scope: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('https://sso.danang.gov.vn')
      .setAudience('ioc-hub')
      .setExpirationTime('5m')
      .sign(secret);
    expect(await strict.verify(`Bearer ${good}`)).toMatchObject({ role: 'admin' });
  });

  test('introspection is closed to the public, open with a token', async () => {
    const q = '{ __schema { queryType { name } } }';
    const pub = await ask(gw, q);
    expect(pub.status).toBe(400);
    expect(pub.body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'introspection' });
    const withToken = await ask(gw, q, admin);
    expect(withToken.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('a sector down, slow or killed', () => {
  const probe = '{ province(code: "48") { name land { parcels } environment { stations { code } } health(from: "2025-01-01", to: "2025-02-01") { visits } } }';

  test('a slow and an unreachable sector each report their own error, naming no address, within 2 s', async () => {
    const r = await ask(gw, probe, admin, 2_000);
    expect(r.body.data.province.name).toBe('Thành phố Đà Nẵng');
    expect(r.body.data.province.health).toEqual(expect.objectContaining({ visits: expect.any(Number) }));
    const sectors = r.body.errors.map((e: any) => e.extensions.sector).sort();
    expect(sectors).toEqual(['environment', 'land']);
    for (const e of r.body.errors) expect(e.message).toContain(`"${e.extensions.sector}"`);
    expect(r.text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
  });

  test('a killed sector leaves the rest answering at once and is back under the supervisor within 30 s', async () => {
    const q = '{ province(code: "48") { name vessels { registered } } }';
    expect((await ask(gw, q, admin)).body.errors).toBeUndefined();
    const restarted = vessels.nextStart();
    vessels.child.kill('SIGKILL');
    await new Promise((r) => vessels.child.once('exit', r));
    const during = await ask(gw, q, admin, 2_000);
    expect(during.body.data.province.name).toBe('Thành phố Đà Nẵng');
    expect(during.body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', sector: 'vessels' });
    await restarted;
    const end = Date.now() + 30_000;
    let back: any;
    while (Date.now() < end) {
      back = (await ask(gw, q, admin)).body;
      if (!back.errors) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect([back.errors, vessels.restarts, vesselsOutput.slice(-5)]).toEqual([undefined, 1, expect.anything()]);
    expect(back.data.province.vessels).toEqual({ registered: expect.any(Number) });
  }, 60_000);
});

describe('rate limits and CORS', () => {
  let strict: RunningGateway;
  beforeAll(async () => {
    strict = await startGateway({
      port: 0,
      urls: { 'admin-units': hub.subgraphs['admin-units'].url },
      settings: { rateLimitPublic: 3, rateLimitToken: 5, corsOrigins: ['https://ioc.danang.gov.vn'] },
    });
  });
  afterAll(() => strict?.stop());

  test('public callers per client, token holders per token', async () => {
    const q = '{ province(code: "48") { code } }';
    const pub = [];
    for (let i = 0; i < 4; i++) pub.push(await ask(strict, q));
    expect(pub.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(pub[3].body.errors[0].message).toMatch(/Quá nhiều yêu cầu.*HUB_GATEWAY_RATE_LIMIT_PUBLIC/);
    const a = await hub.token({ role: 'analyst', scope: ['48'], sub: 'analyst-a' });
    const b = await hub.token({ role: 'analyst', scope: ['48'], sub: 'analyst-b' });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(strict, q, a)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await ask(strict, q, b)).status).toBe(200);
  });

  test('only listed origins may call from a browser', async () => {
    const base = strict.url;
    const preflight = (origin: string) =>
      fetch(base, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const ok = await preflight('https://ioc.danang.gov.vn');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://ioc.danang.gov.vn');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('observability', () => {
  test('/metrics on the gateway and on a subgraph', async () => {
    const g = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(g).toMatch(/hub_gateway_refusals_total\{limit="maxCost",role="public"\} [1-9]/);
    expect(g).toMatch(/hub_graphql_request_duration_seconds_count\{service="gateway",operation="anonymous"\} [1-9]/);
    expect(g).toMatch(/hub_subgraph_fetch_duration_seconds_count\{subgraph="land",outcome="timeout"\} [1-9]/);
    const s = await (await fetch(hub.subgraphs.health.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(s).toMatch(/hub_db_command_duration_seconds_count\{database="test_health_hostile_w\d+",command="\w+",outcome="ok"\} [1-9]/);
  });

  test('a read of raw rejected records is in the audit log: who, when, what, scope', async () => {
    const r = await ask(gw, 'query Rejected { healthRejects(feed: "fhir", first: 5) { reason } }', officer);
    expect(r.status).toBe(200);
    const lines = readFileSync(auditFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const line = lines.find((l) => l.action === 'read-rejects' && l.sub === 'officer-48');
    expect(line).toMatchObject({ role: 'officer', scope: ['48'], operation: 'Rejected', fields: ['healthRejects(feed: "fhir", first: 5)'], status: 200 });
    expect(Date.parse(line.time)).toBeGreaterThan(Date.now() - 60_000);
    expect(line.requestId).toEqual(expect.any(String));
  });

  test('a write is audited by field and argument names, never the values it carries', () => {
    const doc = parse('mutation Send { submitFeedback(input: { name: "Nguyễn Văn A", phone: "0905123456" }) { trackingCode } } ');
    expect(auditedParts(doc)).toEqual({ action: 'write', operation: 'Send', fields: ['submitFeedback(input)'] });
    const viaFragment = parse('query { ...R } fragment R on Query { landRejects(first: 3) { reason } }');
    expect(auditedParts(viaFragment)).toEqual({ action: 'read-rejects', operation: null, fields: ['landRejects(first: 3)'] });
    expect(auditedParts(parse('{ provinces { code } }'))).toBeUndefined();
  });
});
