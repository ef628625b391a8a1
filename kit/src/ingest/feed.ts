/**
 * How a sector describes one feed of its existing system to the ingestion framework.
 *
 * `parse` turns the source's native format (a byte stream) into items; `toRecord` validates one
 * item and maps it to the stored record, throwing a RejectError naming field and value. The record's
 * `_id` is the source's natural key, so re-sending a record is an upsert, never a duplicate.
 */
import type { Readable } from 'node:stream';
import type { Model } from 'mongoose';

export interface ParsedItem {
  /** The item as the source sent it (an object, a CSV row, a sentence…). */
  raw: unknown;
  /** Line or item number in the input, for reject reports. */
  position: number;
  /** Set when the item could not even be parsed (broken JSON line, bad checksum…). */
  error?: { field: string | null; value: unknown; reason: string };
}

export interface StoredRecord {
  _id: string;
  [k: string]: unknown;
}

export interface Feed<R extends StoredRecord = StoredRecord> {
  name: string;
  parse(input: Readable): AsyncIterable<ParsedItem>;
  toRecord(raw: unknown): R | Promise<R>;
  /** Where accepted records go. */
  model: Model<any>;
  /**
   * A record's version (e.g. its update time); an older version never overwrites a newer one.
   * Without it, or when it is null (a source whose ordering column is optional), the newest import wins.
   */
  version?(record: R): number | null;
  /**
   * The source field the version comes from (e.g. `NgayCapNhat`, or a path such as
   * `meta.lastUpdated`), named with its raw value in the reject of a version
   * beyond the plausible-date horizon.
   */
  versionField?: string;
  /**
   * The unit code a raw item reports (e.g. `raw.MaDonViHanhChinh`), read when the item is rejected,
   * so that the reject is visible to callers whose scope holds that unit.
   */
  unitOf?(raw: unknown): unknown;
  /** Items per database batch; default `defaultBatchSize` (5,000). */
  batchSize?: number;
  /**
   * Called after records are written, with every accepted change since the last call: the stored
   * record before (the whole document; null for a new record) and the record written, one change
   * per record. A run calls it every `defaultChangesPerHook` changes (several batches), at its end,
   * and after a failure for what was written. The kit's rollup engine keeps a sector's
   * pre-aggregated counters with it, in the same ingest pass.
   */
  onAccepted?(changes: AcceptedChange<R>[]): Promise<void>;
}

export interface AcceptedChange<R extends StoredRecord = StoredRecord> {
  before: R | null;
  after: R;
}

export interface IngestSummary {
  accepted: number;
  rejected: number;
  unchanged: number;
}
