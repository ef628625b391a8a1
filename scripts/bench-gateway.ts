/**
 * `npm run bench -- gateway [--runs N]`: where the time of the register tree goes (issue 9's target:
 * the old-register tree, 63 → 696 → 10,047, through the gateway in < 300 ms). Starts the database,
 * admin-units and the gateway as `npm start` does, then times each tree query
 * - through the gateway, the same text again and again (its first run is the gateway's first ever);
 * - through the gateway with a text it has never seen (a new operation name each run: nothing kept,
 *   nothing planned before), which is what any variant of the query costs the first time;
 * - on admin-units directly, with the identity the gateway would sign: the subgraph's own share.
 * With `--dashboard`, every subgraph starts too and the one-province six-sector dashboard query
 * (scripts/bench-scale-queries.ts) is timed through the gateway, split from the hub's log into the
 * subgraphs' critical path and the gateway's own share (over an empty database: the answers are
 * zeros, the gateway's work is the same plan, fetches and shaping).
 * Prints first/p50/p95/max in ms and the load average, and writes them under bench/results/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDatabaseServer } from '../kit/src/db/server';
import { signIdentity, publicIdentity } from '../kit/src/identity';
import { signDevToken } from '../gateway/src/auth';
import { startHub } from './lib/hub-processes';
import { requestSplits, splitMedians } from './lib/request-split';
import { percentile, round1 } from './lib/figures';
import { dashboardQueries } from './bench-scale-queries';

const root = join(__dirname, '..');

const trees = [
  { name: 'old-register tree (63 → 696 → 10,047)', body: 'provinces(asOf: "2025-03-01") { code name districts { code name communes { code name } } }' },
  { name: 'new-register tree (34 → 3,321)', body: 'provinces(asOf: "2025-09-01") { code name type communes { code name type } }' },
];

interface Timing {
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  runs: number;
}

/** CPU time a process has used so far, in ms (user + system, from /proc/<pid>/stat; 0 where /proc is missing). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are the stat file's 14th and 15th fields, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function timed(runs: number, once: (i: number) => Promise<void>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    await once(i);
    times.push(performance.now() - t);
  }
  const first = times.shift()!;
  times.sort((a, b) => a - b);
  return {
    firstMs: round1(first),
    p50Ms: round1(percentile(times, 0.5)),
    p95Ms: round1(percentile(times, 0.95)),
    maxMs: round1(times[times.length - 1]),
    runs,
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}, bodyText?: string): Promise<void> {
  const body = bodyText ?? JSON.stringify({ query });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answer = (await res.json()) as { errors?: { message: string }[]; data?: { provinces?: unknown[] } };
  if (!res.ok || answer.errors || !answer.data?.provinces?.length)
    throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 300)}`);
}

export async function runGatewayBench(args: string[]): Promise<number> {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
  const dataDir = join(root, '.data', 'bench', 'gateway');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  process.env.HUB_DATA_DIR = dataDir;
  // Its own empty server, never the one a running `npm start` uses.
  delete process.env.MONGODB_URI;
  const db = await findDatabaseServer();
  const logFile = join(dataDir, 'hub.log');
  const dashboard = args.includes('--dashboard');
  // The runs come from one address faster than a public caller may ask.
  const settings = { HUB_GATEWAY_RATE_LIMIT_PUBLIC: '100000', HUB_GATEWAY_RATE_LIMIT_TOKEN: '100000' };
  const hub = await startHub(db.uri, (line) => appendFileSync(logFile, `${line}\n`), settings, dashboard ? undefined : ['admin-units']);
  const figures: Record<string, Record<string, Timing>> = {};
  let dashboardSplit: ReturnType<typeof splitMedians> | undefined;
  let cpuPerRequestMs: Record<string, number> | undefined;
  try {
    if (dashboard) {
      const q = dashboardQueries()[0];
      const token = await signDevToken(hub.env.HUB_JWT_SECRET!, { sub: 'bench', role: 'admin', scope: ['*'] });
      const ids: string[] = [];
      const ask = async (id: string) => {
        const res = await fetch(`${hub.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': id },
          body: JSON.stringify({ query: q.query, variables: q.variables }),
        });
        const answer = (await res.json()) as { errors?: unknown[] };
        if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 300));
      };
      // The first request plans the query: its CPU is left out of the per-request figures.
      const firstStarted = performance.now();
      await ask(`bench-dashboard-first-${Date.now()}`);
      const firstMs = round1(performance.now() - firstStarted);
      const cpuBefore = Object.fromEntries(Object.entries(hub.pids).map(([n, pid]) => [n, cpuMs(pid)]));
      const t = await timed(runs, async (i) => {
        const id = `bench-dashboard-${Date.now()}-${i}`;
        ids.push(id);
        await ask(id);
      });
      t.firstMs = firstMs;
      // CPU per request does not depend on how many other processes wait for the machine's cores.
      cpuPerRequestMs = Object.fromEntries(Object.entries(hub.pids).map(([n, pid]) => [n, round1((cpuMs(pid) - cpuBefore[n]) / (runs + 1))]));
      await new Promise((r) => setTimeout(r, 500));
      dashboardSplit = splitMedians([...requestSplits(readFileSync(logFile, 'utf8'), new Set(ids.slice(1))).values()]);
      figures[q.name] = { 'gateway, empty database': t };
      console.log(`\n${q.name}, empty database (ms; load average ${loadavg().map(round1).join(' ')})`);
      console.log(`first ${t.firstMs}, p50 ${t.p50Ms}, p95 ${t.p95Ms}, max ${t.maxMs}`);
      console.log(
        `from the log, p50: gateway ${dashboardSplit.gatewayP50Ms}, subgraphs' critical path ${dashboardSplit.criticalPathP50Ms}, gateway's own ${dashboardSplit.gatewayOwnP50Ms}; ` +
          Object.entries(dashboardSplit.subgraphP50Ms)
            .map(([n, ms]) => `${n} ${ms}`)
            .join(', '),
      );
      console.log(
        `CPU per request (ms): ${Object.entries(cpuPerRequestMs)
          .map(([n, ms]) => `${n} ${ms}`)
          .join(', ')}`,
      );
    }
    for (const tree of trees) {
      const gateway = `${hub.gatewayUrl}/graphql`;
      const direct = `${hub.subgraphUrls['admin-units']}/graphql`;
      const secret = hub.env.HUB_INTERNAL_SECRET!;
      const f: Record<string, Timing> = {};
      f['gateway, same text'] = await timed(runs, () => post(gateway, `{ ${tree.body} }`));
      f['gateway, new text each run'] = await timed(runs, (i) => post(gateway, `query Tree${i}x${Date.now()} { ${tree.body} }`));
      f['admin-units directly'] = await timed(runs, (i) => {
        const body = JSON.stringify({ query: `query Direct${i} { ${tree.body} }` });
        return post(direct, '', signIdentity(publicIdentity, body, Date.now(), secret), body);
      });
      figures[tree.name] = f;
      console.log(`\n${tree.name} (ms; load average ${loadavg().map(round1).join(' ')})`);
      console.log(`${'path'.padEnd(28)}${['first', 'p50', 'p95', 'max'].map((h) => h.padStart(8)).join('')}`);
      for (const [path, t] of Object.entries(f))
        console.log(`${path.padEnd(28)}${[t.firstMs, t.p50Ms, t.p95Ms, t.maxMs].map((x) => String(x).padStart(8)).join('')}`);
    }
  } finally {
    await hub.stop();
    await db.stop();
  }
  const commit = execSync('git rev-parse HEAD', { cwd: root }).toString().trim();
  const date = new Date().toISOString();
  const result = {
    benchmark: 'gateway',
    date,
    commit,
    dirty: execSync('git status --porcelain', { cwd: root }).toString().trim() !== '',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverageAtEnd: loadavg().map(round1) },
    queries: figures,
    ...(dashboardSplit ? { dashboardSplit, cpuPerRequestMs } : {}),
  };
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `gateway-${date.slice(0, 10)}-${commit.slice(0, 8)}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nfigures written to ${file.slice(root.length + 1)}`);
  return 0;
}
