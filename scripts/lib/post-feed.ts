import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** Streams a file in its native format to a subgraph's POST /ingest/<feed>. */
export function postFeed(base: string, feed: string, file: string, token: string): Promise<Response> {
  return fetch(`${base}/ingest/${encodeURIComponent(feed)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: Readable.toWeb(createReadStream(file)) as any,
    duplex: 'half',
  } as RequestInit);
}
