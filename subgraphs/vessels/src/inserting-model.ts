/**
 * Makes runIngest insert new records instead of upserting them. runIngest writes every accepted
 * record as a `replaceOne` upsert; on FerretDB v1 an upsert costs ~25 ms (2,000 position reports
 * took 70 s) while a batched insert of 2,000 takes ~0.2 s. runIngest already reads, per batch,
 * which keys are stored; this wrapper remembers the keys that read did not find and turns their
 * upserts into inserts. A key another import inserted meanwhile fails as a duplicate and is
 * retried as the upsert it was. Candidate for the kit (runIngest could emit `insertOne` itself).
 *
 * `lookup` may replace runIngest's `_id: { $in: keys }` read: FerretDB v1 compares every stored
 * document with every listed key (5,000 keys over 20,000 documents: 17 s), while a range filter
 * derived from the keys is one linear scan (2 s); rows are then narrowed to the keys in code.
 */
import type { Model } from 'mongoose';

type Op = { replaceOne?: { filter: { _id: string }; replacement: Record<string, unknown>; upsert?: boolean } } & Record<string, unknown>;

const duplicateKey = 11000;

export function insertingModel<T>(model: Model<T>, lookup?: (ids: string[]) => Record<string, unknown>): Model<T> {
  const absent = new Set<string>();
  const find = (filter: { _id?: { $in?: unknown } }, projection?: unknown) => {
    const ids = filter?._id?.$in;
    if (!Array.isArray(ids)) return model.find(filter as never, projection as never);
    const wanted = new Set(ids as string[]);
    const query = model.find((lookup ? lookup(ids) : filter) as never, projection as never);
    return {
      lean: async () => {
        const rows = (await query.lean<{ _id: string }[]>()).filter((r) => wanted.has(r._id));
        const found = new Set(rows.map((r) => r._id));
        for (const id of wanted) if (!found.has(id)) absent.add(id);
        return rows;
      },
    };
  };
  const bulkWrite = async (ops: Op[]) => {
    const writes = ops.map((op) => {
      const r = op.replaceOne;
      if (!r?.upsert || !absent.delete(r.filter._id)) return op;
      return { insertOne: { document: r.replacement } };
    });
    try {
      return await model.collection.bulkWrite(writes as never, { ordered: false });
    } catch (e) {
      const failed = (e as { writeErrors?: { code: number; index: number }[] }).writeErrors;
      if (!failed || failed.some((w) => w.code !== duplicateKey)) throw e;
      return model.collection.bulkWrite(failed.map((w) => ops[w.index]) as never, { ordered: false });
    }
  };
  return new Proxy(model, {
    get(target, prop, receiver) {
      if (prop === 'find') return find;
      if (prop === 'bulkWrite') return bulkWrite;
      return Reflect.get(target, prop, receiver);
    },
  });
}
