/**
 * `npm start`: the whole hub on this machine. Finds or starts the database, starts every subgraph
 * as its own supervised process (restarted with backoff when it dies; scripts/lib/supervisor.ts)
 * and the gateway, loads the demo data through each sector's connector on first run, prints the
 * URLs and a development token. Ctrl-C stops all of it.
 */
import { join } from 'node:path';
import { findDatabaseServer } from '../kit/src/db/server';
import { subgraphPorts } from '../kit/src/subgraph-list';
import { signDevToken } from '../gateway/src/auth';
import { devSecrets } from './lib/dev-secrets';
import { loadDemo, loadDemoScale } from './lib/demo-load';
import { rebuildSector } from './lib/rollups-rebuild';
import { supervise, type Supervised } from './lib/supervisor';

const root = join(__dirname, '..');
const children: Supervised[] = [];

async function waitReady(url: string, what: string, s: Supervised, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A process that cannot start at all is a configuration error, not a crash to retry for minutes.
    if (s.restarts > 3) throw new Error(`${what} failed to start ${s.restarts} times`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s`);
}

/** Children log JSON lines (with their service name) to our stdout; anything else gets a name prefix. */
function run(name: string, file: string, env: NodeJS.ProcessEnv): Supervised {
  const s = supervise(name, file, {
    env,
    onLine: (line, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(line.startsWith('{') ? `${line}\n` : `[${name}] ${line}\n`),
  });
  children.push(s);
  return s;
}

async function main() {
  const secrets = devSecrets();
  const db = await findDatabaseServer();
  console.log(`database: ${db.kind} ${db.uri}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: db.uri,
    HUB_JWT_SECRET: process.env.HUB_JWT_SECRET ?? secrets.jwtSecret,
    HUB_INTERNAL_SECRET: process.env.HUB_INTERNAL_SECRET ?? secrets.internalSecret,
    HUB_INGEST_TOKEN: process.env.HUB_INGEST_TOKEN ?? secrets.ingestToken,
  };
  const stopAll = async () => {
    await Promise.all(children.map((c) => c.stop()));
    await db.stop();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));

  const ports = subgraphPorts();
  // Rollups an older version stored (.data of an earlier run), or an import stopped mid-way left
  // incomplete, are recomputed before any subgraph reads or adds to them.
  process.env.MONGODB_URI = db.uri;
  for (const sector of Object.keys(ports).filter((s) => s !== 'admin-units')) await rebuildSector(sector, true);
  // PORT is the gateway's; a subgraph started here takes its port from schema/subgraphs.json.
  const subgraphEnv = { ...env, PORT: undefined };
  const started = Object.entries(ports).map(([name, port]) => {
    const child = run(name, join(root, 'subgraphs', name, 'src', 'index.ts'), subgraphEnv);
    return waitReady(`http://127.0.0.1:${port}/readyz`, name, child);
  });
  await Promise.all(started);
  const gatewayPort = Number(process.env.PORT ?? 4000);
  const gateway = run('gateway', join(root, 'gateway', 'src', 'index.ts'), env);
  await waitReady(`http://127.0.0.1:${gatewayPort}/readyz`, 'gateway', gateway);
  await loadDemo(env, ports);

  const admin = await signDevToken(env.HUB_JWT_SECRET!, { sub: 'dev-admin', role: 'admin', scope: ['*'] });
  const leader = await signDevToken(env.HUB_JWT_SECRET!, { sub: 'dev-leader-48', role: 'leader', scope: ['48'] });
  console.log(
    [
      '',
      'IOC Data Hub is running.',
      `  dashboard               http://127.0.0.1:${gatewayPort}/dashboard/?province=48&period=2025-10#token=${admin}`,
      `  GraphQL API + explorer  http://127.0.0.1:${gatewayPort}/graphql`,
      `  health / readiness      http://127.0.0.1:${gatewayPort}/healthz  /readyz`,
      ...Object.entries(ports).map(([n, p]) => `  subgraph ${n.padEnd(13)} http://127.0.0.1:${p}/graphql`),
      '',
      'Development tokens (12 h), send as "Authorization: Bearer <token>":',
      `  admin, whole country:        ${admin}`,
      `  leader, Thành phố Đà Nẵng:   ${leader}`,
      '',
      'Ctrl-C stops everything.',
    ].join('\n'),
  );
  // The province-year goes in while the hub answers; a failure stops the load, not the hub.
  loadDemoScale(env, ports).catch((e) =>
    console.error(`[demo] province-year load stopped: ${e instanceof Error ? e.message : e}; it resumes at the next start`),
  );
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await Promise.all(children.map((c) => c.stop()));
  process.exit(1);
});
