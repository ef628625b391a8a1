/**
 * Rebuilds the cells and the day lists (cells.ts, day-index.ts) from the reports: for reports stored
 * before those existed, or after restoring the reports alone. The reports are streamed once and
 * listed a thousand at a time; hot-spot marks stay as stored on the reports.
 *   npx tsx subgraphs/feedback/src/reindex.ts   (the running hub's database, or MONGODB_URI's)
 * `npm run rollups:rebuild feedback` does the same for the figures. Run either while nothing writes reports.
 */
import { connectDatabase, databaseServer, renewStamp } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type FeedbackDoc } from './models';
import { listChanges, listedCollections } from './changes';

export async function reindex(conn: Connection): Promise<number> {
  try {
    return await relist(conn);
  } finally {
    // Answers kept by a running hub were made from the lists as they were (kit answer cache).
    await renewStamp(conn);
  }
}

async function relist(conn: Connection): Promise<number> {
  await Promise.all(listedCollections.map((name) => conn.db!.collection(name).deleteMany({})));
  let batch: FeedbackDoc[] = [];
  let n = 0;
  const flush = async () => {
    await listChanges(
      conn,
      batch.map((after) => ({ before: null, after })),
    );
    n += batch.length;
    batch = [];
  };
  for await (const doc of models(conn).Feedback.find({}).lean<FeedbackDoc[]>().cursor({ batchSize: 1000 })) {
    batch.push(doc as FeedbackDoc);
    if (batch.length === 1000) await flush();
  }
  await flush();
  return n;
}

async function main() {
  const server = await databaseServer();
  const db = await connectDatabase('hub_feedback');
  try {
    const started = Date.now();
    const n = await reindex(db.connection);
    console.log(`feedback: cells and day lists rebuilt from ${n} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
    await server.stop();
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
