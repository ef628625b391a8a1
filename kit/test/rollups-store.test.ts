/**
 * The rollup write path on the real server: a document touched by many counters in one batch is
 * written in several statements (FerretDB v1 checks an update's paths pairwise), and what is
 * stored after additions and take-outs equals a recount of the records that remain.
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
    { day: r.day, counters: { amount: r.n, [counter('amount', { kind: r.kind })]: r.n }, items: r.n > 5 ? { [r._id]: { n: r.n } } : undefined },
  ],
};

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(`test_kit_rollups_store_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
});
afterAll(() => db?.close());

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
  // Five targets (old commune, district, province; today's commune, province), each with 1,500 counters by kind.
  expect(add.docs.size).toBe(5);
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
