import { createReadStream } from 'node:fs';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';

/**
 * Streams a file in its native format to a subgraph's POST /ingest/<feed>. Plain node:http rather
 * than fetch: fetch gives up when the answer takes over 300 s, and a year's feed can take longer.
 */
export function postFeed(base: string, feed: string, file: string, token: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/ingest/${encodeURIComponent(feed)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500 })));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    pipeline(createReadStream(file), req).catch(reject);
  });
}
