/**
 * Finds the MongoDB-compatible server every subgraph uses, in this order:
 *   1. MONGODB_URI from the environment;
 *   2. a `mongod` on PATH, started on a free loopback port with data under .data/mongod;
 *   3. FerretDB v1 (SQLite backend), built into .tools/bin by scripts/install-ferretdb.sh on first
 *      use and started on a free loopback port with data under .data/ferretdb.
 * A server this module starts is recorded in .data/db-server.json so that a second process (a
 * subgraph started alone next to a running stack) reuses it instead of opening the same files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, openSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { join } from 'node:path';
import { dataDir, projectRoot } from '../paths';

const stateFile = join(dataDir, 'db-server.json');
const ferretBin = join(projectRoot, '.tools', 'bin', 'ferretdb');
/** Kept equal to scripts/install-ferretdb.sh's default. */
const ferretVersion = 'v1.24.2';

export interface DatabaseServer {
  uri: string;
  kind: 'env' | 'mongod' | 'ferretdb' | 'reused';
  stop(): Promise<void>;
}

export const noServerHelp = [
  'Không tìm được máy chủ cơ sở dữ liệu (no database server). Three ways to get one:',
  '  1. set MONGODB_URI to a MongoDB 6+/7 server, e.g. MONGODB_URI=mongodb://127.0.0.1:27017;',
  '  2. put `mongod` on PATH (it is started on a free loopback port, data in .data/mongod);',
  '  3. install Go (https://go.dev/dl/) so that `npm run db:ferretdb` can build FerretDB v1 into .tools/bin.',
].join('\n');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

function portAnswers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((ok) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (v: boolean) => {
      socket.destroy();
      ok(v);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`database server exited (${child.exitCode}); see ${logFile}`);
    if (await portAnswers(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`database server did not open port ${port} within 30 s; see ${logFile}`);
}

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function reuseRecorded(): Promise<DatabaseServer | undefined> {
  if (!existsSync(stateFile)) return undefined;
  try {
    const s = JSON.parse(readFileSync(stateFile, 'utf8')) as { uri: string; pid: number; port: number };
    if (alive(s.pid) && (await portAnswers(s.port))) return { uri: s.uri, kind: 'reused', stop: async () => {} };
  } catch {
    /* a stale or half-written record is ignored and replaced */
  }
  return undefined;
}

/** The patches scripts/install-ferretdb.sh applies, in its order (scripts/ferretdb/patches.txt). */
function ferretPatches(): string[] {
  return readFileSync(join(projectRoot, 'scripts', 'ferretdb', 'patches.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The binary is current when it was built with the patches the project holds now (one hash over all, in order). */
function ferretDbCurrent(): boolean {
  const hash = createHash('sha256');
  for (const name of ferretPatches()) hash.update(readFileSync(join(projectRoot, 'scripts', 'ferretdb', `${ferretVersion}-${name}.patch`)));
  const want = hash.digest('hex');
  try {
    return existsSync(ferretBin) && readFileSync(`${ferretBin}.patch-sha256`, 'utf8').trim() === want;
  } catch {
    return false;
  }
}

function ensureFerretDb(): void {
  if (ferretDbCurrent()) return;
  if (!onPath('go')) throw new Error(noServerHelp);
  const r = spawnSync('bash', [join(projectRoot, 'scripts', 'install-ferretdb.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(ferretBin)) throw new Error(`building FerretDB failed.\n${noServerHelp}`);
}

async function startOwn(kind: 'mongod' | 'ferretdb'): Promise<DatabaseServer> {
  const port = await freePort();
  const dir = join(dataDir, kind);
  mkdirSync(dir, { recursive: true });
  const logFile = join(dataDir, `${kind}.log`);
  const args =
    kind === 'mongod'
      ? ['--dbpath', dir, '--bind_ip', '127.0.0.1', '--port', String(port)]
      : [
          '--handler=sqlite',
          `--sqlite-url=file:${dir}/`,
          `--listen-addr=127.0.0.1:${port}`,
          '--telemetry=disable',
          '--log-level=warn',
          '--state-dir',
          dir,
          // Its metrics listener defaults to a fixed port, which a second server on the machine would hold.
          `--debug-addr=127.0.0.1:${await freePort()}`,
        ];
  const log = openSync(logFile, 'a');
  // FerretDB's garbage collector at Go's default (GOGC=100) took about a fifth of its CPU on ingest;
  // at 300, measured on procedures' month files at size L, the server's CPU fell 22% (6.45 → 5.05 s a
  // file) for 70–90 MB more peak memory (305–322 → 375–393 MB). An operator's GOGC wins.
  const env = kind === 'ferretdb' ? { ...process.env, GOGC: process.env.GOGC ?? '300' } : process.env;
  const child = spawn(kind === 'mongod' ? 'mongod' : ferretBin, args, { stdio: ['ignore', log, log], detached: false, env });
  await waitForPort(port, child, logFile);
  const uri = `mongodb://127.0.0.1:${port}/`;
  writeFileSync(stateFile, JSON.stringify({ uri, port, pid: child.pid, kind }));
  const stop = () =>
    new Promise<void>((ok) => {
      rmSync(stateFile, { force: true });
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGTERM');
    });
  return { uri, kind, stop };
}

/** The server to use; starts one when none is configured or already running. */
export async function findDatabaseServer(): Promise<DatabaseServer> {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, kind: 'env', stop: async () => {} };
  mkdirSync(dataDir, { recursive: true });
  const reused = await reuseRecorded();
  if (reused) return reused;
  if (onPath('mongod')) return startOwn('mongod');
  ensureFerretDb();
  return startOwn('ferretdb');
}
