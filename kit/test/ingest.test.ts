import { Readable } from 'node:stream';
import { Schema } from 'mongoose';
import {
  connectDatabase,
  runIngest,
  keptReads,
  readStamp,
  jsonLines,
  reject,
  ingestModels,
  feedStatuses,
  metricsRegistry,
  type Database,
  type Feed,
} from '../src';

// A feed shaped like a sector's, with a schema that declares only its own fields.
const schema = new Schema({ _id: String, value: Number, updatedAt: Number, note: { type: String, default: null } }, { versionKey: false });
let db: Database;
let feed: Feed<any>;

beforeAll(async () => {
  db = await connectDatabase(`test_kit_ingest_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
  const model = db.connection.model('Thing', schema, 'things');
  feed = {
    name: 'things',
    model,
    parse: jsonLines,
    toRecord(raw: any) {
      if (typeof raw.id !== 'string') throw reject('id', raw.id, 'thiếu mã');
      if (typeof raw.value !== 'number') throw reject('value', raw.value, 'phải là số');
      return { _id: raw.id, value: raw.value, updatedAt: raw.t, note: raw.note ?? null };
    },
    version: (r: any) => r.updatedAt,
  };
});
afterAll(() => db?.close());

const lines = (...rows: unknown[]) => Readable.from([rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')]);

/** One series of the Prometheus text, e.g. figure('hub_ingest_records_total', 'feed="things",outcome="accepted"'). */
async function figure(name: string, labels: string): Promise<number> {
  const line = (await metricsRegistry.metrics()).split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

test('upsert by key, unchanged on re-send, older never overwrites newer, rejects kept once with reasons', async () => {
  const first = lines({ id: 'a', value: 1, t: 10 }, { id: 'b', value: 2, t: 10 }, { id: 'c', value: 'x', t: 1 }, '{broken', { id: 'a', value: 5, t: 5 });
  expect(await runIngest(db.connection, feed, first)).toEqual({ accepted: 2, rejected: 2, unchanged: 1 });
  expect(
    await runIngest(db.connection, feed, lines({ id: 'a', value: 1, t: 10 }, { id: 'b', value: 2, t: 10 }, { id: 'c', value: 'x', t: 1 }, '{broken')),
  ).toEqual({ accepted: 0, rejected: 2, unchanged: 2 });
  expect(await runIngest(db.connection, feed, lines({ id: 'a', value: 9, t: 3 }, { id: 'b', value: 7, t: 11 }))).toEqual({
    accepted: 1,
    rejected: 0,
    unchanged: 1,
  });
  // A replaced record keeps its content hash too: sending it again changes nothing.
  expect(await runIngest(db.connection, feed, lines({ id: 'b', value: 7, t: 11 }))).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
  const stored = await feed.model.find().sort({ _id: 1 }).lean();
  expect(stored.map((d: any) => [d._id, d.value])).toEqual([
    ['a', 1],
    ['b', 7],
  ]);
  // A null field is stored as null whether the record was inserted or replaced.
  expect(stored.map((d: any) => d.note)).toEqual([null, null]);
  const { Reject, FeedStatus } = ingestModels(db.connection);
  const rejects = await Reject.find().sort({ position: 1 }).lean();
  expect(rejects).toHaveLength(2);
  expect(rejects.map((r) => r.reason).join('\n')).toMatch(/value: "x" — phải là số/);
  expect(rejects.map((r) => r.reason).join('\n')).toMatch(/không phải JSON/);
  expect((await FeedStatus.findById('things').lean())!.lastSummary).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
});

test("every ingest counts its records by outcome and stamps its feed's last success in /metrics", async () => {
  const before = await figure('hub_ingest_records_total', 'feed="things",outcome="rejected"');
  expect(await runIngest(db.connection, feed, lines({ id: 'm1', value: 1, t: 1 }, { id: 'm2', value: 'x', t: 1 }))).toEqual({
    accepted: 1,
    rejected: 1,
    unchanged: 0,
  });
  expect(await figure('hub_ingest_records_total', 'feed="things",outcome="rejected"')).toBe(before + 1);
  expect(await figure('hub_ingest_last_success_timestamp_seconds', 'feed="things"')).toBeGreaterThan(Date.now() / 1000 - 60);
});

test('a batch that writes renews the stamp readers keep documents under, after its hooks; one that changes nothing does not', async () => {
  const stamp = () => readStamp(db.connection);
  const kept = keptReads(db.connection);
  // A reader keeps an answer under the stamp of its request.
  expect((await kept.query('things', () => feed.model.find().lean().exec())).length).toBeGreaterThan(0);
  const before = await stamp();
  const seen: (string | null)[] = [];
  const hooked: Feed<any> = { ...feed, onAccepted: async () => void seen.push(await stamp()) };
  expect(await runIngest(db.connection, hooked, lines({ id: 'z', value: 1, t: 1 }))).toMatchObject({ accepted: 1 });
  const after = await stamp();
  expect(after).not.toBe(before);
  // The stamp was renewed after the hook ran: what it writes is covered.
  expect(seen).toHaveLength(1);
  expect(seen[0]).not.toBe(after);
  // A later request sees the new record; an unchanged re-send keeps the stamp, so kept answers stay.
  expect((await keptReads(db.connection).query('things', () => feed.model.find().lean().exec())).map((d: any) => d._id)).toContain('z');
  expect(await runIngest(db.connection, hooked, lines({ id: 'z', value: 1, t: 1 }))).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
  expect(await stamp()).toBe(after);
});

/** Runs `body` with the run's hook handed every `n` changes (HUB_INGEST_CHANGES_PER_HOOK). */
async function handingEvery<T>(n: number, body: () => Promise<T>): Promise<T> {
  process.env.HUB_INGEST_CHANGES_PER_HOOK = String(n);
  try {
    return await body();
  } finally {
    delete process.env.HUB_INGEST_CHANGES_PER_HOOK;
  }
}

test('the hook gets the changes of several batches at once, one per record: its first version before and its last after', async () => {
  const calls: [string, unknown, unknown][][] = [];
  const gathering: Feed<any> = {
    ...feed,
    name: 'things-gathered',
    batchSize: 2,
    async onAccepted(changes) {
      calls.push(changes.map((c) => [c.after._id, c.before?.value ?? null, c.after.value]));
    },
  };
  await runIngest(db.connection, gathering, lines({ id: 'g1', value: 1, t: 1 }));
  calls.length = 0;
  const rows = [
    { id: 'g1', value: 2, t: 2 },
    { id: 'g2', value: 1, t: 1 },
    // the next batches: g1 again (newer), g2 older (not a change), g3 new
    { id: 'g1', value: 3, t: 3 },
    { id: 'g2', value: 0, t: 0 },
    { id: 'g3', value: 1, t: 1 },
  ];
  expect(await runIngest(db.connection, gathering, lines(...rows))).toEqual({ accepted: 4, rejected: 0, unchanged: 1 });
  // One call for the three batches; g1 from what was stored before the run to its last version.
  expect(calls.map((c) => c.sort())).toEqual([
    [
      ['g1', 1, 3],
      ['g2', null, 1],
      ['g3', null, 1],
    ],
  ]);
  // Handed every 2 changes: the same changes, in two calls.
  calls.length = 0;
  await handingEvery(2, () =>
    runIngest(db.connection, gathering, lines({ id: 'g4', value: 1, t: 1 }, { id: 'g5', value: 1, t: 1 }, { id: 'g4', value: 2, t: 2 })),
  );
  expect(calls).toEqual([
    [
      ['g4', null, 1],
      ['g5', null, 1],
    ],
    [['g4', 1, 2]],
  ]);
});

test('an import that fails still hands the hook what it wrote before the failure', async () => {
  const handed: string[] = [];
  const breaking: Feed<any> = {
    ...feed,
    name: 'things-breaking',
    batchSize: 1,
    toRecord(raw: any) {
      if (raw.id === 'b3') throw new Error('source broke');
      return feed.toRecord(raw);
    },
    async onAccepted(changes) {
      handed.push(...changes.map((c) => c.after._id));
    },
  };
  const rows = ['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, value: 1, t: 1 }));
  await expect(runIngest(db.connection, breaking, lines(...rows))).rejects.toThrow('source broke');
  const stored = (await feed.model.find({ _id: { $in: ['b1', 'b2', 'b3', 'b4'] } }).lean()).map((d: any) => d._id).sort();
  expect(stored).toEqual(['b1', 'b2']);
  expect(handed.sort()).toEqual(stored);
});

test('the next batch is parsed while one is written, but batches write one at a time, in file order', async () => {
  const events: string[] = [];
  const slow: Feed<any> = {
    ...feed,
    name: 'things-overlap',
    batchSize: 2,
    toRecord(raw: any) {
      events.push(`parse ${raw.id}@${raw.t}`);
      return feed.toRecord(raw);
    },
    async onAccepted(changes) {
      const ids = changes
        .map((c) => `${c.after._id}@${c.after.updatedAt}`)
        .sort()
        .join(',');
      events.push(`write ${ids}`);
      await new Promise((ok) => setTimeout(ok, 30));
      events.push(`done ${ids}`);
    },
  };
  const rows = [
    { id: 'o1', value: 1, t: 1 },
    { id: 'o2', value: 1, t: 1 },
    { id: 'o1', value: 2, t: 2 },
    { id: 'o3', value: 1, t: 1 },
    { id: 'o1', value: 0, t: 0 },
    { id: 'o4', value: 1, t: 1 },
  ];
  // The hook handed each batch's changes, as soon as they are written.
  expect(await handingEvery(2, () => runIngest(db.connection, slow, lines(...rows)))).toEqual({ accepted: 5, rejected: 0, unchanged: 1 });
  // The second batch's lines were parsed before the first batch's hook had finished...
  expect(events.indexOf('parse o3@1')).toBeLessThan(events.indexOf('done o1@1,o2@1'));
  // ...yet each batch's writes ended before the next began, and the newer version stayed.
  const writes = events.filter((e) => e.startsWith('write') || e.startsWith('done'));
  expect(writes).toEqual(['write o1@1,o2@1', 'done o1@1,o2@1', 'write o1@2,o3@1', 'done o1@2,o3@1', 'write o4@1', 'done o4@1']);
  expect(await feed.model.findById('o1').lean()).toMatchObject({ value: 2, updatedAt: 2 });
});

test('a batch whose write or hook fails ends the import with its error; what went before stays, what came after is not written', async () => {
  const failing: Feed<any> = {
    ...feed,
    name: 'things-failing',
    batchSize: 1,
    async onAccepted(changes) {
      if (changes.some((c) => c.after._id === 'f2')) throw new Error('rollups down');
    },
  };
  const rows = ['f1', 'f2', 'f3', 'f4'].map((id) => ({ id, value: 1, t: 1 }));
  await expect(handingEvery(1, () => runIngest(db.connection, failing, lines(...rows)))).rejects.toThrow('rollups down');
  const stored = (await feed.model.find({ _id: { $in: ['f1', 'f2', 'f3', 'f4'] } }).lean()).map((d: any) => d._id).sort();
  // f2's record went in before its hook failed; f3 and f4 never did.
  expect(stored).toEqual(['f1', 'f2']);
  const { FeedStatus } = ingestModels(db.connection);
  const status = await FeedStatus.findById('things-failing').lean();
  expect(status).toMatchObject({ lastOutcome: 'FAILED' });
  // f2 is stored without its bookkeeping: the feed says so, from the start of the import.
  expect(status!.figuresIncompleteSince).toBeInstanceOf(Date);
  expect(status!.figuresIncompleteSince!.getTime()).toBeLessThanOrEqual(status!.lastAttemptAt!.getTime());
  expect(status!.running).toBeUndefined();
});

test('an import that found the one before it never ended marks the figures incomplete from then on, until a rebuild clears it', async () => {
  const { FeedStatus } = ingestModels(db.connection);
  const dead: Feed<any> = { ...feed, name: 'things-after-crash', onAccepted: async () => {} };
  await runIngest(db.connection, dead, lines({ id: 'd1', value: 1, t: 1 }));
  const clean = await FeedStatus.findById(dead.name).lean();
  // A clean import leaves no mark, and is no longer running.
  expect(clean!.figuresIncompleteSince ?? null).toBeNull();
  expect(clean!.running).toBeUndefined();
  // What a process that died mid-import leaves behind.
  const since = new Date(Date.now() - 3600e3);
  await FeedStatus.updateOne({ _id: dead.name }, { $set: { running: { id: 'gone', since } } });
  expect(await runIngest(db.connection, dead, lines({ id: 'd2', value: 1, t: 1 }))).toMatchObject({ accepted: 1 });
  // Sticky: a later clean import keeps it (the records the dead one stored are still uncounted).
  await runIngest(db.connection, dead, lines({ id: 'd3', value: 1, t: 1 }));
  const admin = { sub: 'a', role: 'admin' as const, scope: ['*'] };
  const [status] = await feedStatuses('kit', db.connection, [dead], admin);
  expect(status).toMatchObject({ feed: dead.name, lastOutcome: 'OK', figuresIncompleteSince: since });
  expect((await FeedStatus.findById(dead.name).lean())!.running).toBeUndefined();
});

test('an answer read before a renewal is not kept under the new stamp another request already saw', async () => {
  const read = () => feed.model.find().lean().exec();
  const slow = keptReads(db.connection);
  let reads = 0;
  const counted = async () => {
    reads++;
    return read();
  };
  const old = await slow.query('late', async () => {
    const answer = await counted();
    // A batch lands while this request works, and a newer request validates the new stamp first.
    await runIngest(db.connection, feed, lines({ id: 'late', value: 2, t: 2 }));
    await keptReads(db.connection).query('other', read);
    return answer;
  });
  expect(old.map((d: any) => d._id)).not.toContain('late');
  const fresh = await keptReads(db.connection).query('late', counted);
  expect(fresh.map((d: any) => d._id)).toContain('late');
  expect(reads).toBe(2);
});
