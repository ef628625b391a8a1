/**
 * The public form's per-client limit: a fixed window per client address (signed by the gateway with
 * the caller's identity), counted in the database so every replica of the subgraph shares it.
 */
import { GraphQLError } from 'graphql';
import { toVietnamIso } from '@ioc/kit';
import { limits } from './config';
import type { Models } from './models';

export async function consumeSubmission(m: Models, client: string, now = Date.now()): Promise<void> {
  const { max, windowSeconds } = limits().rate;
  const width = windowSeconds * 1000;
  const start = Math.floor(now / width) * width;
  const doc = await m.Rate.findOneAndUpdate(
    { _id: `${client}|${width}|${start}` },
    { $inc: { n: 1 }, $setOnInsert: { expiresAt: new Date(start + width) } },
    { upsert: true, new: true },
  ).lean();
  // A client's first submission of a window clears the windows that have passed (FerretDB v1 has no TTL index).
  if (doc!.n === 1) await m.Rate.deleteMany({ expiresAt: { $lte: new Date(now) } });
  if (doc!.n > max) {
    const retry = new Date(start + width);
    throw new GraphQLError(
      `Gửi quá nhiều phản ánh: tối đa ${max} phản ánh mỗi ${Math.round(windowSeconds / 60)} phút từ một địa chỉ; hãy thử lại sau ${toVietnamIso(retry).slice(11, 16)}`,
      {
        extensions: { code: 'RATE_LIMITED', retryAfter: retry.toISOString() },
      },
    );
  }
}
