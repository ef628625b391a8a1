/** Streaming readers for the native formats sector systems export. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as csvParse } from 'csv-parse';
import type { ParsedItem } from './feed';

/** JSON Lines: one JSON value per line; a broken line is an item with an error, not a stop. */
export async function* jsonLines(input: Readable): AsyncIterable<ParsedItem> {
  let position = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    position++;
    const text = line.replace(/^\uFEFF/, '').trim();
    if (text === '') continue;
    try {
      yield { raw: JSON.parse(text), position };
    } catch (e) {
      yield { raw: text, position, error: { field: null, value: text.slice(0, 80), reason: `dòng ${position}: không phải JSON hợp lệ (${(e as Error).message})` } };
    }
  }
}

/** Plain lines (NMEA sentences and the like). */
export async function* textLines(input: Readable): AsyncIterable<{ line: string; position: number }> {
  let position = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    position++;
    if (line.trim() !== '') yield { line: line.trim(), position };
  }
}

/**
 * CSV with a header row, UTF-8 with or without BOM, comma or semicolon (detected from the header
 * line). Rows become objects keyed by the trimmed header names.
 */
export async function* csvRows(input: Readable): AsyncIterable<ParsedItem> {
  const parser = csvParse({
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    delimiter: [',', ';'],
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    info: true,
  });
  input.pipe(parser);
  let position = 1;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; invalid_field_length: number } }>) {
    position = info.lines;
    if (info.invalid_field_length > 0) {
      yield { raw: record, position, error: { field: null, value: null, reason: `dòng ${position}: số cột không khớp với dòng tiêu đề` } };
      continue;
    }
    yield { raw: record, position };
  }
}

/** A whole JSON document (FHIR Bundle, GeoJSON FeatureCollection), up to `limit` bytes. */
export async function readJsonDocument(input: Readable, limit = 512 * 1024 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`tài liệu JSON vượt quá ${limit} byte`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
}
