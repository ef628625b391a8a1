/**
 * The province query right after small ingest batches (lib/live-batches.ts), on a hub the scale
 * benchmark loaded and kept (HUB_DATA_DIR): starts the database server of HUB_DATA_DIR, every
 * subgraph and the gateway as `npm start` does, and prints a line of figures per sector.
 *
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-scale-run.ts S /tmp/lat-S.json   # loads it once
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-live.ts [rounds] [records per batch] [sectors]
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatabaseServer } from '../kit/src/db/server';
import { signDevToken } from '../gateway/src/auth';
import { startHub } from './lib/hub-processes';
import { afterBatchLine, timeAfterBatches } from './lib/live-batches';
import { runMain } from './lib/run-main';

async function main() {
  const rounds = Number(process.argv[2] ?? 10);
  const perBatch = Number(process.argv[3] ?? 100);
  const dataDir = process.env.HUB_DATA_DIR;
  if (!dataDir) throw new Error('usage: HUB_DATA_DIR=<loaded dir> tsx scripts/bench-live.ts [rounds] [records per batch] [sectors, e.g. procedures,health]');
  const out = join(dataDir, 'bench-live');
  mkdirSync(out, { recursive: true });
  const logFile = join(out, 'hub.log');
  writeFileSync(logFile, '');
  const db = await findDatabaseServer();
  const settings = {
    NODE_ENV: 'production',
    HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS: '120000',
    HUB_GATEWAY_REQUEST_TIMEOUT_MS: '120000',
    HUB_GATEWAY_RATE_LIMIT_TOKEN: '0',
  };
  const hub = await startHub(db.uri, (line) => appendFileSync(logFile, `${line}\n`), settings);
  try {
    const token = await signDevToken(hub.env.HUB_JWT_SECRET!, { sub: 'bench', role: 'admin', scope: ['*'] });
    const figures = await timeAfterBatches(hub, token, dataDir, logFile, { rounds, perBatch, sectors: process.argv[4]?.split(',') });
    for (const f of figures) console.log(afterBatchLine(f));
  } finally {
    await hub.stop();
    await db.stop();
  }
}

runMain(main);
