/**
 * The change records behind the data stamp (kit rollups/store.ts `renewStamp`, db/writes.ts): a
 * renewal records what the process wrote since its last one, and the process caches drop just
 * that: kept documents of other `_id`s and queries over other collections stay, and are not read
 * again; a write that names no `_id` drops its whole collection; a whole database a new epoch.
 */
import { Schema } from 'mongoose';
import { connectDatabase, countDocumentsRead, keptReads, readStamp, renewStamp, takeWrites, type Database } from '../src';

let db: Database;
interface Doc {
  _id: string;
  n: number;
}
const schema = new Schema<Doc>({ _id: String, n: Number }, { versionKey: false });
const models = () => ({ A: db.connection.model<Doc>('A', schema, 'as'), B: db.connection.model<Doc>('B', schema, 'bs') });

beforeAll(async () => {
  db = await connectDatabase(`test_kit_changes_w${process.env.JEST_WORKER_ID ?? 0}`);
});
beforeEach(async () => {
  await db.connection.dropDatabase();
  await renewStamp(db.connection);
});
afterAll(() => db?.close());

test('the writes a process made are followed by collection and _id, and a filter on anything else counts as the whole collection', async () => {
  const { A, B } = models();
  takeWrites(db.connection);
  await A.insertMany([
    { _id: 'a1', n: 1 },
    { _id: 'a2', n: 2 },
  ]);
  await A.updateOne({ _id: 'a1' }, { n: 3 });
  await B.bulkWrite([
    { replaceOne: { filter: { _id: 'b1' }, replacement: { n: 1 }, upsert: true } },
    { deleteOne: { filter: { _id: { $in: ['b2', 'b3'] } } } },
  ]);
  await A.find({ n: 3 }).lean();
  let written = takeWrites(db.connection)!;
  expect(Object.fromEntries([...written].map(([c, ids]) => [c, ids && [...ids].sort()]))).toEqual({ as: ['a1', 'a2'], bs: ['b1', 'b2', 'b3'] });
  // Taken once: the next take has only what came after.
  await A.updateMany({ n: { $gt: 1 } }, { n: 0 });
  written = takeWrites(db.connection)!;
  expect([...written]).toEqual([['as', null]]);
});

test('kept reads drop the documents and the queries a renewal recorded, and keep the rest unread', async () => {
  const { A, B } = models();
  await A.insertMany([
    { _id: 'a1', n: 1 },
    { _id: 'a2', n: 2 },
  ]);
  await B.insertMany([{ _id: 'b1', n: 1 }]);
  await renewStamp(db.connection);
  const read = countDocumentsRead(db.connection);
  const ask = async () => {
    const k = keptReads(db.connection);
    const as = await k.byId(A, ['a1', 'a2']);
    const bs = await k.query('bs', () => B.find().lean().exec(), [B]);
    const any = await k.query('any', () => B.find().lean().exec());
    return { a1: as.get('a1')?.n, bs: bs.map((b) => b.n), any: any.length };
  };
  expect(await ask()).toEqual({ a1: 1, bs: [1], any: 1 });
  let before = read();
  expect(await ask()).toEqual({ a1: 1, bs: [1], any: 1 });
  // Nothing written: the stamp alone.
  expect(read() - before).toBe(1);

  // a1 written: the stamp (then its change record, uncounted), a1, and the query that did
  // not say what it reads; not a2, not `bs`.
  await A.updateOne({ _id: 'a1' }, { n: 5 });
  await renewStamp(db.connection);
  before = read();
  expect(await ask()).toEqual({ a1: 5, bs: [1], any: 1 });
  expect(read() - before).toBe(1 + 1 + 1);

  // B written without naming an `_id`: both queries are read again, A's documents stay.
  await B.updateMany({ n: 1 }, { n: 7 });
  await renewStamp(db.connection);
  before = read();
  expect(await ask()).toEqual({ a1: 5, bs: [7], any: 1 });
  expect(read() - before).toBe(1 + 1 + 1);

  // A whole database (here dropped and written again): a new epoch, everything is read again.
  const epoch = (await readStamp(db.connection))!.split('.')[0];
  await db.connection.dropDatabase();
  await A.insertMany([{ _id: 'a1', n: 9 }]);
  await renewStamp(db.connection);
  expect((await readStamp(db.connection))!.split('.')[0]).not.toBe(epoch);
  before = read();
  expect(await ask()).toEqual({ a1: 9, bs: [], any: 0 });
  expect(read() - before).toBe(1 + 1);
});
