import { Schema } from 'mongoose';
import { connectDatabase, runInRequest, metricsRegistry, type Database } from '../src';

let db: Database;
let Thing: any;
const sent: { name: string; maxTimeMS?: number }[] = [];

beforeAll(async () => {
  db = await connectDatabase(`test_kit_deadline_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
  Thing = db.connection.model('Thing', new Schema({ _id: String, n: Number }, { versionKey: false }), 'things');
  await Thing.insertMany([
    { _id: 'a', n: 1 },
    { _id: 'b', n: 2 },
  ]);
  db.connection.getClient().on('commandStarted', (e) => sent.push({ name: e.commandName, maxTimeMS: e.command.maxTimeMS }));
});
afterAll(() => db?.close());

const last = (name: string) => sent.filter((c) => c.name === name).at(-1);

test('a query inside a request carries the time left before its deadline as maxTimeMS', async () => {
  const deadline = Date.now() + 5_000;
  const rows = await runInRequest({ requestId: 'test-deadline-1', deadline }, async () => await Thing.find({ n: { $gte: 1 } }).lean());
  expect(rows).toHaveLength(2);
  const ms = last('find')!.maxTimeMS!;
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThanOrEqual(5_000);
  await runInRequest({ requestId: 'test-deadline-2', deadline }, async () => await Thing.aggregate([{ $match: { n: 1 } }]));
  expect(last('aggregate')!.maxTimeMS).toBeLessThanOrEqual(5_000);
});

test('outside a request (ingest, maintenance) nothing is added', async () => {
  await Thing.find({}).lean();
  expect(last('find')!.maxTimeMS).toBeUndefined();
});

test('an abandoned or expired request starts no database work', async () => {
  const before = db.commands.count;
  const gone = new AbortController();
  gone.abort();
  await expect(runInRequest({ requestId: 'test-deadline-3', signal: gone.signal }, async () => await Thing.findOne({ _id: 'a' }).lean())).rejects.toMatchObject(
    { code: 'REQUEST_ABANDONED' },
  );
  await expect(runInRequest({ requestId: 'test-deadline-4', deadline: Date.now() - 1 }, async () => await Thing.find({}).lean())).rejects.toMatchObject({
    code: 'REQUEST_ABANDONED',
  });
  expect(db.commands.count).toBe(before);
});

test('database time is a metric per database and command', async () => {
  const text = await metricsRegistry.metrics();
  expect(text).toMatch(/hub_db_command_duration_seconds_count\{database="test_kit_deadline_w\d+",command="find",outcome="ok"\} [1-9]/);
});
