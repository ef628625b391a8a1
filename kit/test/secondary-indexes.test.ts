/**
 * The schemas' secondary indexes are built where the server uses them (MongoDB) and not where it
 * only pays for them on every write (FerretDB v1); those an earlier version built are dropped there.
 */
import { Schema } from 'mongoose';
import { connectDatabase, dropUnusedIndexes, type Database } from '../src';

let db: Database;
afterAll(() => db?.close());

test("a model's declared indexes follow what the server uses; unused ones already built are dropped", async () => {
  db = await connectDatabase(`test_kit_indexes_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
  const info = await db.connection.db!.admin().command({ buildInfo: 1 });
  expect(db.secondaryIndexes).toBe(!('ferretdbVersion' in info));

  const schema = new Schema({ _id: String, unit: String, at: Date }, { versionKey: false });
  schema.index({ unit: 1, at: 1 });
  const Thing = db.connection.model('IndexedThing', schema, 'indexed_things');
  await Thing.init();
  const names = async () => (await Thing.collection.indexes()).map((i) => i.name).sort();
  expect(await names()).toEqual(db.secondaryIndexes ? ['_id_', 'unit_1_at_1'] : ['_id_']);

  // An index an earlier version built in a kept data directory.
  await Thing.collection.createIndex({ unit: 1, at: 1 });
  await dropUnusedIndexes(db);
  expect(await names()).toEqual(db.secondaryIndexes ? ['_id_', 'unit_1_at_1'] : ['_id_']);
});
