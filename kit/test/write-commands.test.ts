import { connectDatabase, type Database } from '../src';

// The ingest relies on how one write command's statements relate: an insertMany(ordered: false)
// meeting stored records reports each as a duplicate-key write error and writes the rest, and a
// later statement of a bulkWrite sees an earlier one's write. The embedded FerretDB runs a
// command's statements in shared transactions (scripts/ferretdb/*-write-batches.patch); these
// hold on MongoDB too.
let db: Database;

beforeAll(async () => {
  db = await connectDatabase(`test_kit_write_commands_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
});
afterAll(() => db?.close());

test('insertMany (ordered: false) reports each stored record as a duplicate and writes every other one', async () => {
  const things = db.connection.collection<{ _id: number; s: string }>('things');
  await things.insertMany([
    { _id: 3, s: 'stored' },
    { _id: 180, s: 'stored' },
  ]);
  // More than one insert batch of the server (100 documents), with a duplicate in the first and the second.
  const err = await things
    .insertMany(
      Array.from({ length: 250 }, (_, i) => ({ _id: i, s: 'new' })),
      { ordered: false },
    )
    .then(
      () => undefined,
      (e: { writeErrors: { index: number; code: number }[]; result: { insertedCount: number } }) => e,
    );
  expect(err?.writeErrors.map((w) => [w.index, w.code])).toEqual([
    [3, 11000],
    [180, 11000],
  ]);
  expect(err?.result.insertedCount).toBe(248);
  expect(await things.countDocuments({ s: 'new' })).toBe(248);
  expect(await things.countDocuments({ s: 'stored' })).toBe(2);
});

test('a bulkWrite statement sees the writes of the statements before it, and a failing one stops only what follows it (ordered)', async () => {
  const docs = db.connection.collection<{ _id: string; v: number; seen?: boolean }>('docs');
  await docs.insertMany([
    { _id: 'a', v: 1 },
    { _id: 'b', v: 1 },
  ]);
  await docs.bulkWrite(
    [
      { replaceOne: { filter: { _id: 'a' }, replacement: { v: 2 } } },
      // Matches only after the replace above.
      { updateOne: { filter: { _id: 'a', v: 2 }, update: { $set: { seen: true } } } },
      { updateOne: { filter: { _id: 'c' }, update: { $set: { v: 5 } }, upsert: true } },
      { updateOne: { filter: { _id: 'c', v: 5 }, update: { $inc: { v: 1 } } } },
      { deleteOne: { filter: { _id: 'b', v: 1 } } },
    ],
    { ordered: true },
  );
  expect(await docs.find().sort({ _id: 1 }).toArray()).toEqual([
    { _id: 'a', v: 2, seen: true },
    { _id: 'c', v: 6 },
  ]);

  // An upsert whose filter misses a stored _id collides with it: that statement fails with a
  // duplicate key, the one before it is kept and, the bulkWrite being ordered, the one after it is not run.
  const err = await docs
    .bulkWrite(
      [
        { updateOne: { filter: { _id: 'a' }, update: { $set: { v: 3 } } } },
        { updateOne: { filter: { _id: 'c', v: 0 }, update: { $set: { v: 7 } }, upsert: true } },
        { updateOne: { filter: { _id: 'c' }, update: { $set: { v: 8 } } } },
      ],
      { ordered: true },
    )
    .then(
      () => undefined,
      (e: { code: number }) => e,
    );
  expect(err?.code).toBe(11000);
  expect(await docs.find().sort({ _id: 1 }).toArray()).toEqual([
    { _id: 'a', v: 3, seen: true },
    { _id: 'c', v: 6 },
  ]);
});
