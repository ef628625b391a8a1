/**
 * The ingest path's rollup writer on the real server: whole documents inserted or replaced store
 * what `$inc` statements would, and a document already stored (as a rebuild leaves it) is added to.
 */
import {
  connectDatabase,
  resolveUnit,
  recount,
  storedRollups,
  rollupCollection,
  Deltas,
  replaceDeltas,
  readStamp,
  counter,
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

const spec: RollupSpec<Row> = {
  unit: (r) => r.unit,
  contributions: (r) => [
    {
      day: r.day,
      counters: { amount: r.n, [counter('amount', { kind: r.kind })]: r.n },
      items: r.n > 5 ? { [r._id]: { n: r.n, at: new Date(Date.UTC(2025, 1, 1, r.n)) } } : undefined,
      labels: { kind: { [r.kind]: `Loại ${r.kind}` } },
    },
  ],
};

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(`test_kit_rollups_replace_w${process.env.JEST_WORKER_ID ?? 0}`);
});
beforeEach(() => db.connection.dropDatabase());
afterAll(() => db?.close());

const unit = resolveUnit('20335', '2025-02-01');
const rowsOf = (count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return { _id: `r${i}`, unit, day: `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`, kind: `k${i % 40}`, n: 1 + (i % 9) };
  });
const deltasOf = (entries: [Row, 1 | -1][]) => {
  const d = new Deltas();
  for (const [r, sign] of entries) d.apply(spec, r, sign);
  return d;
};

test('additions, take-outs and changes leave a recount of what remains, items and dates included', async () => {
  const rows = rowsOf(900);
  await replaceDeltas(db.connection, deltasOf(rows.map((r) => [r, 1])));
  expect(await storedRollups(db.connection)).toEqual(recount(spec, rows));

  const kept: Row[] = [];
  const entries: [Row, 1 | -1][] = [];
  rows.forEach((r, i) => {
    if (i % 3 === 0) entries.push([r, -1]);
    else if (i % 3 === 1) {
      const changed = { ...r, n: ((r.n + 3) % 9) + 1, kind: `c${i % 7}` };
      entries.push([r, -1], [changed, 1]);
      kept.push(changed);
    } else kept.push(r);
  });
  await replaceDeltas(db.connection, deltasOf(entries));
  expect(await storedRollups(db.connection)).toEqual(recount(spec, kept));
});

test('a document already stored is added to, not replaced', async () => {
  const first = rowsOf(50);
  // A month's totals document (its days are kept in `<id>|days`).
  const id = [...deltasOf(first.map((r) => [r, 1])).docs.keys()].find((k) => !k.endsWith('|days'))!;
  await rollupCollection(db.connection).insertOne({ _id: id, t: { amount: 7 } });
  await replaceDeltas(db.connection, deltasOf(first.map((r) => [r, 1])));
  const stored = await rollupCollection(db.connection).findOne({ _id: id });
  const expected = recount(spec, first)[id];
  expect(expected['t.amount']).toBeGreaterThan(0);
  expect(stored!.t!.amount).toBe((expected['t.amount'] as number) + 7);
});

test('every write renews the stamp that readers keep decoded documents under', async () => {
  const stamp = () => readStamp(db.connection);
  await replaceDeltas(db.connection, deltasOf(rowsOf(10).map((r) => [r, 1])));
  const first = await stamp();
  expect(first).toEqual(expect.any(String));
  await replaceDeltas(db.connection, deltasOf(rowsOf(10, 10).map((r) => [r, 1])));
  expect(await stamp()).not.toBe(first);
});
