/**
 * How runIngest should find a batch's stored records, measured on the real server: `_id: {$in}`
 * (FerretDB v1 pushes down only `_id` equality, so this scans the collection; a `$or` of `_id`
 * equalities is slower still and left out), parallel
 * `_id`-equality finds, and no read at all (insert, duplicates fall back to conditional replaces).
 * BENCH_LOOKUP_SIZES (default "20000,100000") are the collection sizes; 500 keys per batch.
 */
import { connectDatabase, databaseServer } from '../src';

const sizes = (process.env.BENCH_LOOKUP_SIZES ?? '20000,100000').split(',').map(Number);
const batch = 500;
const doc = (i: number) => ({
  _id: `K${String(i).padStart(8, '0')}`,
  a: i % 97,
  b: `text ${i}`,
  when: new Date(1_700_000_000_000 + i),
  _hash: `h${i}`,
  _version: i,
});

async function time(fn: () => Promise<unknown>, rounds = 3): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / rounds;
}

async function main() {
  const db = await connectDatabase('bench_ingest_lookup');
  const coll = db.connection.db!.collection<any>('things');
  for (const size of sizes) {
    await coll.drop().catch(() => {});
    const t0 = Date.now();
    for (let i = 0; i < size; i += 5000)
      await coll.insertMany(
        Array.from({ length: Math.min(5000, size - i) }, (_, j) => doc(i + j)),
        { ordered: false },
      );
    console.error(`loaded ${size} in ${Date.now() - t0} ms`);
    // Keys spread over the collection, as a feed of updates would be.
    const ids = Array.from({ length: batch }, (_, i) => doc(Math.floor((i * size) / batch))._id);
    const projection = { _hash: 1, _version: 1 };
    const results: Record<string, number> = {};
    results.in = await time(() => coll.find({ _id: { $in: ids } }, { projection }).toArray(), 1);
    console.error(`$in: ${Math.round(results.in)} ms`);
    // 50 keys only: each equality find costs about as much as a scan on FerretDB v1 (see the README).
    results.parallelEq16per500 =
      10 *
      (await time(async () => {
        const some = ids.slice(0, 50);
        for (let i = 0; i < some.length; i += 16) await Promise.all(some.slice(i, i + 16).map((_id) => coll.findOne({ _id }, { projection })));
      }, 1));
    console.error(`parallel finds: ${JSON.stringify(results)}`);
    // Re-sending stored keys: every insert is a duplicate-key error, answered from the primary key.
    results.insertManyDuplicates = await time(
      () =>
        coll
          .insertMany(
            ids.map((_id, i) => ({ ...doc(i), _id })),
            { ordered: false },
          )
          .catch(() => {}),
      1,
    );
    // A conditional replace per key (the version compared inside the write), one unordered bulk.
    let matched = 0;
    results.bulkReplaceIfOlder = await time(async () => {
      matched = (
        await coll.bulkWrite(
          ids.map((_id, i) => ({
            replaceOne: { filter: { _id, _hash: { $ne: 'x' }, _version: { $not: { $gt: 1e12 } } }, replacement: { ...doc(i), _id, _version: 1e12 } },
          })),
          { ordered: false },
        )
      ).matchedCount;
    }, 1);
    console.error(`conditional replaces matched ${matched} of ${ids.length}`);
    const fresh = Array.from({ length: batch }, (_, i) => doc(10_000_000 + size + i));
    results.insertMany = await time(() => coll.insertMany(fresh, { ordered: false }), 1);
    const perBatch = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Math.round(v)]));
    console.log(JSON.stringify({ bench: 'kit.ingest.lookup', server: (await databaseServer()).kind, collection: size, keys: batch, msPerBatch: perBatch }));
  }
  await db.connection.dropDatabase();
  await db.close();
  await (await databaseServer()).stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
