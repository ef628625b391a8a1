/**
 * The rollup write path on the real server: a document touched by many counters in one batch is
 * written in several statements (FerretDB v1 checks an update's paths pairwise), and what is
 * stored after additions and take-outs equals a recount of the records that remain. The read path:
 * whole months come from one document each, the days of a month held in part from its days, the
 * items from documents of their own that only a read asking for items reads.
 */
import {
  connectDatabase,
  resolveUnit,
  recount,
  storedRollups,
  Deltas,
  writeDeltas,
  maxPathsPerUpdate,
  counter,
  countDocumentsRead,
  rollupReader,
  tallyOf,
  seriesPeriods,
  replaceDeltas,
  rollupCollection,
  renewStamp,
  rollupLayoutOutdated,
  upgradeLayout,
  decodeItem,
  stampId,
  changeId,
  itemsDocId,
  monthDocId,
  type Database,
  type RollupSpec,
  type UnitRef,
} from '../src';

interface Row {
  _id: string;
  unit: UnitRef;
  day: string;
  kind: string;
  n: number;
}

// Every row counts under its own dimension value, so one province-month gathers thousands of counters.
const spec: RollupSpec<Row> = {
  unit: (r) => r.unit,
  contributions: (r) => [
    {
      day: r.day,
      counters: { amount: r.n, [counter('amount', { kind: r.kind })]: r.n },
      items: r.n > 5 ? { [r._id]: { n: r.n, due: new Date(Date.UTC(2025, 2, r.n)) } } : undefined,
    },
  ],
};

let db: Database;
/** Another replica of the same subgraph (a process of its own, with caches of its own), on the same database. */
let replica: Database;
/** The `_id` of the change record the newest renewal of the stamp left (read apart from the process's own stamp reads). */
const lastChange = async () => changeId((await rollupCollection(db.connection).findOne({ _id: stampId }))!.seq!);

beforeAll(async () => {
  db = await connectDatabase(`test_kit_rollups_store_w${process.env.JEST_WORKER_ID ?? 0}`);
  replica = await connectDatabase(db.connection.name);
  await db.connection.dropDatabase();
});
afterAll(async () => {
  await replica?.close();
  await db?.close();
});

test('a batch of more counters than one statement holds is written whole, and take-outs leave a recount', async () => {
  const unit = resolveUnit('20335', '2025-02-01');
  const rows: Row[] = Array.from({ length: 1500 }, (_, i) => ({
    _id: `r${i}`,
    unit,
    day: `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    kind: `k${i}`,
    n: 1 + (i % 9),
  }));
  const add = new Deltas();
  for (const r of rows) add.apply(spec, r, 1);
  const ops = add.operations();
  // Five targets (old commune, district, province; today's commune, province), each with a month
  // of 1,500 counters by kind, the same counters by day, and the month's items.
  expect(add.docs.size).toBe(5 * 3);
  expect([...add.docs.keys()].filter((id) => id.endsWith('|2025-02'))).toHaveLength(5);
  expect(ops.length).toBeGreaterThan(5 * (1500 / maxPathsPerUpdate));
  await writeDeltas(db.connection, add);
  expect(await storedRollups(db.connection)).toEqual(recount(spec, rows));

  // A second batch takes a third of the rows out and changes another third.
  const out = new Deltas();
  const kept: Row[] = [];
  rows.forEach((r, i) => {
    if (i % 3 === 0) out.apply(spec, r, -1);
    else if (i % 3 === 1) {
      out.apply(spec, r, -1);
      const changed = { ...r, n: r.n + 3, kind: `c${i}` };
      out.apply(spec, changed, 1);
      kept.push(changed);
    } else kept.push(r);
  });
  await writeDeltas(db.connection, out);
  expect(await storedRollups(db.connection)).toEqual(recount(spec, kept));
});

test('whole months are read from their month documents, partial months from their days; each sum equals the records of its range', async () => {
  await db.connection.dropDatabase();
  const unit = resolveUnit('20335', '2025-02-01');
  // 400 rows over 2025-01-03 … 2025-05-02 (every day holds some), kinds repeating so months hold many counters.
  const rows: Row[] = Array.from({ length: 400 }, (_, i) => ({
    _id: `m${i}`,
    unit,
    day: new Date(Date.UTC(2025, 0, 3) + i * 0.3 * 86_400_000).toISOString().slice(0, 10),
    kind: `k${i % 37}`,
    n: 1 + (i % 9),
  }));
  const deltas = new Deltas();
  for (const r of rows) deltas.apply(spec, r, 1);
  await writeDeltas(db.connection, deltas);
  const read = countDocumentsRead(db.connection);
  const admin = { sub: 't', role: 'admin' as const, scope: ['*'] };
  const district = { register: 'PRE_2025_07' as const, level: 'DISTRICT' as const, code: unit.district! };
  const expected = (from: string, to: string) =>
    tallyOf(
      spec,
      rows.filter((r) => r.day >= from && r.day < to),
    );
  const asked = [
    { from: '2025-01-01', to: '2025-05-01' }, // four whole months
    { from: '2025-01-20', to: '2025-03-11' }, // January's and March's ends, February whole
    { from: '2025-04-28', to: '2025-04-29' }, // one day
  ];

  let before = read();
  const tallies = await rollupReader(db.connection, admin).load({ unit: district, periods: asked, items: true });
  // The stamp; January to April's month documents (totals, labels) and their items, and the days
  // of the months held in part (January, March, April); not those of February, held whole.
  expect(read() - before).toBe(1 + 4 + 4 + 3);
  asked.forEach((p, i) => {
    const want = expected(p.from, p.to);
    expect(Object.fromEntries(tallies[i].counters)).toEqual(Object.fromEntries(want.counters));
    expect([...tallies[i].items.keys()].sort()).toEqual(
      rows
        .filter((r) => r.n > 5 && r.day >= p.from && r.day < p.to)
        .map((r) => r._id)
        .sort(),
    );
  });

  // A year asked by whole months reads one document per month whatever the days hold; the process
  // keeps them while nothing is written: January to April are not read again, then nothing is.
  const yearOf = async () => (await rollupReader(db.connection, admin).load({ unit: district, periods: [{ from: '2025-01-01', to: '2026-01-01' }] }))[0];
  before = read();
  expect((await yearOf()).get('amount')).toBe(rows.reduce((s, r) => s + r.n, 0));
  expect(read() - before).toBe(1 + 1);
  before = read();
  const kept = await yearOf();
  expect(kept.get('amount')).toBe(rows.reduce((s, r) => s + r.n, 0));
  expect(read() - before).toBe(1);
  // The sum itself is kept: the same ask answers the same Tally, reading the stamp alone.
  before = read();
  expect(await yearOf()).toBe(kept);
  expect(read() - before).toBe(1);
  // A write, here one more row in June, leaves a change record naming what it changed: the next
  // read takes the stamp (then the record, not counted: kit countDocumentsRead) and June's month document;
  // the other months stay decoded.
  const june: Row = { _id: 'june', unit, day: '2025-06-15', kind: 'k0', n: 4 };
  const more = new Deltas();
  more.apply(spec, june, 1);
  await writeDeltas(db.connection, more);
  before = read();
  const after = await yearOf();
  expect(after).not.toBe(kept);
  expect(after.get('amount')).toBe(rows.reduce((s, r) => s + r.n, 0) + 4);
  expect(read() - before).toBe(1 + 1);
  rows.push(june);
  // A write not limited to named documents (here an update of every document) makes every month be read again.
  await rollupCollection(db.connection).updateMany({ _id: { $ne: '' } }, { $set: { checked: true } });
  await renewStamp(db.connection);
  before = read();
  expect((await yearOf()).get('amount')).toBe(rows.reduce((s, r) => s + r.n, 0));
  expect(read() - before).toBe(1 + 6);

  // A DAY series from the days' documents adds up to the whole.
  const days = await rollupReader(db.connection, admin).series(district, { from: '2025-02-25', to: '2025-03-05' }, 'DAY');
  expect(days.map((d) => d.tally.get('amount'))).toEqual(seriesPeriods('2025-02-25', '2025-03-05', 'DAY').map((p) => expected(p.from, p.to).get('amount')));
});

test('a read without items never reads an items document; items added, resolved and re-sent leave it holding the open ones', async () => {
  await db.connection.dropDatabase();
  const unit = resolveUnit('20335', '2025-02-01');
  const admin = { sub: 't', role: 'admin' as const, scope: ['*'] };
  const province = { register: 'FROM_2025_07' as const, level: 'PROVINCE' as const, code: unit.current.province! };
  const month = monthDocId(`N:${unit.current.province}`, '2025-02-01');
  // Every document a query answers, by `_id`, with its size in bytes as the server sent it.
  const read: { id: string; bytes: number }[] = [];
  db.connection.getClient().on('commandSucceeded', (e) => {
    const cursor = (e.reply as { cursor?: { firstBatch?: { _id: string }[] } } | undefined)?.cursor;
    for (const d of cursor?.firstBatch ?? []) read.push({ id: String(d._id), bytes: JSON.stringify(d).length });
  });
  const rows: Row[] = Array.from({ length: 300 }, (_, i) => ({
    _id: `x${i}`,
    unit,
    day: `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    kind: `k${i % 7}`,
    n: 1 + (i % 9),
  }));
  const write = async (entries: [Row, 1 | -1][]) => {
    const d = new Deltas();
    for (const [r, sign] of entries) d.apply(spec, r, sign);
    // The ingest path's writer (whole documents), as runIngest uses it, in another replica: this
    // process's reader learns of the write from its change record.
    await replaceDeltas(replica.connection, d);
  };
  await write(rows.map((r) => [r, 1]));
  const stored = async (id: string) => await rollupCollection(db.connection).findOne({ _id: id });
  const open = (list: Row[]) =>
    list
      .filter((r) => r.n > 5)
      .map((r) => r._id)
      .sort();
  expect((await stored(month))?.i).toBeUndefined();
  expect(Object.keys((await stored(itemsDocId(month)))?.i ?? {}).sort()).toEqual(open(rows));

  const load = (items: boolean) => rollupReader(db.connection, admin).load({ unit: province, periods: [{ from: '2025-01-01', to: '2026-01-01' }], items });
  read.length = 0;
  const counters = (await load(false))[0];
  expect(counters.get('amount')).toBe(rows.reduce((s, r) => s + r.n, 0));
  expect(counters.items.size).toBe(0);
  // The stamp and February's totals: not one byte of items.
  expect(read.map((d) => d.id).sort()).toEqual([month, stampId].sort());
  const counterBytes = read.reduce((s, d) => s + d.bytes, 0);
  read.length = 0;
  const withItems = (await load(true))[0];
  expect([...withItems.items.keys()].sort()).toEqual(open(rows));
  // February's items now; its totals are kept by the process (the stamp is unchanged).
  expect(read.map((d) => d.id).sort()).toEqual([itemsDocId(month), stampId].sort());
  expect(read.find((d) => d.id === itemsDocId(month))!.bytes).toBeGreaterThan(counterBytes / 2);
  // Stored as JSON text, read back as they were put in, dates as dates.
  expect(typeof (await stored(itemsDocId(month)))!.i![rows[7]._id]).toBe('string');
  expect(withItems.items.get(rows[7]._id)).toEqual({ n: rows[7].n, due: new Date(Date.UTC(2025, 2, rows[7].n)), day: rows[7].day });
  expect(withItems.items.get(rows[7]._id)!.due).toBeInstanceOf(Date);

  // Half the open records resolved (no item any more), one open record replaced by itself: the items document holds the others.
  const resolved = rows.filter((r, i) => r.n > 5 && i % 2 === 0);
  const after = rows.map((r) => (resolved.includes(r) ? { ...r, n: 1 } : r));
  await write([
    ...resolved.flatMap((r): [Row, 1 | -1][] => [
      [r, -1],
      [{ ...r, n: 1 }, 1],
    ]),
    [rows[7], -1],
    [rows[7], 1],
  ]);
  expect(Object.keys((await stored(itemsDocId(month)))?.i ?? {}).sort()).toEqual(open(after));
  expect(await storedRollups(db.connection)).toEqual(recount(spec, after));
  read.length = 0;
  expect((await load(false))[0].items.size).toBe(0);
  // The write's change record names February's documents: its totals are read again.
  expect(read.map((d) => d.id).sort()).toEqual([month, stampId, await lastChange()].sort());
  expect([...(await load(true))[0].items.keys()].sort()).toEqual(open(after));
});

test('a reader drops only what writes named; when it cannot tell (a change record missing) it reads everything again', async () => {
  await db.connection.dropDatabase();
  const unit = resolveUnit('20335', '2025-02-01');
  const admin = { sub: 't', role: 'admin' as const, scope: ['*'] };
  const province = { register: 'FROM_2025_07' as const, level: 'PROVINCE' as const, code: unit.current.province! };
  const year = async () =>
    (await rollupReader(db.connection, admin).load({ unit: province, periods: [{ from: '2025-01-01', to: '2026-01-01' }] }))[0].get('amount');
  // Written by another replica: this process learns of each write from its change record.
  const add = async (r: Row) => {
    const d = new Deltas();
    d.apply(spec, r, 1);
    await replaceDeltas(replica.connection, d);
  };
  for (let m = 1; m <= 4; m++) await add({ _id: `m${m}`, unit, day: `2025-0${m}-10`, kind: 'k', n: m });
  const read = countDocumentsRead(db.connection);
  expect(await year()).toBe(1 + 2 + 3 + 4);
  // Two writes, both to April: the stamp (then both change records, uncounted) and April's month.
  await add({ _id: 'a2', unit, day: '2025-04-11', kind: 'k', n: 10 });
  await add({ _id: 'b2', unit, day: '2025-04-12', kind: 'k', n: 20 });
  let before = read();
  expect(await year()).toBe(40);
  expect(read() - before).toBe(1 + 1);
  // A change record gone (pruned, or not yet written by its writer): every month is read again.
  await add({ _id: 'j', unit, day: '2025-01-20', kind: 'k', n: 5 });
  await rollupCollection(db.connection).deleteOne({ _id: await lastChange() });
  before = read();
  expect(await year()).toBe(45);
  expect(read() - before).toBe(1 + 4);
});

test("a process's own writes replace the documents its readers keep, unread; another replica's are read again", async () => {
  await db.connection.dropDatabase();
  const unit = resolveUnit('20335', '2025-02-01');
  const admin = { sub: 't', role: 'admin' as const, scope: ['*'] };
  const province = { register: 'FROM_2025_07' as const, level: 'PROVINCE' as const, code: unit.current.province! };
  const year = async (items = true) =>
    (await rollupReader(db.connection, admin).load({ unit: province, periods: [{ from: '2025-01-01', to: '2026-01-01' }], items }))[0];
  const writeIn = async (database: Database, rows: Row[]) => {
    const d = new Deltas();
    for (const r of rows) d.apply(spec, r, 1);
    await replaceDeltas(database.connection, d);
  };
  const rows = (prefix: string, month: number, n: number) =>
    Array.from({ length: 5 }, (_, i): Row => ({ _id: `${prefix}${i}`, unit, day: `2025-0${month}-1${i}`, kind: `k${i}`, n }));
  await writeIn(db, [...rows('a', 1, 2), ...rows('b', 2, 7)]);
  const read = countDocumentsRead(db.connection);
  // Read once: January's and February's totals and items, kept.
  let tally = await year();
  expect(tally.get('amount')).toBe(5 * 2 + 5 * 7);
  // This process writes February again: the next read reads the stamp alone, and its sums are those stored.
  await writeIn(db, rows('c', 2, 9));
  let before = read();
  tally = await year();
  expect(read() - before).toBe(1);
  expect(tally.get('amount')).toBe(5 * 2 + 5 * 7 + 5 * 9);
  expect([...tally.items.keys()].sort()).toEqual([...rows('b', 2, 7), ...rows('c', 2, 9)].map((r) => r._id).sort());
  expect(await storedRollups(db.connection)).toEqual(recount(spec, [...rows('a', 1, 2), ...rows('b', 2, 7), ...rows('c', 2, 9)]));
  // Another replica writes January: its documents are read again (the stamp, January's totals and items).
  await writeIn(replica, rows('d', 1, 6));
  before = read();
  tally = await year();
  expect(read() - before).toBe(3);
  expect(tally.get('amount')).toBe(5 * 2 + 5 * 7 + 5 * 9 + 5 * 6);
  // The replica writes January, then this process February: the stamp this process holds is not
  // the one its write renewed, so it cannot tell what came between, and both months are read again.
  await writeIn(replica, rows('f', 1, 1));
  await writeIn(db, rows('e', 2, 1));
  before = read();
  tally = await year(false);
  expect(tally.get('amount')).toBe(5 * 2 + 5 * 7 + 5 * 9 + 5 * 6 + 5 + 5);
  expect(read() - before).toBe(1 + 2);
});

test('rollups an older layout stored are refused by readers and by the ingest writer until rebuilt', async () => {
  await db.connection.dropDatabase();
  const unit = resolveUnit('20335', '2025-02-01');
  const row: Row = { _id: 'old', unit, day: '2025-02-03', kind: 'k', n: 7 };
  const d = new Deltas();
  d.apply(spec, row, 1);
  await writeDeltas(db.connection, d);
  expect(await rollupLayoutOutdated(db.connection)).toBe(false);
  // What an older version's stamp looked like: no layout. Renewing it does not make it current.
  await rollupCollection(db.connection).updateOne({ _id: stampId }, { $unset: { layout: '' } });
  await renewStamp(db.connection);
  expect(await rollupLayoutOutdated(db.connection)).toBe(true);
  const province = { register: 'FROM_2025_07' as const, level: 'PROVINCE' as const, code: unit.current.province! };
  const admin = { sub: 't', role: 'admin' as const, scope: ['*'] };
  await expect(rollupReader(db.connection, admin).load({ unit: province, periods: [{ from: '2025-02-01', to: '2025-03-01' }] })).rejects.toThrow(
    /rollups:rebuild/,
  );
  await expect(replaceDeltas(db.connection, d)).rejects.toThrow(/rollups:rebuild/);
  // A rebuild empties the collection first: the stamp it writes is current.
  await rollupCollection(db.connection).deleteMany({});
  await writeDeltas(db.connection, d);
  expect(await rollupLayoutOutdated(db.connection)).toBe(false);

  // Where raw records cannot be recounted, older layouts are brought up in place: layout 1 (items,
  // as objects, inside the month's totals) and layout 2 (items as objects in documents of their own).
  const col = rollupCollection(db.connection);
  const stored = await storedRollups(db.connection);
  const withItems = await col.find({ _id: /\|items$/ }).toArray();
  expect(withItems.length).toBeGreaterThan(1);
  const asObjects = (items: Record<string, string>) => Object.fromEntries(Object.entries(items).map(([k, v]) => [k, decodeItem(v)]));
  const [second, ...first] = withItems;
  await col.updateOne({ _id: second._id }, { $set: { i: asObjects(second.i!) as any } });
  for (const doc of first) {
    await col.updateOne({ _id: doc._id.slice(0, -'|items'.length) }, { $set: { i: asObjects(doc.i!) as any } });
    await col.deleteOne({ _id: doc._id });
  }
  await col.updateOne({ _id: stampId }, { $unset: { layout: '' } });
  expect(await rollupLayoutOutdated(db.connection)).toBe(true);
  expect(await upgradeLayout(db.connection)).toBe(withItems.length);
  expect(await rollupLayoutOutdated(db.connection)).toBe(false);
  expect(await storedRollups(db.connection)).toEqual(stored);
});
