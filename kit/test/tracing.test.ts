import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { signIdentity } from '../src';
import { supervise, type Supervised } from '../../scripts/lib/supervisor';

// A subgraph process with tracing on, exporting to a stand-in OTLP/HTTP collector.
let collector: Server;
let sub: Supervised;
let port: number;
const spans: { traceId: string; name: string; service: string }[] = [];

beforeAll(async () => {
  collector = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    for (const rs of body.resourceSpans ?? []) {
      const service = rs.resource.attributes.find((a: any) => a.key === 'service.name')?.value.stringValue;
      for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push({ traceId: s.traceId, name: s.name, service });
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((ok) => collector.listen(0, '127.0.0.1', ok));
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  port = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
  sub = supervise('health', join(__dirname, '..', '..', 'subgraphs', 'health', 'src', 'index.ts'), {
    env: {
      ...process.env,
      PORT: String(port),
      HUB_LOG_LEVEL: 'warn',
      HUB_OTEL_EXPORTER_URL: `http://127.0.0.1:${(collector.address() as { port: number }).port}/v1/traces`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
  });
  const end = Date.now() + 90_000;
  while (Date.now() < end) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('subgraph did not start');
}, 120_000);

afterAll(async () => {
  await sub?.stop();
  collector?.close();
});

test("with HUB_OTEL_EXPORTER_URL set, a request and its database commands are exported in the caller's trace", async () => {
  const traceId = randomBytes(16).toString('hex');
  const body = JSON.stringify({ query: '{ healthFacilities(first: 5) { code } }' });
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      ...signIdentity({ sub: 't', role: 'admin', scope: ['*'] }, body),
    },
    body,
  });
  expect(res.status).toBe(200);
  const end = Date.now() + 15_000;
  const ours = () => spans.filter((s) => s.traceId === traceId);
  while (Date.now() < end && !(ours().some((s) => s.name.startsWith('mongodb.')) && ours().some((s) => s.name.startsWith('POST'))))
    await new Promise((r) => setTimeout(r, 200));
  expect(ours().map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^POST/), expect.stringMatching(/^mongodb\./)]));
  expect(ours().every((s) => s.service === 'health')).toBe(true);
});
