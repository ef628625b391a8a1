/**
 * The hash that tells a changed record from an unchanged one (run.ts): of its JSON, with each
 * instant at the top level as its milliseconds. JSON.stringify spells a Date through
 * `toISOString`, which was most of its time (measured on procedures' records, 4 instants each:
 * 14 µs a record, 5 µs with the instants as numbers); a walk of the whole record in JavaScript
 * was slower still (16–21 µs). A field holds an instant or a number by its schema, never both, so
 * the two spellings cannot meet.
 */
import { createHash } from 'node:crypto';

export function recordHash(record: Record<string, unknown>): string {
  const flat: Record<string, unknown> = {};
  for (const key in record) {
    const v = record[key];
    flat[key] = v instanceof Date ? v.getTime() : v;
  }
  return createHash('sha256').update(JSON.stringify(flat)).digest('base64url');
}
