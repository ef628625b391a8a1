/**
 * npm run rollups:rebuild [sector]
 * Recomputes a sector's rollups (every sector's without argument) from its raw records, then what
 * else it keeps at ingest (its definition's `rebuild`), in the
 * database of the running hub (or the server MONGODB_URI names): the raw collections are streamed
 * and the counters written in bulk. Run it while no feed of the sector is being ingested: counts a
 * concurrent import adds while the rollups are rebuilt could be lost.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectDatabase, databaseServer } from '../kit/src/db/connection';
import { subgraphPorts } from '../kit/src/subgraph-list';
import { rebuildRollups, rollupSpecOf } from '../kit/src/rollups';
import type { SubgraphDefinition } from '../kit/src/http/subgraph-server';

async function definitionOf(sector: string): Promise<SubgraphDefinition<any> | undefined> {
  const file = join(__dirname, '..', 'subgraphs', sector, 'src', 'index.ts');
  if (!existsSync(file)) return undefined;
  const mod = await import(file);
  return Object.values(mod).find((v): v is SubgraphDefinition<any> => typeof v === 'object' && v !== null && (v as { name?: unknown }).name === sector);
}

async function main() {
  const asked = process.argv[2];
  const sectors = Object.keys(subgraphPorts()).filter((s) => s !== 'admin-units');
  if (asked && !sectors.includes(asked)) throw new Error(`không có ngành "${asked}"; có: ${sectors.join(', ')}`);
  // The server connectDatabase uses: the running hub's when there is one (stopping it then does nothing).
  const server = await databaseServer();
  try {
    for (const sector of asked ? [asked] : sectors) {
      const def = await definitionOf(sector);
      const db = await connectDatabase(`hub_${sector.replace(/-/g, '_')}`);
      try {
        const feeds = def?.feeds?.(db.connection).filter((f) => rollupSpecOf(f)) ?? [];
        if (feeds.length === 0) console.log(`${sector}: no feed keeps rollups`);
        else {
          const started = Date.now();
          const read = await rebuildRollups(db.connection, feeds);
          console.log(
            `${sector}: rebuilt from ${Object.entries(read)
              .map(([f, n]) => `${n} ${f} records`)
              .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          );
        }
        // What the sector keeps at ingest besides rollups (vessels' zone crossings, environment's VN_AQI).
        if (def?.rebuild) {
          const started = Date.now();
          const what = await def.rebuild(db.connection);
          console.log(`${sector}: rebuilt ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      } finally {
        await db.close();
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
