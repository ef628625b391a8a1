/**
 * The hub as separate processes on free ports (the database server, every subgraph, the gateway),
 * as `npm start` runs it, for the scale benchmark: each process is node itself with tsx's loader,
 * so that its pid is the one whose peak memory is read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatabaseServer, freePort } from '../../kit/src/db/server';
import { signDevToken } from '../../gateway/src/auth';
import { projectRoot } from '../../kit/src/paths';
import { subgraphPorts } from '../../kit/src/subgraph-list';

export interface HubProcesses {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The process of each subgraph and the gateway, by name. */
  pids: Record<string, number>;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

async function waitReady(url: string, what: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s`);
}

/** Peak resident memory of a process in MB (VmHWM of /proc/<pid>/status), null where /proc is missing. */
export function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * Starts every subgraph (or those of `only`), then the gateway, against the database at `mongoUri`,
 * with `settings` added to the environment; output goes to `log`.
 */
export async function startHub(mongoUri: string, log: (line: string) => void, settings: Record<string, string> = {}, only?: string[]): Promise<HubProcesses> {
  const children: { name: string; child: ChildProcess }[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    MONGODB_URI: mongoUri,
    HUB_JWT_SECRET: randomBytes(32).toString('hex'),
    HUB_INTERNAL_SECRET: randomBytes(32).toString('hex'),
    HUB_INGEST_TOKEN: randomBytes(24).toString('hex'),
  };
  const run = (name: string, file: string, port: number, extra: NodeJS.ProcessEnv = {}) => {
    // HUB_BENCH_NODE_ARGS: node flags for every process of the hub, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`
    // to profile a loaded hub (node refuses --cpu-prof in NODE_OPTIONS).
    const nodeArgs = process.env.HUB_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', file], {
      env: { ...env, ...extra, PORT: String(port) },
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((l) => log(`[${name}] ${l.replace(/^\[[^\]]+\] /, '')}`));
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    children.push({ name, child });
    return child;
  };
  const stop = async () => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const urlEnv: NodeJS.ProcessEnv = {};
    await Promise.all(
      Object.keys(subgraphPorts())
        .filter((name) => !only || only.includes(name))
        .map(async (name) => {
          const port = await freePort();
          subgraphUrls[name] = `http://127.0.0.1:${port}`;
          urlEnv[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`] = `${subgraphUrls[name]}/graphql`;
          const child = run(name, join(projectRoot, 'subgraphs', name, 'src', 'index.ts'), port);
          await waitReady(`${subgraphUrls[name]}/readyz`, name, child);
        }),
    );
    const gatewayPort = await freePort();
    const gateway = run('gateway', join(projectRoot, 'gateway', 'src', 'index.ts'), gatewayPort, urlEnv);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    // With some subgraphs left out the gateway is never "ready"; it is up once it answers.
    await waitReady(`${gatewayUrl}/${only ? 'healthz' : 'readyz'}`, 'gateway', gateway);
    const pids = Object.fromEntries(children.map(({ name, child }) => [name, child.pid!]));
    return { gatewayUrl, subgraphUrls, pids, env, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The hub over the database a scale benchmark loaded and kept (HUB_DATA_DIR), as the benchmark runs
 * it (production mode, long timeouts) without the per-token rate limit, its log in `<out>/hub.log`,
 * with an admin token for the gateway; `stop` stops it and the database server.
 */
export async function startLoadedHub(out: string) {
  const dataDir = process.env.HUB_DATA_DIR;
  if (!dataDir) throw new Error('HUB_DATA_DIR: the directory a scale benchmark loaded');
  mkdirSync(out, { recursive: true });
  const logFile = join(out, 'hub.log');
  writeFileSync(logFile, '');
  const db = await findDatabaseServer();
  const dbPid: number | undefined = db.kind === 'env' ? undefined : JSON.parse(readFileSync(join(dataDir, 'db-server.json'), 'utf8')).pid;
  const settings = {
    NODE_ENV: 'production',
    HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS: '120000',
    HUB_GATEWAY_REQUEST_TIMEOUT_MS: '120000',
    HUB_GATEWAY_RATE_LIMIT_TOKEN: '0',
  };
  const hub = await startHub(db.uri, (line) => appendFileSync(logFile, `${line}\n`), settings);
  const token = await signDevToken(hub.env.HUB_JWT_SECRET!, { sub: 'bench', role: 'admin', scope: ['*'] });
  const stop = async () => {
    await hub.stop();
    await db.stop();
  };
  return { hub, dataDir, logFile, dbPid, token, stop };
}
