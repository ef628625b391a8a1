/**
 * npm run rollups:rebuild [sector]
 * Recomputes a sector's rollups (every sector's without argument) from its raw records, then what
 * else it keeps at ingest (its definition's `rebuild`), in the
 * database of the running hub (or the server MONGODB_URI names): the raw collections are streamed
 * and the counters written in bulk. Run it while no feed of the sector is being ingested: counts a
 * concurrent import adds while the rollups are rebuilt could be lost.
 */
import { databaseServer } from '../kit/src/db/connection';
import { subgraphPorts } from '../kit/src/subgraph-list';
import { rebuildSector } from './lib/rollups-rebuild';

async function main() {
  const asked = process.argv[2];
  const sectors = Object.keys(subgraphPorts()).filter((s) => s !== 'admin-units');
  if (asked && !sectors.includes(asked)) throw new Error(`không có ngành "${asked}"; có: ${sectors.join(', ')}`);
  // The server connectDatabase uses: the running hub's when there is one (stopping it then does nothing).
  const server = await databaseServer();
  try {
    for (const sector of asked ? [asked] : sectors) await rebuildSector(sector);
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
