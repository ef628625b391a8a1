/**
 * Database failures during an import: retried when transient (a busy SQLite file under FerretDB, a
 * dropped connection, a primary stepping down), and never shown to the caller as they are — the
 * driver's message can name the server's files and addresses. Operators get the details in the log.
 */
import { mongo } from 'mongoose';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether a failure, or one write error of a bulk write, is a duplicate key: another writer
 * inserted that `_id` first (a bulk write's failure says so in its code or its write errors).
 */
export function isDuplicateKey(e: unknown): boolean {
  const err = e as { code?: unknown; writeErrors?: { code?: unknown }[] } | null;
  return err?.code === 11000 || (Array.isArray(err?.writeErrors) && err.writeErrors.some((w) => w.code === 11000));
}

export function isDatabaseError(e: unknown): boolean {
  return e instanceof mongo.MongoError;
}

function isTransient(e: unknown): boolean {
  if (!(e instanceof mongo.MongoError)) return false;
  if (e instanceof mongo.MongoNetworkError || e instanceof mongo.MongoServerSelectionError) return true;
  if (e.hasErrorLabel('RetryableWriteError') || e.hasErrorLabel('TransientTransactionError')) return true;
  return /SQLITE_BUSY|database is locked/i.test(e.message);
}

/** Runs a database step, again after a short pause when it failed transiently (4 tries in all). */
export async function retrying<T>(step: () => Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      if (attempt >= tries || !isTransient(e)) throw e;
      await sleep(100 * 2 ** attempt + Math.random() * 100);
    }
  }
}

/** What a caller and the feed's status may show of a failure: the format problem itself, or a generic database message. */
export function publicReason(e: unknown): string {
  if (isDatabaseError(e)) return 'cơ sở dữ liệu tạm thời không xử lý được yêu cầu; dữ liệu đã nhận trước lỗi được giữ, hãy gửi lại tệp sau';
  return (e as Error).message;
}

/** Logs a database failure in full for operators (stderr), once, with the feed it happened in. */
export function logForOperators(feed: string, e: unknown): void {
  if (isDatabaseError(e)) console.error(`[ingest] ${feed}: database error: ${(e as Error).stack ?? String(e)}`);
}
