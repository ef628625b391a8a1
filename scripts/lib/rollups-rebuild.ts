/**
 * A sector's rollups recomputed from its raw records, for `npm run rollups:rebuild` and for
 * `npm start`, which rebuilds those an older version stored in another layout (kit `rollupLayout`)
 * before its subgraphs start, so that a demo loaded by an older version keeps working.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectDatabase } from '../../kit/src/db/connection';
import { ingestModels } from '../../kit/src/ingest/models';
import { moveItemsApart, rebuildRollups, rollupLayoutOutdated, rollupSpecOf } from '../../kit/src/rollups';
import type { SubgraphDefinition } from '../../kit/src/http/subgraph-server';

export async function definitionOf(sector: string): Promise<SubgraphDefinition<any> | undefined> {
  const file = join(__dirname, '..', '..', 'subgraphs', sector, 'src', 'index.ts');
  if (!existsSync(file)) return undefined;
  const mod = await import(file);
  return Object.values(mod).find((v): v is SubgraphDefinition<any> => typeof v === 'object' && v !== null && (v as { name?: unknown }).name === sector);
}

export const sectorDatabase = (sector: string) => `hub_${sector.replace(/-/g, '_')}`;

/**
 * Rebuilds one sector's rollups (`outdatedOnly`: only when they are of an older layout), then, for
 * a full rebuild, what else it keeps at ingest (its definition's `rebuild`), and clears its feeds'
 * `figuresIncompleteSince`. Logs what it did. `dbName`: the sector's database when not the hub's.
 */
export async function rebuildSector(sector: string, outdatedOnly = false, dbName = sectorDatabase(sector)): Promise<void> {
  const db = await connectDatabase(dbName);
  try {
    // Checked before the sector's modules are loaded: at `npm start`, almost always current.
    if (outdatedOnly && !(await rollupLayoutOutdated(db.connection))) return;
    const def = await definitionOf(sector);
    const feeds = def?.feeds?.(db.connection).filter((f) => rollupSpecOf(f)) ?? [];
    if (feeds.length === 0) {
      // Rollups kept by a hook no feed names (vessels' activity) cannot be recounted: their layout is brought up to date instead.
      if (await rollupLayoutOutdated(db.connection))
        console.log(`${sector}: items of ${await moveItemsApart(db.connection)} rollup documents moved apart (older layout)`);
      else if (!outdatedOnly) console.log(`${sector}: no feed keeps rollups`);
    } else {
      const started = Date.now();
      const read = await rebuildRollups(db.connection, feeds);
      console.log(
        `${sector}: rebuilt${outdatedOnly ? ' rollups stored in an older layout' : ''} from ${Object.entries(read)
          .map(([f, n]) => `${n} ${f} records`)
          .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    // What the sector keeps at ingest besides rollups (vessels' zone crossings, environment's VN_AQI).
    if (!outdatedOnly && def?.rebuild) {
      const started = Date.now();
      const what = await def.rebuild(db.connection);
      console.log(`${sector}: rebuilt ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Recounted from every stored record: what interrupted or failed imports left out is counted now.
    if (!outdatedOnly) await ingestModels(db.connection).FeedStatus.updateMany({}, { $unset: { figuresIncompleteSince: '' } });
  } finally {
    await db.close();
  }
}
