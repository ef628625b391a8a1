/**
 * A whole hub for tests: the named subgraphs in this process, each on its own port with its own
 * database on the real server, and the gateway in front of them over real HTTP.
 */
import { startSubgraph, connectDatabase, type SubgraphDefinition, type RunningSubgraph } from '@ioc/kit';
import { startGateway, signDevToken, type GatewaySettings, type RunningGateway } from '@ioc/gateway';
// Every query about a sector goes through the administrative-unit entities, so a test hub always has them.
import { adminUnits } from '@ioc/admin-units';

export interface TestHub {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** POST a query through the gateway; `token` adds a bearer token. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test names the shape it reads; untyped, the answer is JSON it walks freely
  query<T = any>(query: string, opts?: { variables?: Record<string, unknown>; token?: string }): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  token(claims: { role: string; scope: string[]; sub?: string }): Promise<string>;
  /** Sends a feed in its native format through the subgraph's real POST /ingest/<feed> route. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's JSON answer, walked freely by tests
  ingest(sector: string, feed: string, body: string | Buffer): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

const worker = process.env.JEST_WORKER_ID ?? '0';

/**
 * @param sectors the sector subgraphs to run (admin-units is always added)
 * @param opts.fresh names whose database starts empty; the others keep theirs between test files
 * of one worker (admin-units, whose load is idempotent and slow to repeat). `tag` names the test;
 * `gateway` overrides gateway settings (rate limits are off and timeouts long unless given).
 */
// Each sector has its own context type: the list holds them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function startTestHub(sectors: SubgraphDefinition<any>[], opts: { fresh?: string[]; tag?: string; gateway?: Partial<GatewaySettings> } = {}): Promise<TestHub> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const defs = sectors.some((d) => d.name === 'admin-units') ? sectors : [adminUnits, ...sectors];
  for (const def of defs) {
    const dbName = `test_${def.name.replace(/-/g, '_')}_${opts.fresh?.includes(def.name) ? `${opts.tag ?? 'x'}_` : ''}w${worker}`;
    if (opts.fresh?.includes(def.name)) {
      const db = await connectDatabase(dbName);
      await db.connection.dropDatabase();
      await db.close();
    }
    subgraphs[def.name] = await startSubgraph(def, { port: 0, dbName });
  }
  const urls = Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.url]));
  // Test files send hundreds of queries a minute from one address, on a machine shared with other
  // test files and FerretDB's full scans: rate limits and the production subgraph timeout have
  // their own tests (gateway/test/hostile.test.ts), so they are relaxed here.
  const gateway = await startGateway({ port: 0, urls, settings: { rateLimitPublic: 0, rateLimitToken: 0, subgraphTimeoutMs: 30_000, subgraphTimeouts: {}, requestTimeoutMs: 60_000, ...opts.gateway } });
  const secret = process.env.HUB_JWT_SECRET!;
  return {
    gateway,
    subgraphs,
    async query(query, o = {}) {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
        body: JSON.stringify({ query, variables: o.variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    token: (c) => signDevToken(secret, { sub: c.sub ?? 'test', role: c.role, scope: c.scope }),
    async ingest(sector, feed, body) {
      const base = subgraphs[sector].url.replace(/\/graphql$/, '');
      const res = await fetch(`${base}/ingest/${feed}`, { method: 'POST', headers: { authorization: `Bearer ${process.env.HUB_INGEST_TOKEN}` }, body });
      return { status: res.status, body: await res.json() };
    },
    async stop() {
      await gateway.stop();
      for (const s of Object.values(subgraphs)) await s.stop();
    },
  };
}
