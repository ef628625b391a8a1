/**
 * `npm run rollups:rebuild <sector>` after an import that stopped mid-way: the figures are recounted
 * from every stored record and the feed's mark of incomplete figures is cleared.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { tempFolders } from '@ioc/testing';
import { connectDatabase, ingestModels, recount, rollupSpecOf, runIngest, storedRollups, type Database, type Feed } from '@ioc/kit';
import { definitionOf, rebuildSector } from '../lib/rollups-rebuild';

const tempFolder = tempFolders();
const dbName = `test_rollups_rebuild_w${process.env.JEST_WORKER_ID ?? 0}`;
let db: Database;
afterAll(() => db?.close());

test('a rebuild after an interrupted import recounts the lost bookkeeping and clears the mark', async () => {
  db = await connectDatabase(dbName);
  await db.connection.dropDatabase();
  const def = (await definitionOf('procedures'))!;
  await def.setup?.(db);
  const feed = def.feeds!(db.connection).find((f: Feed<any>) => f.name === 'dossiers')!;
  const { generateScale } = await import(join(__dirname, '..', '..', 'subgraphs', 'procedures', 'src', 'demo.ts'));
  const files: { file: string }[] = await generateScale(tempFolder('rebuild-'), 0.002);
  await runIngest(db.connection, feed, createReadStream(files[0].file));
  // What a process that died after storing the records of its next file, before their
  // bookkeeping, leaves: the records, no rollups for them, and its import still marked as running.
  const { FeedStatus } = ingestModels(db.connection);
  const since = new Date(Date.now() - 60_000);
  await FeedStatus.updateOne({ _id: 'dossiers' }, { $set: { running: { id: 'gone', since } } });
  await runIngest(db.connection, { ...feed, onAccepted: undefined }, createReadStream(files[1].file));
  await runIngest(db.connection, feed, createReadStream(files[2].file));
  const raw = await feed.model.find({}).lean();
  const fromRaw = recount(rollupSpecOf(feed)!, raw);
  expect(await storedRollups(db.connection)).not.toEqual(fromRaw);
  expect((await FeedStatus.findById('dossiers').lean())!.figuresIncompleteSince).toEqual(since);

  await rebuildSector('procedures', false, dbName);
  expect(await storedRollups(db.connection)).toEqual(fromRaw);
  expect((await FeedStatus.findById('dossiers').lean())!.figuresIncompleteSince ?? null).toBeNull();
}, 120_000);
