/**
 * AIS payload decoding (ITU-R M.1371-5 Annex 8 message formats) for the message types the
 * vessels subgraph uses. Bit positions below are 0-based offsets into the message, as in the
 * M.1371 tables.
 */

export interface AisMessage {
  type: number;
  mmsi: number;
  lat: number | null;
  lon: number | null;
  /** Knots. */
  speed: number | null;
  /** Course over ground, degrees true. */
  course: number | null;
  /** True heading, degrees. */
  heading: number | null;
  /** Navigational status number, 0-15 as M.1371 defines it for messages 1-3 and 27. */
  status: number | null;
  shipName: string | null;
  callSign: string | null;
  imo: number | null;
  shipType: number | null;
  destination: string | null;
  /** Metres. */
  draught: number | null;
  /** Type 24 only: 0 = part A (name), 1 = part B (type, call sign). */
  partNo?: number;
}

export type PayloadResult = { ok: true; message: AisMessage } | { ok: false; reason: string };

// --- de-armouring -----------------------------------------------------------------------------

/**
 * ASCII code -> 6-bit value, -1 for characters outside the armouring alphabet. M.1371 / IEC 61162-1
 * "6-bit ASCII armouring": '0'..'W' (48-87) map to 0-39 and '`'..'w' (96-119) to 40-63.
 */
const ARMOUR = new Int8Array(128).fill(-1);
for (let c = 48; c <= 87; c++) ARMOUR[c] = c - 48;
for (let c = 96; c <= 119; c++) ARMOUR[c] = c - 56;

/**
 * The current payload as one 6-bit value per byte. Decoding is synchronous, so one module-level
 * buffer serves every call and a message costs no allocation for its bits.
 */
let sixbits = new Uint8Array(256);
let bitLength = 0;

/** Returns the index of the first invalid character, or -1 when the whole payload is valid. */
function dearmour(payload: string, fillBits: number): number {
  const n = payload.length;
  if (n > sixbits.length) sixbits = new Uint8Array(n * 2);
  for (let i = 0; i < n; i++) {
    const code = payload.charCodeAt(i);
    const v = code < 128 ? ARMOUR[code] : -1;
    if (v < 0) return i;
    sixbits[i] = v;
  }
  bitLength = n * 6 - fillBits;
  return -1;
}

/**
 * Unsigned field of `len` (≤ 30) bits starting at bit `start`. Works symbol by symbol rather than bit
 * by bit; the partial trailing symbol can push the running value past 32 bits, hence arithmetic
 * instead of shifts.
 */
function uint(start: number, len: number): number {
  const end = start + len;
  let i = (start / 6) | 0;
  const last = ((end - 1) / 6) | 0;
  let acc = sixbits[i] & ((1 << (6 - (start - i * 6))) - 1);
  while (i < last) acc = acc * 64 + sixbits[++i];
  const trailing = (last + 1) * 6 - end;
  return trailing === 0 ? acc : Math.floor(acc / (1 << trailing));
}

/** Two's-complement signed field (M.1371 gives longitude and latitude "as per 2's complement"). */
function int(start: number, len: number): number {
  const v = uint(start, len);
  const half = 2 ** (len - 1);
  return v >= half ? v - 2 * half : v;
}

/**
 * Text in the "6-bit ASCII" table of M.1371 Annex 8: values 0-31 are '@'..'_', 32-63 are ' '..'?'. '@' is the
 * padding / "not available" character, so trailing '@' and spaces are dropped; all-padding is
 * null. Characters beyond the payload end are treated as absent, which keeps the few real
 * transmitters that send a short final string field decodable.
 */
function text(start: number, chars: number): string | null {
  const available = Math.floor((bitLength - start) / 6);
  if (available < chars) chars = available;
  let s = '';
  let keep = 0;
  for (let k = 0; k < chars; k++) {
    const v = uint(start + k * 6, 6);
    const c = v < 32 ? v + 64 : v;
    s += String.fromCharCode(c);
    if (c !== 64 && c !== 32) keep = k + 1;
  }
  return keep === 0 ? null : keep === chars ? s : s.slice(0, keep);
}

// --- field conversions ------------------------------------------------------------------------

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** 91° is M.1371's "not available"; anything else beyond ±90° is not a position either. */
function latitude(raw: number, perDegree: number): number | null {
  const deg = raw / perDegree;
  return deg > 90 || deg < -90 ? null : round6(deg);
}

/** 181° is M.1371's "not available"; anything else beyond ±180° is not a position either. */
function longitude(raw: number, perDegree: number): number | null {
  const deg = raw / perDegree;
  return deg > 180 || deg < -180 ? null : round6(deg);
}

/** SOG in 1/10 knot: 1023 = not available (M.1371 Annex 8, message 1 "SOG"). */
function speedTenths(raw: number): number | null {
  return raw === 1023 ? null : raw / 10;
}

/** COG in 1/10°: 3600 = not available, 3601-4095 should not be used (message 1 "COG"). */
function courseTenths(raw: number): number | null {
  return raw >= 3600 ? null : raw / 10;
}

/** True heading 0-359; 511 = not available (message 1 "True heading"). */
function heading(raw: number): number | null {
  return raw < 360 ? raw : null;
}

function blank(type: number, mmsi: number): AisMessage {
  // Every message gets every field so all decoded objects share one shape (and one V8 hidden class).
  return {
    type,
    mmsi,
    lat: null,
    lon: null,
    speed: null,
    course: null,
    heading: null,
    status: null,
    shipName: null,
    callSign: null,
    imo: null,
    shipType: null,
    destination: null,
    draught: null,
  };
}

// --- messages ---------------------------------------------------------------------------------

/**
 * Fewest bits a message of each type must carry: the end of the last field decoded here. Shorter
 * payloads are truncated; longer-than-minimum but shorter-than-nominal ones (e.g. 160-bit type 24
 * part A, 163-bit type 1) are common in real traffic and decode fine.
 */
const MIN_BITS: Record<number, number> = {
  1: 137, // heading ends at bit 137 (nominal 168)
  2: 137,
  3: 137,
  // Nominal 424, but many transmitters in the wild send 420 or 422 bits (noted in gpsd's AIS
  // driver); that only shortens the last destination character.
  5: 420,
  18: 133, // heading ends at bit 133 (nominal 168)
  19: 271, // ship type ends at bit 271 (nominal 312)
  24: 40, // part number; each part has its own minimum below
  27: 94, // COG ends at bit 94 (nominal 96)
};

/** Types 1, 2, 3 — Class A position report (M.1371 Annex 8, messages 1, 2, 3). */
function positionA(m: AisMessage): void {
  m.status = uint(38, 4);
  m.speed = speedTenths(uint(50, 10));
  m.lon = longitude(int(61, 28), 600_000); // 1/10 000 minute
  m.lat = latitude(int(89, 27), 600_000);
  m.course = courseTenths(uint(116, 12));
  m.heading = heading(uint(128, 9));
}

/** Type 5 — static and voyage related data (M.1371 Annex 8, message 5). */
function staticVoyage(m: AisMessage): void {
  const imo = uint(40, 30);
  m.imo = imo === 0 ? null : imo; // 0 = not available
  m.callSign = text(70, 7);
  m.shipName = text(112, 20);
  const type = uint(232, 8);
  m.shipType = type === 0 ? null : type; // "type of ship and cargo": 0 = not available or no ship
  const draught = uint(294, 8);
  m.draught = draught === 0 ? null : draught / 10; // 1/10 m, 0 = not available
  m.destination = text(302, 20);
}

/** Type 18 — standard Class B position report (M.1371 Annex 8, message 18); no navigational status. */
function positionB(m: AisMessage): void {
  m.speed = speedTenths(uint(46, 10));
  m.lon = longitude(int(57, 28), 600_000);
  m.lat = latitude(int(85, 27), 600_000);
  m.course = courseTenths(uint(112, 12));
  m.heading = heading(uint(124, 9));
}

/** Type 19 — extended Class B position report (M.1371 Annex 8, message 19): type 18 fields + name and type. */
function extendedB(m: AisMessage): void {
  positionB(m);
  m.shipName = text(143, 20);
  const type = uint(263, 8);
  m.shipType = type === 0 ? null : type;
}

/** Type 24 — static data report (M.1371 Annex 8, message 24): part A carries the name, part B type and call sign. */
function staticReport(m: AisMessage): string | null {
  const part = uint(38, 2);
  if (part === 0) {
    // Nominal 168 bits with 8 spare; 160-bit part A without the spare is common.
    if (bitLength < 160) return `truncated payload: type 24 part A needs at least 160 bits, got ${bitLength}`;
    m.partNo = 0;
    m.shipName = text(40, 20);
    return null;
  }
  if (part === 1) {
    if (bitLength < 132) return `truncated payload: type 24 part B needs at least 132 bits, got ${bitLength}`;
    m.partNo = 1;
    const type = uint(40, 8);
    m.shipType = type === 0 ? null : type;
    m.callSign = text(90, 7);
    return null;
  }
  return `type 24 part number ${part} is reserved (only 0 = A and 1 = B are defined)`;
}

/**
 * Type 27 — position report for long-range applications, heard by satellites (M.1371 Annex 8,
 * message 27). Coarser
 * units than type 1: position in 1/10 minute, SOG in whole knots (63 = not available), COG in whole
 * degrees (511 = not available).
 */
function longRange(m: AisMessage): void {
  m.status = uint(40, 4);
  m.lon = longitude(int(44, 18), 600);
  m.lat = latitude(int(62, 17), 600);
  const sog = uint(79, 6);
  m.speed = sog === 63 ? null : sog;
  const cog = uint(85, 9);
  m.course = cog < 360 ? cog : null;
}

/** Decodes one complete (already reassembled) payload. Never throws. */
export function decodePayload(payload: string, fillBits: number): PayloadResult {
  const bad = dearmour(payload, fillBits);
  if (bad >= 0) {
    return { ok: false, reason: `invalid payload character '${payload[bad]}' at position ${bad}` };
  }
  // Message id (6) + repeat indicator (2) + MMSI (30): the header every message starts with.
  if (bitLength < 38) return { ok: false, reason: `truncated payload: ${bitLength} bits, shorter than the 38-bit message header` };
  const type = uint(0, 6);
  const min = MIN_BITS[type];
  if (min === undefined) return { ok: false, reason: `unsupported message type ${type}` };
  if (bitLength < min) return { ok: false, reason: `truncated payload: type ${type} needs at least ${min} bits, got ${bitLength}` };

  const m = blank(type, uint(8, 30));
  switch (type) {
    case 1:
    case 2:
    case 3:
      positionA(m);
      break;
    case 5:
      staticVoyage(m);
      break;
    case 18:
      positionB(m);
      break;
    case 19:
      extendedB(m);
      break;
    case 24: {
      const reason = staticReport(m);
      if (reason) return { ok: false, reason };
      break;
    }
    case 27:
      longRange(m);
      break;
  }
  return { ok: true, message: m };
}
