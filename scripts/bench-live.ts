/**
 * The province query right after small ingest batches (lib/live-batches.ts), on a hub the scale
 * benchmark loaded and kept (HUB_DATA_DIR): starts the database server of HUB_DATA_DIR, every
 * subgraph and the gateway as `npm start` does, and prints a line of figures per sector.
 *
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-scale-run.ts S /tmp/lat-S.json   # loads it once
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-live.ts [rounds] [records per batch] [sectors]
 */
import { join } from 'node:path';
import { startLoadedHub } from './lib/hub-processes';
import { afterBatchLine, timeAfterBatches } from './lib/live-batches';
import { runMain } from './lib/run-main';

async function main() {
  const rounds = Number(process.argv[2] ?? 10);
  const perBatch = Number(process.argv[3] ?? 100);
  if (!process.env.HUB_DATA_DIR)
    throw new Error('usage: HUB_DATA_DIR=<loaded dir> tsx scripts/bench-live.ts [rounds] [records per batch] [sectors, e.g. procedures,health]');
  const { hub, dataDir, logFile, token, stop } = await startLoadedHub(join(process.env.HUB_DATA_DIR, 'bench-live'));
  try {
    const figures = await timeAfterBatches(hub, token, dataDir, logFile, { rounds, perBatch, sectors: process.argv[4]?.split(',') });
    for (const f of figures) console.log(afterBatchLine(f));
  } finally {
    await stop();
  }
}

runMain(main);
