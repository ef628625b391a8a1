/**
 * NMEA 0183 layer of the AIS connector: one text line in, one checked sentence (or a reason why
 * not) out, plus the reassembler that joins multi-sentence messages.
 *
 * Sentence layout (IEC 61162-1 / NMEA 0183 "VDM"/"VDO", as used by ITU-R M.1371 Annex 8 data):
 *   !AIVDM,<count>,<number>,<seq id>,<channel>,<payload>,<fill bits>*<hh>
 * NMEA 4.0 adds an optional tag block in front:  \c:1700000000,s:station*hh\!AIVDM,...
 */

export interface TagBlock {
  /** From `c:` — NMEA 4.0 tag "c" is the UNIX time the line was received. */
  receivedAt?: Date;
  /** From `s:` — the source/station name. */
  source?: string;
  /** From `g:` — NMEA 4.0 sentence grouping "<sentence>-<total>-<group id>". */
  group?: string;
}

export interface AisSentence {
  raw: string;
  /** VDM = heard from another station, VDO = own ship; both carry the same payload format. */
  formatter: 'VDM' | 'VDO';
  fragmentCount: number;
  fragmentNumber: number;
  /** Empty string when the sender left the field blank (allowed for single-sentence messages). */
  sequenceId: string;
  channel: string;
  payload: string;
  fillBits: number;
  tag?: TagBlock;
}

export type SentenceResult = { ok: true; sentence: AisSentence } | { ok: false; raw: string; reason: string };

const HEX = '0123456789ABCDEF';

function hexByte(n: number): string {
  return HEX[n >> 4] + HEX[n & 15];
}

/** -1 when `code` is not a hex digit; the checksum may be written in either case. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** NMEA checksum: XOR of every character strictly between the start delimiter and `*`. */
function xorRange(s: string, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= s.charCodeAt(i);
  return x;
}

/**
 * Returns null when the two characters at `at` are a valid checksum equal to `computed`,
 * otherwise the reason to report.
 */
function checkChecksum(s: string, at: number, computed: number, what: string): string | null {
  // XOR of 8-bit characters stays below 256; anything above means the line is not NMEA text.
  if (computed > 255) return `${what || 'sentence '}contains non-ASCII characters`;
  const hi = hexDigit(s.charCodeAt(at));
  const lo = hexDigit(s.charCodeAt(at + 1));
  if (hi < 0 || lo < 0) return `${what}checksum is not two hex digits after '*'`;
  const given = (hi << 4) | lo;
  if (given === computed) return null;
  return `${what}checksum mismatch: expected ${hexByte(computed)}, got ${s.slice(at, at + 2).toUpperCase()}`;
}

function parseTagBlock(line: string, end: number): TagBlock | string {
  const star = line.lastIndexOf('*', end);
  if (star < 1) return 'tag block has no checksum';
  const bad = checkChecksum(line, star + 1, xorRange(line, 1, star), 'tag block ');
  if (bad) return bad;
  if (star + 3 !== end) return 'tag block has extra characters after its checksum';
  const tag: TagBlock = {};
  for (const field of line.slice(1, star).split(',')) {
    if (field === '') continue;
    const colon = field.indexOf(':');
    if (colon < 1) return `tag block field "${field}" is not key:value`;
    const key = field.slice(0, colon);
    const value = field.slice(colon + 1);
    if (key === 'c') {
      if (!/^\d{1,16}$/.test(value)) return `tag block time "c:${value}" is not a whole number`;
      const n = Number(value);
      // NMEA 4.0 defines c: in seconds, but some AIS aggregators send milliseconds; a seconds
      // value only reaches 1e12 in the year 33658, so anything that large must be milliseconds.
      const at = new Date(n >= 1e12 ? n : n * 1000);
      if (Number.isNaN(at.getTime())) return `tag block time "c:${value}" is out of range`;
      tag.receivedAt = at;
    } else if (key === 's') tag.source = value;
    else if (key === 'g') tag.group = value;
    // Other NMEA 4.0 tags (d, n, r, t, x …) are legal but carry nothing this connector uses.
  }
  return tag;
}

/** Reused across calls so scanning a sentence allocates nothing for its comma positions. */
const commas = new Int32Array(6);

/** Parses one line; never throws. The caller is expected to have trimmed it. */
export function parseSentence(line: string): SentenceResult {
  let start = 0;
  let tag: TagBlock | undefined;
  if (line.charCodeAt(0) === 92 /* \ */) {
    const close = line.indexOf('\\', 1);
    if (close < 0) return { ok: false, raw: line, reason: 'tag block is not closed by a backslash' };
    const parsed = parseTagBlock(line, close);
    if (typeof parsed === 'string') return { ok: false, raw: line, reason: parsed };
    tag = parsed;
    start = close + 1;
  }
  if (line.charCodeAt(start) !== 33 /* ! */) {
    return { ok: false, raw: line, reason: "not an AIS sentence: expected '!' at the start of the sentence" };
  }
  // Address field: 2-letter talker (AI, AB, BS, SA … — AIS units and shore stations use several) + VDM/VDO.
  if (line.charCodeAt(start + 6) !== 44 /* , */ || !/^[A-Z]{2}VD[MO]$/.test(line.slice(start + 1, start + 6))) {
    return { ok: false, raw: line, reason: `not an AIS sentence: "${line.slice(start, start + 7)}" is not !xxVDM or !xxVDO` };
  }
  const star = line.indexOf('*', start);
  if (star < 0) return { ok: false, raw: line, reason: 'sentence has no checksum' };
  const bad = checkChecksum(line, star + 1, xorRange(line, start + 1, star), '');
  if (bad) return { ok: false, raw: line, reason: bad };
  // Receivers in the wild append their own fields after the checksum (",s36310,d-081",
  // ",1242958962"); they are outside the checksum so are ignored, but glued-on characters
  // ("*4AB") would make the checksum itself ambiguous.
  const after = line.charCodeAt(star + 3);
  if ((after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)) {
    return { ok: false, raw: line, reason: 'sentence has extra characters glued to its checksum' };
  }

  let n = 0;
  for (let i = start + 7; i < star; i++) {
    if (line.charCodeAt(i) === 44) {
      if (n === 5) return { ok: false, raw: line, reason: 'sentence has more than 7 fields' };
      commas[n++] = i;
    }
  }
  if (n !== 5) return { ok: false, raw: line, reason: `sentence has ${n + 2} fields, expected 7` };

  const fragmentCount = smallInt(line, start + 7, commas[0]);
  const fragmentNumber = smallInt(line, commas[0] + 1, commas[1]);
  const sequenceId = line.slice(commas[1] + 1, commas[2]);
  const channel = line.slice(commas[2] + 1, commas[3]);
  const payload = line.slice(commas[3] + 1, commas[4]);
  const fillBits = smallInt(line, commas[4] + 1, star);

  // Field ranges per IEC 61162-1 VDM: up to 9 sentences, sequence id 0-9, 0-5 fill bits.
  if (fragmentCount < 1) {
    return { ok: false, raw: line, reason: `fragment count "${line.slice(start + 7, commas[0])}" is not 1-9` };
  }
  if (fragmentNumber < 1 || fragmentNumber > fragmentCount) {
    return { ok: false, raw: line, reason: `fragment number "${line.slice(commas[0] + 1, commas[1])}" is not 1-${fragmentCount}` };
  }
  if (sequenceId.length > 1 || (sequenceId.length === 1 && !(sequenceId >= '0' && sequenceId <= '9'))) {
    return { ok: false, raw: line, reason: `sequential message id "${sequenceId}" is not 0-9` };
  }
  if (channel.length > 1) return { ok: false, raw: line, reason: `radio channel "${channel}" is not a single character` };
  if (fillBits < 0 || fillBits > 5) {
    return { ok: false, raw: line, reason: `fill bits "${line.slice(commas[4] + 1, star)}" is not 0-5` };
  }
  if (payload.length === 0) return { ok: false, raw: line, reason: 'empty payload' };

  const sentence: AisSentence = {
    raw: line,
    formatter: line.charCodeAt(start + 5) === 77 /* M */ ? 'VDM' : 'VDO',
    fragmentCount,
    fragmentNumber,
    sequenceId,
    channel,
    payload,
    fillBits,
  };
  if (tag) sentence.tag = tag;
  return { ok: true, sentence };
}

/** A one-digit field, or -1 if it is anything else (the only widths VDM uses for these fields). */
function smallInt(s: string, from: number, to: number): number {
  if (to - from !== 1) return -1;
  const d = s.charCodeAt(from) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

// ---------------------------------------------------------------------------------------------
// Reassembly of multi-sentence messages
// ---------------------------------------------------------------------------------------------

export interface AssembledPayload {
  payload: string;
  fillBits: number;
  raw: string[];
  receivedAt?: Date;
}

export type AssemblyResult = { ok: true; assembled: AssembledPayload } | { ok: false; raw: string; reason: string };

interface Pending {
  count: number;
  next: number;
  payload: string;
  raw: string[];
  receivedAt?: Date;
  /** Sentence counter value when the last fragment arrived, to age out abandoned messages. */
  lastSeen: number;
}

export interface AssemblerOptions {
  /**
   * An incomplete message is dropped once this many later sentences have arrived without its next
   * fragment. Fragments of one message normally arrive back to back, and the sequential message id
   * only has 10 values, so a long wait risks joining unrelated fragments that reuse the id.
   */
  maxFragmentGap?: number;
}

/**
 * Joins fragments keyed by (sequential message id, channel) — the pair IEC 61162-1 defines to tie
 * the sentences of one message together, and which lets messages on channels A and B interleave.
 */
export class FragmentAssembler {
  private readonly pending = new Map<string, Pending>();
  private readonly maxGap: number;
  private counter = 0;

  constructor(options: AssemblerOptions = {}) {
    this.maxGap = options.maxFragmentGap ?? 20;
  }

  add(s: AisSentence, out: AssemblyResult[]): void {
    this.counter++;
    if (this.pending.size > 0) this.expire(out);

    if (s.fragmentCount === 1) {
      const assembled: AssembledPayload = { payload: s.payload, fillBits: s.fillBits, raw: [s.raw] };
      if (s.tag?.receivedAt) assembled.receivedAt = s.tag.receivedAt;
      out.push({ ok: true, assembled });
      return;
    }

    const key = s.channel + s.sequenceId + s.formatter;
    const where = `seq id ${s.sequenceId || '(none)'}, channel ${s.channel || '(none)'}`;
    let p = this.pending.get(key);

    if (s.fragmentNumber === 1) {
      if (p) this.discard(key, p, out, `a new fragment 1 arrived for ${where}`);
      p = { count: s.fragmentCount, next: 1, payload: '', raw: [], lastSeen: 0 };
      this.pending.set(key, p);
    } else if (!p) {
      out.push({ ok: false, raw: s.raw, reason: `orphan fragment ${s.fragmentNumber} of ${s.fragmentCount} (${where}): no earlier fragments seen` });
      return;
    } else if (p.count !== s.fragmentCount || p.next !== s.fragmentNumber) {
      this.discard(key, p, out, `fragment ${s.fragmentNumber} of ${s.fragmentCount} arrived out of order for ${where}`);
      out.push({
        ok: false,
        raw: s.raw,
        reason: `out-of-order fragment ${s.fragmentNumber} of ${s.fragmentCount} (${where}): expected fragment ${p.next} of ${p.count}`,
      });
      return;
    }

    const last = s.fragmentNumber === s.fragmentCount;
    // Fill bits pad the end of the whole message; non-zero fill inside a message would shift every
    // later bit, so such a fragment cannot be joined.
    if (!last && s.fillBits !== 0) {
      this.discard(key, p, out, `fragment ${s.fragmentNumber} has fill bits but is not the last (${where})`);
      out.push({
        ok: false,
        raw: s.raw,
        reason: `fragment ${s.fragmentNumber} of ${s.fragmentCount} has ${s.fillBits} fill bits but is not the last (${where})`,
      });
      return;
    }
    p.payload += s.payload;
    p.raw.push(s.raw);
    p.next++;
    p.lastSeen = this.counter;
    if (!p.receivedAt && s.tag?.receivedAt) p.receivedAt = s.tag.receivedAt;
    if (!last) return;

    this.pending.delete(key);
    const assembled: AssembledPayload = { payload: p.payload, fillBits: s.fillBits, raw: p.raw };
    if (p.receivedAt) assembled.receivedAt = p.receivedAt;
    out.push({ ok: true, assembled });
  }

  /** End of input: whatever is still waiting can never complete. */
  flush(out: AssemblyResult[]): void {
    for (const [key, p] of this.pending) this.discard(key, p, out, 'input ended');
  }

  private expire(out: AssemblyResult[]): void {
    for (const [key, p] of this.pending) {
      if (this.counter - p.lastSeen > this.maxGap) {
        this.discard(key, p, out, `no next fragment within ${this.maxGap} sentences`);
      }
    }
  }

  private discard(key: string, p: Pending, out: AssemblyResult[], why: string): void {
    this.pending.delete(key);
    for (const raw of p.raw) {
      out.push({ ok: false, raw, reason: `incomplete ${p.count}-part message discarded (got ${p.next - 1} of ${p.count}): ${why}` });
    }
  }
}
