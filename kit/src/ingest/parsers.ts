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
      yield {
        raw: text,
        position,
        error: { field: null, value: text.slice(0, 80), reason: `dòng ${position}: không phải JSON hợp lệ (${(e as Error).message})` },
      };
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

/** The reason a CSV record could not be read, in Vietnamese, from csv-parse's error code. */
function csvReason(err: { code?: string; lines?: number; message: string }, position: number): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `dòng ${position}: dấu ngoặc kép (") mở mà không đóng; phần còn lại của tệp từ dòng này không đọc được`;
    case 'CSV_INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `dòng ${position}: dấu ngoặc kép (") đặt sai chỗ trong một trường`;
    default:
      return `dòng ${position}: không đọc được dòng CSV (${err.code ?? err.message})`;
  }
}

/**
 * CSV with a header row, UTF-8 with or without BOM, comma or semicolon (detected from the header
 * line). Rows become objects keyed by the trimmed header names. A row with more or fewer fields
 * than the header, or a malformed quote, is an item with an error and the rows around it are read
 * on; a file that breaks off (a quote never closed) keeps every row before the break.
 */
export async function* csvRows(input: Readable): AsyncIterable<ParsedItem> {
  const skipped: ParsedItem[] = [];
  const parser = csvParse({
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    delimiter: [',', ';'],
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    trim: true,
    info: true,
    raw: true,
  });
  parser.on('skip', (err: { code?: string; lines?: number; message: string }, raw?: string) => {
    // The parser reports the line it stopped at; the broken record began as many lines earlier as it spans.
    const position = (err.lines ?? 0) - ((raw ?? '').trimEnd().match(/\n/g)?.length ?? 0);
    skipped.push({ raw: raw ?? '', position, error: { field: null, value: (raw ?? '').slice(0, 80), reason: csvReason(err, position) } });
  });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  // csv-parse counts rows of the wrong length since the start: a row is short or long when the
  // count moves.
  let wrongLengths = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; invalid_field_length: number; raw: string };
    }>) {
      yield* skipped.splice(0);
      const position = info.lines;
      if (info.invalid_field_length > wrongLengths) {
        wrongLengths = info.invalid_field_length;
        yield {
          raw: info.raw.trim(),
          position,
          error: { field: null, value: `${Object.keys(record).length} cột`, reason: `dòng ${position}: số cột không khớp với dòng tiêu đề` },
        };
        continue;
      }
      yield { raw: record, position };
    }
  } catch (e) {
    yield* skipped.splice(0);
    const err = e as { code?: string; lines?: number; message: string };
    const position = err.lines ?? 0;
    yield {
      raw: '',
      position,
      error: { field: null, value: null, reason: `dòng ${position}: phần còn lại của tệp không đọc được (${err.code ?? err.message})` },
    };
    return;
  }
  yield* skipped.splice(0);
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
  return JSON.parse(
    Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  );
}
