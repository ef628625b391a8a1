/**
 * The push and pull ways into runIngest. Push: `POST /ingest/<feed>` with
 * `Authorization: Bearer <HUB_INGEST_TOKEN>`, the body in the feed's native format. Pull:
 * HUB_PULL_<SECTOR>_<FEED>_URL (and _EVERY, seconds, default one day) fetched on schedule.
 */
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Connection } from 'mongoose';
import { sendJson } from '../http/apollo-handler';
import type { Route } from '../http/route';
import { runIngest } from './run';
import { LeaseBusyError } from './lease';
import { isDatabaseError, publicReason } from './db-errors';
import type { Feed } from './feed';

let fallbackToken: string | undefined;
/** Without HUB_INGEST_TOKEN nothing can push: a random token nobody knows. */
function ingestToken(): string {
  if (process.env.HUB_INGEST_TOKEN) return process.env.HUB_INGEST_TOKEN;
  fallbackToken ??= randomBytes(32).toString('hex');
  return fallbackToken;
}

function authorised(header: string | undefined): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(ingestToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function ingestRoute(feeds: (conn: Connection) => Feed[]): Route {
  return async (req, res, { db, url }) => {
    if (!authorised(req.headers.authorization)) return sendJson(res, 401, { error: 'cần token nạp dữ liệu hợp lệ (HUB_INGEST_TOKEN)' });
    const name = url.pathname.slice('/ingest/'.length);
    const feed = feeds(db.connection).find((f) => f.name === name);
    if (!feed) return sendJson(res, 404, { error: `không có nguồn dữ liệu "${name}"`, feeds: feeds(db.connection).map((f) => f.name) });
    try {
      sendJson(res, 200, await runIngest(db.connection, feed, req));
    } catch (e) {
      // Busy feed or database: the sender may retry; a malformed file: it must fix the file.
      if (e instanceof LeaseBusyError) {
        res.setHeader('Retry-After', '30');
        return sendJson(res, 503, { error: e.message });
      }
      if (isDatabaseError(e)) {
        res.setHeader('Retry-After', '30');
        return sendJson(res, 503, { error: publicReason(e) });
      }
      sendJson(res, 422, { error: `không xử lý được tệp: ${publicReason(e)}` });
    }
  };
}

/** Starts the scheduled pulls configured in the environment; returns a stop function. */
export function schedulePulls(sector: string, conn: Connection, feeds: Feed[], env = process.env): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const feed of feeds) {
    const prefix = `HUB_PULL_${sector}_${feed.name}`.toUpperCase().replace(/-/g, '_');
    const url = env[`${prefix}_URL`];
    if (!url) continue;
    const every = Number(env[`${prefix}_EVERY`] ?? 86_400) * 1000;
    const pull = async () => {
      try {
        const res = await fetch(url);
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status} from ${url}`);
        const summary = await runIngest(conn, feed, Readable.fromWeb(res.body as any));
        console.log(`[${sector}] pulled ${feed.name}: ${JSON.stringify(summary)}`);
      } catch (e) {
        console.error(`[${sector}] pull of ${feed.name} failed: ${publicReason(e)}`);
      }
    };
    void pull();
    timers.push(setInterval(pull, every));
  }
  return () => timers.forEach(clearInterval);
}
