/**
 * The dashboard while feeds keep arriving, as in a province's operations centre: each round posts
 * one small batch of new records to a sector, made from that sector's own files of the scale
 * benchmark (same format, new keys), then times the province query (bench-scale-queries.ts, #0)
 * twice: its first answer after the sector's data changed, and the next one. A batch renews the
 * sector's data stamp; the first answer is what a leader's screen waits for while ingest runs.
 * Used by the scale benchmark (bench-scale-run.ts) and, on a hub it loaded, by bench-live.ts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dashboardQueries } from '../bench-scale-queries';
import { requestSplits } from './request-split';
import { percentile, round1 } from './figures';
import { postFeed } from './post-feed';
import { nmeaChecksum } from '../../subgraphs/vessels/src/connectors/ais-encode';
import type { HubProcesses } from './hub-processes';

/** A sector's newest file of a feed (the generators name them by month or hour, so names sort by time). */
function newest(dir: string, prefix: string): string {
  const names = readdirSync(dir)
    .filter((n) => n.startsWith(prefix))
    .sort();
  if (!names.length) throw new Error(`no ${prefix}* file in ${dir}`);
  return join(dir, names.at(-1)!);
}

/** `n` of `lines`, spread evenly over them. */
function sample(lines: string[], n: number): string[] {
  const step = Math.max(1, Math.floor(lines.length / n));
  return lines.filter((_, i) => i % step === 0).slice(0, n);
}

interface Batch {
  feed: string;
  /** The batch's file content, for round `round` (keys never sent before). */
  make(round: number, n: number): string;
}

/**
 * One batch maker per sector, from the files the scale benchmark wrote. `run` (minutes since
 * 2026-01-01, below 7,000 after a remainder) makes this run's keys, hours and seconds differ from
 * an earlier run's on the same data (a batch sent again would change nothing): readings move on by
 * whole days (to before 2026-11) and an hour a round, reports by an hour and seconds.
 */
function batchMakers(files: string, run: number): Record<string, Batch> {
  const dossiers = readFileSync(newest(join(files, 'procedures'), 'dossiers-'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const bundle = readFileSync(newest(join(files, 'health'), 'health-fhir-'), 'utf8');
  const encounters = bundle.split('\n').filter((l) => l.includes('"resourceType":"Encounter"'));
  const readings = readFileSync(newest(join(files, 'environment'), 'readings-'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const positions = readFileSync(newest(join(files, 'vessels'), 'positions-'), 'utf8')
    .split('\n')
    .filter(Boolean);
  return {
    // New dossiers of the file's month: received, and some already resolved, with new MaHoSo.
    procedures: {
      feed: 'dossiers',
      make: (round, n) =>
        sample(dossiers, n)
          .map((l, i) => l.replace(/"MaHoSo":"([^"]*)-\d+"/, (_, head: string) => `"MaHoSo":"${head}-${run}${round}${String(i).padStart(4, '0')}"`))
          .join('\n') + '\n',
    },
    // New encounters of the Bundle's month (the patients and facilities they name are stored already).
    health: {
      feed: 'fhir',
      make: (round, n) => {
        const entries = sample(encounters, n).map((l) =>
          l
            .replace(/^,/, '')
            .replace(/Encounter-([^"]+)"/, `Encounter-$1-live${run}-${round}"`)
            .replace(/"id":"([^"]+)"/, `"id":"$1-live${run}-${round}"`),
        );
        return `{"resourceType":"Bundle","id":"live-${round}","type":"collection","entry":[\n${entries.join('\n,')}\n]}\n`;
      },
    },
    // The stations' readings of the file's last hours, moved on by whole days, and an hour more a round.
    environment: {
      feed: 'readings',
      make: (round, n) => {
        const [header, ...rows] = readings;
        const day = (iso: string) => new Date(Date.parse(iso) + ((run % 300) * 24 + round) * 3_600_000).toISOString().replace('.000Z', 'Z');
        return [header, ...rows.slice(-n).map((r) => r.replace(/^([^,]+),([^,]+),/, (_, st: string, t: string) => `${st},${day(t)},`))].join('\n') + '\n';
      },
    },
    // The fleet's reports of the newest hour, an hour and some seconds later (tag block time and checksum renewed).
    vessels: {
      feed: 'positions',
      make: (round, n) =>
        positions
          .slice(0, n)
          .map((l) =>
            l.replace(/^\\c:(\d+)\*[0-9A-F]{2}\\/, (_, t: string) => {
              const tag = `c:${Number(t) + 3600 + run * 16 + round}`;
              return `\\${tag}*${nmeaChecksum(tag)}\\`;
            }),
          )
          .join('\n') + '\n',
    },
  };
}

/** Per sector: the province query's first answer after each batch, and the one after it (ms). */
export interface AfterBatchFigures {
  sector: string;
  batches: number;
  recordsPerBatch: number;
  firstP50Ms: number;
  firstMaxMs: number;
  /** The sector's own time in the first answers (the hub's log), p50 and max. */
  sectorP50Ms: number;
  sectorMaxMs: number;
  nextP50Ms: number;
  nextMaxMs: number;
}

/** Sectors whose batches can be made from their benchmark files. */
export const liveSectors = ['procedures', 'health', 'environment', 'vessels'];

/**
 * `rounds` batches of `perBatch` records per sector on a running hub, with the province query
 * asked after each. `dataDir`: where the scale benchmark wrote `files/`; `logFile`: the hub's log.
 */
export async function timeAfterBatches(
  hub: HubProcesses,
  token: string,
  dataDir: string,
  logFile: string,
  opts: { rounds: number; perBatch: number; sectors?: string[] },
): Promise<AfterBatchFigures[]> {
  const run = Math.floor((Date.now() - Date.parse('2026-01-01T00:00:00Z')) / 60_000) % 7000;
  const makers = batchMakers(join(dataDir, 'files'), run);
  const q = dashboardQueries()[0];
  let n = 0;
  const ask = async () => {
    const id = `live-${run}-${n++}`;
    const t = performance.now();
    const res = await fetch(`${hub.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': id },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`province query: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return { id, ms: performance.now() - t };
  };
  // Past the cold start and V8's warm-up (bench-scale-run.ts: about 30 runs), as a centre that has been up a while.
  for (let k = 0; k < 40; k++) await ask();
  const out: AfterBatchFigures[] = [];
  for (const sector of opts.sectors ?? liveSectors) {
    const maker = makers[sector];
    if (!maker) throw new Error(`no batches for ${sector}: one of ${Object.keys(makers).join(', ')}`);
    const first: { id: string; ms: number }[] = [];
    const next: number[] = [];
    for (let round = 0; round < opts.rounds; round++) {
      const file = join(dataDir, `live-${sector}-${round}`);
      writeFileSync(file, maker.make(round, opts.perBatch));
      const res = await postFeed(hub.subgraphUrls[sector], maker.feed, file, hub.env.HUB_INGEST_TOKEN!);
      const text = await res.text();
      if (!res.ok || !/"accepted":[1-9]/.test(text)) throw new Error(`${sector} batch ${round}: HTTP ${res.status} ${text.slice(0, 300)}`);
      first.push(await ask());
      next.push((await ask()).ms);
    }
    // The processes' log lines come through pipes: give the last ones a moment to arrive.
    await new Promise((r) => setTimeout(r, 500));
    const splits = requestSplits(readFileSync(logFile, 'utf8'), new Set(first.map((f) => f.id)));
    const own = [...splits.values()].map((s) => s.subgraphMs[sector] ?? 0).sort((a, b) => a - b);
    const firstMs = first.map((f) => f.ms).sort((a, b) => a - b);
    next.sort((a, b) => a - b);
    out.push({
      sector,
      batches: opts.rounds,
      recordsPerBatch: opts.perBatch,
      firstP50Ms: round1(percentile(firstMs, 0.5)),
      firstMaxMs: round1(firstMs.at(-1)!),
      sectorP50Ms: round1(percentile(own, 0.5) ?? NaN),
      sectorMaxMs: round1(own.at(-1) ?? NaN),
      nextP50Ms: round1(percentile(next, 0.5)),
      nextMaxMs: round1(next.at(-1)!),
    });
  }
  return out;
}

/** One line of figures per sector, as the benchmarks print them. */
export const afterBatchLine = (f: AfterBatchFigures) =>
  `${f.sector}: ${f.batches} batches of ${f.recordsPerBatch}; province query first after a batch p50 ${f.firstP50Ms} ms, max ${f.firstMaxMs} ms ` +
  `(${f.sector}'s own p50 ${f.sectorP50Ms} ms, max ${f.sectorMaxMs} ms); the next p50 ${f.nextP50Ms} ms, max ${f.nextMaxMs} ms`;
