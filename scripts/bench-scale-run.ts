/**
 * One size of the scale benchmark, in a process of its own so that its database server starts
 * empty in HUB_DATA_DIR: writes the province-year through each sector's generator, starts the hub
 * as `npm start` does, posts every file to its subgraph's POST /ingest/<feed>, times the dashboard
 * queries through the gateway and reads each process's peak memory. Writes the figures as JSON.
 * With a budget, a sector's files stop going in once its ingest has taken that many seconds, and a
 * file the subgraph fails stops its sector: the figures then say how much went in.
 *
 *   tsx scripts/bench-scale-run.ts <S|M|L> <result.json> [budget seconds per sector]
 */
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDatabaseServer } from '../kit/src/db/server';
import { projectRoot } from '../kit/src/paths';
import { demoScale, parseDemoSize } from '../kit/src/demo-scale';
import { signDevToken } from '../gateway/src/auth';
import { postFeed } from './lib/post-feed';
import { startHub, peakRssMb } from './lib/hub-processes';
import { dashboardQueries } from './bench-scale-queries';
import { requestSplits, splitMedians } from './lib/request-split';
import { percentile, round1 } from './lib/figures';
import { runMain } from './lib/run-main';
import { afterBatchLine, timeAfterBatches, type AfterBatchFigures } from './lib/live-batches';

const benchSectors = ['procedures', 'health', 'education', 'land', 'environment', 'vessels'];

export interface FeedFigures {
  feed: string;
  file: string;
  bytes: number;
  accepted: number;
  rejected: number;
  unchanged: number;
  seconds: number;
  recordsPerSecond: number;
  error?: string;
}
/**
 * `firstMs`: the unmeasured first run (cold: the gateway plans the query, nothing is kept yet);
 * then `warmUpRuns` unmeasured runs, so that the figures are the hub's steady state, not V8
 * optimising each process's code (a hub just started answered the province query in 50–70 ms for
 * its first ~30 runs, then in 22–30 ms).
 */
export interface QueryFigures {
  name: string;
  runs: number;
  firstMs: number;
  warmUpRuns: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  error: string | null;
  /** The machine's 1, 5 and 15 minute load averages when the query's runs ended. */
  loadAverage: number[];
  /** Medians from the hub's log: the gateway's time, the subgraphs' critical path, the gateway's own share (scripts/lib/request-split.ts). */
  split?: ReturnType<typeof splitMedians>;
}
export interface SizeFigures {
  size: string;
  scale: number;
  database: string;
  generateSeconds: Record<string, number>;
  /** Per sector; `filesIngested` < `files` when its budget ran out or a file failed. */
  ingest: Record<
    string,
    { records: number; seconds: number; recordsPerSecond: number; files: number; filesIngested: number; feeds: FeedFigures[]; loadAverage: number[] }
  >;
  /** Gateway settings changed from their defaults so that slow answers are timed rather than cut. */
  settings: Record<string, string>;
  queries: QueryFigures[];
  /** The province query right after batches of new records (lib/live-batches.ts). */
  afterBatch: AfterBatchFigures[];
  peakRssMb: Record<string, number | null>;
}

/**
 * Each query runs until `maxRuns` or `budgetMs` is spent, at least `minRuns` times, after its first
 * run and up to `warmUpRuns` more (within `warmUpBudgetMs`), none of them measured.
 */
const maxRuns = 100;
const minRuns = 3;
const budgetMs = 30_000;
const warmUpRuns = 30;
const warmUpBudgetMs = 10_000;
/** Batches per sector, and records per batch, after which the province query is timed. */
const afterBatchRounds = 5;
const afterBatchRecords = 100;

async function timeQuery(gatewayUrl: string, token: string, q: ReturnType<typeof dashboardQueries>[number], logFile: string): Promise<QueryFigures> {
  const ids: string[] = [];
  const once = async () => {
    const id = `bench-${Date.now()}-${ids.length}-${Math.random().toString(36).slice(2, 8)}`;
    ids.push(id);
    const t = performance.now();
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': id },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    return { ms: performance.now() - t, error: body.errors?.[0]?.message ?? (res.ok ? null : `HTTP ${res.status}`) };
  };
  const warm = await once();
  let error = warm.error;
  let warmedUp = 0;
  for (const until = performance.now() + warmUpBudgetMs; warmedUp < warmUpRuns && performance.now() < until; warmedUp++) error ??= (await once()).error;
  const measuredFrom = ids.length;
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    const r = await once();
    times.push(r.ms);
    error ??= r.error;
  }
  times.sort((a, b) => a - b);
  // The processes' log lines come through pipes: give the last ones a moment to arrive.
  await new Promise((r) => setTimeout(r, 500));
  const splits = [...requestSplits(readFileSync(logFile, 'utf8'), new Set(ids.slice(measuredFrom))).values()];
  return {
    name: q.name,
    runs: times.length,
    firstMs: round1(warm.ms),
    warmUpRuns: warmedUp,
    p50Ms: round1(percentile(times, 0.5)),
    p95Ms: round1(percentile(times, 0.95)),
    maxMs: round1(times[times.length - 1]),
    error,
    loadAverage: loadavg().map(round1),
    ...(splits.length ? { split: splitMedians(splits) } : {}),
  };
}

async function main() {
  const size = parseDemoSize(process.argv[2] ?? '', 'size');
  const out = process.argv[3];
  const budgetSeconds = process.argv[4] ? Number(process.argv[4]) : Infinity;
  const dataDir = process.env.HUB_DATA_DIR;
  if (!out || !dataDir) throw new Error('usage: HUB_DATA_DIR=<empty dir> tsx scripts/bench-scale-run.ts <S|M|L> <result.json>');
  const scale = demoScale[size];
  const logFile = join(dataDir, 'hub.log');
  const say = (line: string) => console.log(`[bench ${size}] ${line}`);

  const generateSeconds: Record<string, number> = {};
  const files: Record<string, { feed: string; file: string }[]> = {};
  for (const sector of benchSectors) {
    const dir = join(dataDir, 'files', sector);
    mkdirSync(dir, { recursive: true });
    const t = performance.now();
    const { generateScale } = await import(join(projectRoot, 'subgraphs', sector, 'src', 'demo.ts'));
    files[sector] = await generateScale(dir, scale);
    generateSeconds[sector] = round1((performance.now() - t) / 1000);
    say(`wrote ${sector} in ${generateSeconds[sector]} s`);
  }

  const db = await findDatabaseServer();
  const dbPid: number | undefined = db.kind === 'env' ? undefined : JSON.parse(readFileSync(join(dataDir, 'db-server.json'), 'utf8')).pid;
  // Timed as deployed: the image sets NODE_ENV=production (graphql-js then skips its development checks).
  const settings = { NODE_ENV: 'production', HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS: '120000', HUB_GATEWAY_REQUEST_TIMEOUT_MS: '120000' };
  const hub = await startHub(db.uri, (line) => appendFileSync(logFile, `${line}\n`), settings);
  const interrupted = () =>
    void hub
      .stop()
      .then(() => db.stop())
      .then(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    say(`hub up (database: ${db.kind}); log in ${logFile}`);
    const ingest: SizeFigures['ingest'] = {};
    for (const sector of benchSectors) {
      const feeds: FeedFigures[] = [];
      let spent = 0;
      for (const { feed, file } of files[sector]) {
        if (spent >= budgetSeconds) break;
        const t = performance.now();
        const answer = await postFeed(hub.subgraphUrls[sector], feed, file, hub.env.HUB_INGEST_TOKEN!).then(
          async (res) => ({ ok: res.ok, body: await res.text(), error: res.ok ? '' : `HTTP ${res.status}` }),
          (e: Error) => ({ ok: false, body: '', error: e.message }),
        );
        const body = answer.body;
        const seconds = (performance.now() - t) / 1000;
        spent += seconds;
        const name = file.slice(dataDir.length + 1);
        if (!answer.ok) {
          feeds.push({
            feed,
            file: name,
            bytes: statSync(file).size,
            accepted: 0,
            rejected: 0,
            unchanged: 0,
            seconds: round1(seconds),
            recordsPerSecond: 0,
            error: `${answer.error} ${body}`.trim(),
          });
          say(`${name}: ${answer.error} after ${round1(seconds)} s ${body}; the sector's other files are skipped`);
          break;
        }
        const s = JSON.parse(body) as { accepted: number; rejected: number; unchanged: number };
        const records = s.accepted + s.rejected + s.unchanged;
        feeds.push({
          feed,
          file: name,
          bytes: statSync(file).size,
          accepted: s.accepted,
          rejected: s.rejected,
          unchanged: s.unchanged,
          seconds: round1(seconds),
          recordsPerSecond: Math.round(records / seconds),
        });
        say(`${name}: ${records} records in ${round1(seconds)} s (${JSON.stringify(s)})`);
      }
      const done = feeds.filter((f) => !f.error);
      const records = done.reduce((n, f) => n + f.accepted + f.rejected + f.unchanged, 0);
      const seconds = done.reduce((n, f) => n + f.seconds, 0);
      ingest[sector] = {
        records,
        seconds: round1(seconds),
        recordsPerSecond: seconds ? Math.round(records / seconds) : 0,
        files: files[sector].length,
        filesIngested: done.length,
        feeds,
        loadAverage: loadavg().map(round1),
      };
    }

    const token = await signDevToken(hub.env.HUB_JWT_SECRET!, { sub: 'bench', role: 'admin', scope: ['*'] });
    const queries: QueryFigures[] = [];
    for (const q of dashboardQueries()) {
      queries.push(await timeQuery(hub.gatewayUrl, token, q, logFile));
      const f = queries[queries.length - 1];
      say(
        `${q.name}: first ${f.firstMs} ms, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms over ${f.runs} runs after ${f.warmUpRuns} unmeasured` +
          (f.split ? `; gateway's own p50 ${f.split.gatewayOwnP50Ms} ms, subgraphs' p50 ${f.split.criticalPathP50Ms} ms` : '') +
          `; load ${f.loadAverage.join(' ')}${f.error ? `; error: ${f.error}` : ''}`,
      );
    }

    // Then the same province query right after small batches of new records, sector by sector.
    const afterBatch = await timeAfterBatches(hub, token, dataDir, logFile, { rounds: afterBatchRounds, perBatch: afterBatchRecords });
    for (const f of afterBatch) say(afterBatchLine(f));

    const peak: Record<string, number | null> = Object.fromEntries(Object.entries(hub.pids).map(([name, pid]) => [name, peakRssMb(pid)]));
    if (dbPid) peak.database = peakRssMb(dbPid);
    const figures: SizeFigures = {
      size,
      scale: round1(scale * 1000) / 1000,
      database: db.kind,
      settings,
      generateSeconds,
      ingest,
      queries,
      afterBatch,
      peakRssMb: peak,
    };
    writeFileSync(out, JSON.stringify(figures, null, 2));
  } finally {
    await hub.stop();
    await db.stop();
  }
}

runMain(main);
