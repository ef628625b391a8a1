import type { Connection } from 'mongoose';
import { answerNotKept, batchLoader, byKey, rollupReader, type Identity } from '@ioc/kit';
import type { Models, FeedbackDoc } from './models';

export function loaders(m: Models, conn: Connection, identity: Identity) {
  const report = batchLoader<string, FeedbackDoc>(
    (k) => k,
    async (codes) => {
      const rows = await m.Feedback.find({ _id: { $in: [...codes] } }).lean<FeedbackDoc[]>();
      return byKey(
        codes,
        rows,
        (k) => k,
        (r) => r._id,
      );
    },
  );
  // Every phone read of a request is audit-logged in one write, each time it is asked (never a kept answer).
  const phoneRead = batchLoader<string, true>(
    (k) => k,
    async (codes) => {
      answerNotKept();
      await m.Audit.insertMany(codes.map((trackingCode) => ({ at: new Date(), sub: identity.sub, role: identity.role, trackingCode, field: 'phone' })));
      return codes.map(() => true as const);
    },
  );
  return { rollups: rollupReader(conn, identity), report, phoneRead };
}

export type Loaders = ReturnType<typeof loaders>;
