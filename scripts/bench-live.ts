/**
 * The dashboard while feeds keep arriving, as in a province's operations centre: on a hub the
 * scale benchmark loaded (HUB_DATA_DIR), each round posts one small batch of new records to a
 * sector, made from that sector's own files in HUB_DATA_DIR/files (same format, new keys), then
 * times the province query (bench-scale-queries.ts, #0) twice: its first answer after the sector's
 * data changed, and the next one. Prints, per sector, p50 and max of both and the sector's own
 * share of the first (from the hub's log). A batch renews the sector's data stamp; what the first
 * answer costs is what a leader's screen waits for while ingest runs.
 *
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-scale-run.ts S /tmp/lat-S.json   # loads it once
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-live.ts [rounds] [records per batch] [sectors]
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDatabaseServer } from '../kit/src/db/server';
import { signDevToken } from '../gateway/src/auth';
import { startHub } from './lib/hub-processes';
import { dashboardQueries } from './bench-scale-queries';
import { requestSplits } from './lib/request-split';
import { percentile, round1 } from './lib/figures';
import { postFeed } from './lib/post-feed';
import { runMain } from './lib/run-main';

/** A sector's newest file of a feed (the generators name them by month or hour, so names sort by time). */
function newest(dir: string, prefix: string): string {
  const names = readdirSync(dir)
    .filter((n) => n.startsWith(prefix))
    .sort();
  if (!names.length) throw new Error(`no ${prefix}* file in ${dir}`);
  return join(dir, names.at(-1)!);
}

/** Every `step`-th of the first lines of `text` that pass `keep`, `n` of them. */
function sample(lines: string[], n: number, keep: (l: string) => boolean = () => true): string[] {
  const kept = lines.filter(keep);
  const step = Math.max(1, Math.floor(kept.length / n));
  return kept.filter((_, i) => i % step === 0).slice(0, n);
}

/** NMEA 0183 checksum: XOR of the characters between the delimiter and `*`, two hex digits. */
const nmeaChecksum = (s: string) =>
  [...s]
    .reduce((x, c) => x ^ c.charCodeAt(0), 0)
    .toString(16)
    .toUpperCase()
    .padStart(2, '0');

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
  const dossiers = readFileSync(newest(join(files, 'procedures'), 'dossiers-'), 'utf8').split('\n').filter(Boolean);
  const bundle = readFileSync(newest(join(files, 'health'), 'health-fhir-'), 'utf8');
  const encounters = bundle.split('\n').filter((l) => l.includes('"resourceType":"Encounter"'));
  const readings = readFileSync(newest(join(files, 'environment'), 'readings-'), 'utf8').split('\n').filter(Boolean);
  const positions = readFileSync(newest(join(files, 'vessels'), 'positions-'), 'utf8').split('\n').filter(Boolean);
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
        const entries = sample(encounters, n).map((l) => l.replace(/^,/, '').replace(/Encounter-([^"]+)"/, `Encounter-$1-live${run}-${round}"`).replace(/"id":"([^"]+)"/, `"id":"$1-live${run}-${round}"`));
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

async function main() {
  const rounds = Number(process.argv[2] ?? 10);
  const perBatch = Number(process.argv[3] ?? 100);
  const dataDir = process.env.HUB_DATA_DIR;
  if (!dataDir) throw new Error('usage: HUB_DATA_DIR=<loaded dir> tsx scripts/bench-live.ts [rounds] [records per batch] [sectors, e.g. procedures,health]');
  const run = Math.floor((Date.now() - Date.parse('2026-01-01T00:00:00Z')) / 60_000) % 7000;
  const makers = batchMakers(join(dataDir, 'files'), run);
  const sectors = process.argv[4] ? process.argv[4].split(',') : Object.keys(makers);
  const out = join(dataDir, 'bench-live');
  mkdirSync(out, { recursive: true });
  const logFile = join(out, 'hub.log');
  writeFileSync(logFile, '');
  const db = await findDatabaseServer();
  const settings = { NODE_ENV: 'production', HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS: '120000', HUB_GATEWAY_REQUEST_TIMEOUT_MS: '120000', HUB_GATEWAY_RATE_LIMIT_TOKEN: '0' };
  const hub = await startHub(db.uri, (line) => appendFileSync(logFile, `${line}\n`), settings);
  try {
    const token = await signDevToken(hub.env.HUB_JWT_SECRET!, { sub: 'bench', role: 'admin', scope: ['*'] });
    const q = dashboardQueries()[0];
    let n = 0;
    const ask = async () => {
      const id = `live-${n++}-${Date.now()}`;
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
    for (const sector of sectors) {
      const maker = makers[sector];
      const first: { id: string; ms: number }[] = [];
      const again: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const file = join(out, `${sector}-${round}`);
        writeFileSync(file, maker.make(round, perBatch));
        const res = await postFeed(hub.subgraphUrls[sector], maker.feed, file, hub.env.HUB_INGEST_TOKEN!);
        const text = await res.text();
        if (!res.ok || !/"accepted":[1-9]/.test(text)) throw new Error(`${sector} batch ${round}: HTTP ${res.status} ${text.slice(0, 300)}`);
        first.push(await ask());
        again.push((await ask()).ms);
      }
      await new Promise((r) => setTimeout(r, 500));
      const splits = requestSplits(readFileSync(logFile, 'utf8'), new Set(first.map((f) => f.id)));
      const own = [...splits.values()].map((s) => s.subgraphMs[sector] ?? 0).sort((a, b) => a - b);
      const firstMs = first.map((f) => f.ms).sort((a, b) => a - b);
      again.sort((a, b) => a - b);
      console.log(
        `${sector}: ${rounds} batches of ${perBatch}; province query first after a batch p50 ${round1(percentile(firstMs, 0.5))} ms, max ${round1(firstMs.at(-1)!)} ms ` +
          `(${sector}'s own p50 ${round1(percentile(own, 0.5))} ms, max ${round1(own.at(-1) ?? NaN)} ms); the next p50 ${round1(percentile(again, 0.5))} ms, max ${round1(again.at(-1)!)} ms`,
      );
    }
  } finally {
    await hub.stop();
    await db.stop();
  }
}

runMain(main);
