/**
 * A sector's rollups recomputed from its raw records, for `npm run rollups:rebuild` and for
 * `npm start`, which before its subgraphs start rebuilds those an older version stored in another
 * layout (kit `rollupLayout`), so that a demo loaded by an older version keeps working, and those
 * an import left incomplete (a demo load stopped with Ctrl-C mid-file), so that its resumed load,
 * which finds those records already stored, still counts them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import { connectDatabase } from '../../kit/src/db/connection';
import { ingestModels } from '../../kit/src/ingest/models';
import { upgradeLayout, rebuildRollups, rollupLayoutOutdated, rollupSpecOf } from '../../kit/src/rollups';
import type { SubgraphDefinition } from '../../kit/src/http/subgraph-server';

export async function definitionOf(sector: string): Promise<SubgraphDefinition<any> | undefined> {
  const file = join(__dirname, '..', '..', 'subgraphs', sector, 'src', 'index.ts');
  if (!existsSync(file)) return undefined;
  const mod = await import(file);
  return Object.values(mod).find((v): v is SubgraphDefinition<any> => typeof v === 'object' && v !== null && (v as { name?: unknown }).name === sector);
}

export const sectorDatabase = (sector: string) => `hub_${sector.replace(/-/g, '_')}`;

/**
 * Whether a sector's figures may miss stored records: a feed's import did not end (its process
 * died; nothing imports while `npm start` or a rebuild runs) or marked them incomplete
 * (`figuresIncompleteSince`, kit ingest/run.ts).
 */
async function figuresIncomplete(conn: Connection): Promise<boolean> {
  const feeds = await ingestModels(conn).FeedStatus.find({}, { running: 1, figuresIncompleteSince: 1 }).lean();
  return feeds.some((f) => f.running || f.figuresIncompleteSince);
}

/**
 * Rebuilds one sector's rollups, then what else it keeps at ingest (its definition's `rebuild`),
 * and clears its feeds' marks of incomplete figures. `whenNeeded` (`npm start`): only when the
 * rollups are of an older layout (then the rollups alone) or the figures may miss records. Logs
 * what it did. `dbName`: the sector's database when not the hub's.
 */
export async function rebuildSector(sector: string, whenNeeded = false, dbName = sectorDatabase(sector)): Promise<void> {
  const db = await connectDatabase(dbName);
  try {
    // Checked before the sector's modules are loaded: at `npm start`, almost always current.
    const outdated = await rollupLayoutOutdated(db.connection);
    const full = !whenNeeded || (await figuresIncomplete(db.connection));
    if (!outdated && !full) return;
    const why = full ? (whenNeeded ? ' (an import did not end: its records were not all counted)' : '') : ' rollups stored in an older layout';
    const def = await definitionOf(sector);
    const feeds = def?.feeds?.(db.connection).filter((f) => rollupSpecOf(f)) ?? [];
    if (feeds.length === 0) {
      // Rollups kept by a hook no feed names (vessels' activity) cannot be recounted: their layout is brought up to date instead.
      if (outdated) console.log(`${sector}: items of ${await upgradeLayout(db.connection)} rollup documents brought to the current layout`);
      else console.log(`${sector}: no feed keeps rollups`);
    } else {
      const started = Date.now();
      const read = await rebuildRollups(db.connection, feeds);
      console.log(
        `${sector}: rebuilt${why} from ${Object.entries(read)
          .map(([f, n]) => `${n} ${f} records`)
          .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    if (!full) return;
    // What the sector keeps at ingest besides rollups (vessels' zone crossings, environment's VN_AQI).
    if (def?.rebuild) {
      const started = Date.now();
      const what = await def.rebuild(db.connection);
      console.log(`${sector}: rebuilt ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // Recounted from every stored record: what interrupted or failed imports left out is counted now.
    await ingestModels(db.connection).FeedStatus.updateMany({}, { $unset: { figuresIncompleteSince: '', running: '' } });
  } finally {
    await db.close();
  }
}
