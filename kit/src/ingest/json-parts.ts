/**
 * Reads a JSON document whose bulk is one top-level array (a GeoJSON FeatureCollection's
 * `features`, a FHIR Bundle's `entry`) as a stream: the other top-level members (type, crs,
 * timestamp…) whole, and each element of the array one at a time, so a province-wide export never
 * sits whole in memory. An element that is not valid JSON on its own comes out as an error part; a
 * document whose structure is broken (not an object, cut short) throws.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export type DocumentPart =
  | { kind: 'member'; key: string; value: unknown }
  | { kind: 'arrayStart' }
  | { kind: 'element'; value: unknown; position: number }
  | { kind: 'badElement'; text: string; position: number; reason: string };

export interface StreamedDocument {
  /** The top-level member whose elements are read one by one (`features`, `entry`). */
  array: string;
  /** The document's kind in error messages (`GeoJSON`, `FHIR Bundle`). */
  what: string;
  /** Beyond this an element (or a member) is not a record but a broken file. */
  maxElementChars?: number;
}

/** A parcel or a FHIR resource is a few kilobytes. */
const defaultMaxElementChars = 16 * 1024 * 1024;

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\uFEFF';

type State = 'begin' | 'key' | 'colon' | 'value' | 'elements' | 'end';

interface Capture {
  level: number;
  parts: string[];
  start: number;
  size: number;
  kind: 'composite' | 'string' | 'literal';
}

export async function* streamedDocumentParts(
  input: Readable,
  { array, what, maxElementChars = defaultMaxElementChars }: StreamedDocument,
): AsyncIterable<DocumentPart> {
  const decoder = new StringDecoder('utf8');
  let state: State = 'begin';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let readingKey = false;
  let key = '';
  let cap: Capture | null = null;
  let position = 0;

  const broken = (why: string): Error => new Error(`tệp ${what} hỏng cấu trúc: ${why}`);

  function finish(text: string): DocumentPart {
    const level = cap!.level;
    cap = null;
    if (level === 1) {
      state = 'key';
      try {
        return { kind: 'member', key, value: JSON.parse(text) };
      } catch (e) {
        throw broken(`giá trị của "${key}" không phải JSON hợp lệ (${(e as Error).message})`);
      }
    }
    state = 'elements';
    position++;
    try {
      return { kind: 'element', value: JSON.parse(text), position };
    } catch (e) {
      return { kind: 'badElement', text: text.slice(0, 200), position, reason: `${array}[${position - 1}]: không phải JSON hợp lệ (${(e as Error).message})` };
    }
  }

  const open = (level: number, c: string, start: number): Capture => {
    if (c === '{' || c === '[') {
      depth++;
      return { level, parts: [], start, size: 0, kind: 'composite' };
    }
    if (c === '"') {
      inString = true;
      return { level, parts: [], start, size: 0, kind: 'string' };
    }
    return { level, parts: [], start, size: 0, kind: 'literal' };
  };

  async function* chunks(): AsyncIterable<string> {
    for await (const chunk of input) yield typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    yield decoder.end();
  }

  for await (const text of chunks()) {
    if (cap) cap.start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (readingKey) {
        if (escaped) {
          key += c;
          escaped = false;
        } else if (c === '\\') escaped = true;
        else if (c === '"') {
          readingKey = false;
          state = 'colon';
        } else key += c;
        continue;
      }
      if (cap) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === '\\') escaped = true;
          else if (c === '"') {
            inString = false;
            if (cap.kind === 'string') {
              cap.parts.push(text.slice(cap.start, i + 1));
              yield finish(cap.parts.join(''));
            }
          }
          continue;
        }
        if (cap.kind === 'composite') {
          if (c === '"') inString = true;
          else if (c === '{' || c === '[') depth++;
          else if (c === '}' || c === ']') {
            depth--;
            if (depth === cap.level) {
              cap.parts.push(text.slice(cap.start, i + 1));
              yield finish(cap.parts.join(''));
            }
          }
          continue;
        }
        if (!(c === ',' || c === '}' || c === ']' || isSpace(c))) continue;
        cap.parts.push(text.slice(cap.start, i));
        yield finish(cap.parts.join(''));
        // The delimiter that ended a literal is read again below as structure.
      }
      if (isSpace(c)) continue;
      switch (state) {
        case 'begin':
          if (c !== '{') throw broken('phải bắt đầu bằng một đối tượng JSON "{"');
          depth = 1;
          state = 'key';
          break;
        case 'key':
          if (c === ',') break;
          if (c === '}') {
            depth = 0;
            state = 'end';
            break;
          }
          if (c !== '"') throw broken(`ký tự "${c}" ở chỗ cần tên thuộc tính`);
          readingKey = true;
          key = '';
          break;
        case 'colon':
          if (c !== ':') throw broken(`thiếu ":" sau "${key}"`);
          state = 'value';
          break;
        case 'value':
          if (key === array && c === '[') {
            depth = 2;
            state = 'elements';
            yield { kind: 'arrayStart' };
            break;
          }
          cap = open(1, c, i);
          break;
        case 'elements':
          if (c === ',') break;
          if (c === ']') {
            depth = 1;
            state = 'key';
            break;
          }
          cap = open(2, c, i);
          break;
        case 'end':
          throw broken('còn dữ liệu sau khi đối tượng gốc đã đóng');
      }
    }
    if (cap) {
      cap.parts.push(text.slice(cap.start));
      cap.size += text.length - cap.start;
      if (cap.size > maxElementChars) throw broken(`một phần tử vượt quá ${maxElementChars} ký tự`);
    }
  }
  if (state !== 'end') throw broken('tệp bị cắt cụt (thiếu "}" hoặc "]" cuối)');
}
