/**
 * An import that stopped mid-way (its process died, or a demo load was stopped with Ctrl-C) leaves
 * records stored whose rollups were never written; the next import of the feed marks the figures
 * incomplete, and the rebuild `npm start` runs before its subgraphs recounts them and clears the mark.
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

test('npm start recounts the figures an interrupted import left out, and only then', async () => {
  db = await connectDatabase(dbName);
  await db.connection.dropDatabase();
  const def = (await definitionOf('procedures'))!;
  await def.setup?.(db);
  const feed = def.feeds!(db.connection).find((f: Feed<any>) => f.name === 'dossiers')!;
  const { generateScale } = await import(join(__dirname, '..', '..', 'subgraphs', 'procedures', 'src', 'demo.ts'));
  const files: { file: string }[] = await generateScale(tempFolder('rebuild-'), 0.002);
  await runIngest(db.connection, feed, createReadStream(files[0].file));
  const { FeedStatus } = ingestModels(db.connection);
  const fromRaw = async () => recount(rollupSpecOf(feed)!, await feed.model.find({}).lean());

  // Nothing to do while every import ended: the rollups are left as they are.
  const stamp = (await db.connection.collection('rollups').findOne({ _id: 'stamp' as any }))!.v;
  await rebuildSector('procedures', true, dbName);
  expect((await db.connection.collection('rollups').findOne({ _id: 'stamp' as any }))!.v).toBe(stamp);

  // What a process that died after storing a file's records, before their bookkeeping, leaves.
  await runIngest(db.connection, { ...feed, onAccepted: undefined }, createReadStream(files[1].file));
  const since = new Date(Date.now() - 60_000);
  await FeedStatus.updateOne({ _id: 'dossiers' }, { $set: { running: { id: 'gone', since } } });
  // The next import finds it and says so.
  await runIngest(db.connection, feed, createReadStream(files[2].file));
  expect((await FeedStatus.findById('dossiers').lean())!.figuresIncompleteSince).toEqual(since);
  expect(await storedRollups(db.connection)).not.toEqual(await fromRaw());

  await rebuildSector('procedures', true, dbName);
  expect(await storedRollups(db.connection)).toEqual(await fromRaw());
  expect((await FeedStatus.findById('dossiers').lean())!.figuresIncompleteSince ?? null).toBeNull();
}, 120_000);
