/**
 * Streaming AIS decoder: NMEA lines in, decoded messages or per-line errors out. A bad line never
 * stops the stream; it becomes `{ ok: false, raw, reason }`.
 */
import { decodePayload, type AisMessage } from './decode';
import { FragmentAssembler, parseSentence, type AssemblerOptions, type AssemblyResult } from './nmea';

export type { AisMessage } from './decode';
export { decodePayload } from './decode';
export { parseSentence, FragmentAssembler } from './nmea';

export type DecodeResult = { ok: true; message: AisMessage; receivedAt?: Date; raw: string[] } | { ok: false; raw: string; reason: string };

export type DecodeOptions = AssemblerOptions;

/**
 * Stateful line decoder (fragment reassembly spans lines). Results are pushed into a caller-owned
 * array so the hot path allocates no intermediate collections.
 */
export class AisDecoder {
  private readonly assembler: FragmentAssembler;
  private readonly assembled: AssemblyResult[] = [];

  constructor(options: DecodeOptions = {}) {
    this.assembler = new FragmentAssembler(options);
  }

  push(input: string, out: DecodeResult[]): void {
    const line = input.trim();
    // Blank lines carry nothing; '#' lines are comments in the common AIS log formats (gpsd's
    // test logs among them), not damaged sentences.
    if (line.length === 0 || line.charCodeAt(0) === 35 /* # */) return;
    const parsed = parseSentence(line);
    if (!parsed.ok) {
      out.push(parsed);
      return;
    }
    this.assembler.add(parsed.sentence, this.assembled);
    this.drain(out);
  }

  /** Call at end of input: reports fragments of messages that never completed. */
  end(out: DecodeResult[]): void {
    this.assembler.flush(this.assembled);
    this.drain(out);
  }

  private drain(out: DecodeResult[]): void {
    const items = this.assembled;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item.ok) {
        out.push(item);
        continue;
      }
      const { payload, fillBits, raw, receivedAt } = item.assembled;
      const decoded = decodePayload(payload, fillBits);
      if (!decoded.ok) {
        out.push({ ok: false, raw: raw.join('\n'), reason: decoded.reason });
      } else if (receivedAt) {
        out.push({ ok: true, message: decoded.message, receivedAt, raw });
      } else {
        out.push({ ok: true, message: decoded.message, raw });
      }
    }
    items.length = 0;
  }
}

/** Synchronous variant, for arrays of lines and for callers that cannot await. */
export function* decodeLinesSync(lines: Iterable<string>, options?: DecodeOptions): Generator<DecodeResult> {
  const decoder = new AisDecoder(options);
  const out: DecodeResult[] = [];
  for (const line of lines) {
    decoder.push(line, out);
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
  }
  decoder.end(out);
  yield* out;
}

/** Decodes a stream of NMEA lines (e.g. from `readline`), yielding one result per message or bad line. */
export async function* decodeLines(lines: AsyncIterable<string> | Iterable<string>, options?: DecodeOptions): AsyncGenerator<DecodeResult> {
  const decoder = new AisDecoder(options);
  const out: DecodeResult[] = [];
  for await (const line of lines) {
    decoder.push(line, out);
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
  }
  decoder.end(out);
  yield* out;
}
