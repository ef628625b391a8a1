import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLines, decodeLinesSync, type AisMessage, type DecodeResult } from '../src/connectors/ais';

// --- helpers ------------------------------------------------------------------------------------

async function collect(lines: AsyncIterable<string> | Iterable<string>): Promise<DecodeResult[]> {
  const results: DecodeResult[] = [];
  for await (const r of decodeLines(lines)) results.push(r);
  return results;
}

function messages(results: DecodeResult[]): AisMessage[] {
  return results.flatMap((r) => (r.ok ? [r.message] : []));
}

function failures(results: DecodeResult[]): Array<{ raw: string; reason: string }> {
  return results.flatMap((r) => (r.ok ? [] : [{ raw: r.raw, reason: r.reason }]));
}

function checksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x.toString(16).toUpperCase().padStart(2, '0');
}

/** Builds a sentence with a correct checksum, so tests can target the layer under test. */
function sentence(payload: string, fill: number, opts: { count?: number; num?: number; seq?: string; channel?: string } = {}): string {
  const body = `AIVDM,${opts.count ?? 1},${opts.num ?? 1},${opts.seq ?? ''},${opts.channel ?? 'A'},${payload},${fill}`;
  return `!${body}*${checksum(body)}`;
}

function tagged(tags: string, line: string): string {
  return `\\${tags}*${checksum(tags)}\\${line}`;
}

/** Encodes [value, width] fields into an armoured payload (the inverse of the decoder under test). */
function armour(fields: Array<[number, number]>): { payload: string; fill: number } {
  let bits = '';
  for (const [value, width] of fields) bits += (value < 0 ? value + 2 ** width : value).toString(2).padStart(width, '0');
  const fill = (6 - (bits.length % 6)) % 6;
  bits += '0'.repeat(fill);
  let payload = '';
  for (let i = 0; i < bits.length; i += 6) {
    const v = parseInt(bits.slice(i, i + 6), 2);
    payload += String.fromCharCode(v < 40 ? v + 48 : v + 56);
  }
  return { payload, fill };
}

/** 6-bit ASCII text field of `chars` characters, for `armour`. */
function sixbitText(text: string, chars: number): Array<[number, number]> {
  const padded = text.padEnd(chars, '@');
  return [...padded].map((ch): [number, number] => {
    const c = ch.charCodeAt(0);
    return [c >= 64 ? c - 64 : c, 6];
  });
}

// --- gpsd corpus ----------------------------------------------------------------------------------

interface Pair {
  sentences: string[];
  expected: Record<string, unknown>;
}

const pairs: Pair[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'ais-pairs.json'), 'utf8'));

/**
 * What our decoder should report for a gpsd record. gpsd keeps M.1371's "not available" codes as
 * numbers and empty strings; we report null. gpsd merges type 24 parts A and B into one record, so
 * only the fields the decoded part carries are expected.
 */
function expectedFromGpsd(g: Record<string, any>, partNo: number | undefined): Partial<AisMessage> {
  const na = (v: unknown, code: unknown) => (v === undefined || v === code ? null : v);
  const e: Partial<AisMessage> = { type: g.type, mmsi: g.mmsi };
  const long = g.type === 27;
  if ([1, 2, 3, 18, 19, 27].includes(g.type)) {
    e.speed = na(g.speed, long ? 63 : 102.3) as number | null;
    e.course = na(g.course, long ? 511 : 360) as number | null;
    e.heading = na(g.heading, 511) as number | null;
    e.status = g.status ?? null;
  }
  if (g.type === 5) {
    e.imo = na(g.imo, 0) as number | null;
    e.callSign = g.callsign || null;
    e.draught = na(g.draught, 0) as number | null;
    e.destination = g.destination || null;
  }
  if (g.type === 5 || g.type === 19 || (g.type === 24 && partNo === 0)) e.shipName = g.shipname || null;
  if (g.type === 5 || g.type === 19 || (g.type === 24 && partNo === 1)) e.shipType = na(g.shiptype, 0) as number | null;
  if (g.type === 24 && partNo === 1) e.callSign = g.callsign || null;
  return e;
}

describe('gpsd regression pairs (ais-pairs.json)', () => {
  test('fixture is loaded', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(14);
  });

  test.each(pairs.map((p) => [p.sentences.join(' + '), p] as const))('%s', async (_name, pair) => {
    const decoded = messages(await collect(pair.sentences));
    expect(decoded).toHaveLength(1);
    const m = decoded[0];
    const g = pair.expected as Record<string, any>;
    const want = expectedFromGpsd(g, m.partNo);
    for (const [key, value] of Object.entries(want)) {
      expect({ field: key, value: m[key as keyof AisMessage] }).toEqual({ field: key, value });
    }
    // Fields gpsd does not report for this type (or part) must be null, not made up.
    const reported = new Set(Object.keys(want).concat(['lat', 'lon', 'partNo']));
    for (const [key, value] of Object.entries(m)) {
      if (!reported.has(key)) expect({ field: key, value }).toEqual({ field: key, value: null });
    }
    if (g.lat !== undefined) {
      // gpsd prints 7 decimals (4 for type 27); we round to 6.
      const tolerance = g.type === 27 ? 0.5e-4 + 0.5e-6 : 0.5e-6 + 0.5e-7;
      expect(Math.abs((m.lat as number) - g.lat)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs((m.lon as number) - g.lon)).toBeLessThanOrEqual(tolerance);
    } else {
      expect(m.lat).toBeNull();
      expect(m.lon).toBeNull();
    }
  });
});

// --- exact examples -------------------------------------------------------------------------------

describe('reference examples', () => {
  test('type 1 position report', async () => {
    const results = await collect(['!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A']);
    expect(results).toHaveLength(1);
    const r = results[0];
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.raw).toEqual(['!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A']);
    expect(r.receivedAt).toBeUndefined();
    expect(r.message).toMatchObject({
      type: 1,
      mmsi: 371798000,
      speed: 12.3,
      lon: -123.395383,
      lat: 48.381633,
      course: 224,
      heading: 215,
      status: 0,
    });
  });

  test('two-part type 5 static and voyage data', async () => {
    const lines = ['!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C', '!AIVDM,2,2,1,A,88888888880,2*25'];
    const results = await collect(lines);
    expect(results).toHaveLength(1);
    const r = results[0];
    expect(r.ok && r.raw).toEqual(lines);
    expect(messages(results)[0]).toEqual({
      type: 5,
      mmsi: 351759000,
      imo: 9134270,
      callSign: '3FOF8',
      shipName: 'EVER DIADEM',
      shipType: 70,
      destination: 'NEW YORK',
      draught: 12.2,
      lat: null,
      lon: null,
      speed: null,
      course: null,
      heading: null,
      status: null,
    });
  });

  test('type 24 part B (gpsd merged output: shiptype 60, callsign TC6163)', () => {
    const [m] = messages([...decodeLinesSync(['!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40'])]);
    expect(m).toMatchObject({ type: 24, partNo: 1, mmsi: 271041815, shipType: 60, callSign: 'TC6163', shipName: null });
  });
});

// --- NMEA layer -----------------------------------------------------------------------------------

describe('sentence checks', () => {
  test('bad checksum is rejected with both values in the reason', async () => {
    const bad = '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B';
    expect(await collect([bad])).toEqual([{ ok: false, raw: bad, reason: 'checksum mismatch: expected 4A, got 4B' }]);
  });

  test('checksum digits may be lower case', async () => {
    const lower = '!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0b';
    expect(messages(await collect([lower]))[0]).toMatchObject({ type: 19, mmsi: 367059850 });
  });

  test('tag block c: gives receivedAt; s: and g: are tolerated', async () => {
    const line = tagged('s:hue-station,g:1-1-42,c:1700000000', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A');
    const [r] = await collect([line]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.receivedAt?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(r.raw).toEqual([line]);
    expect(r.message.mmsi).toBe(371798000);
  });

  test('tag block c: in milliseconds is understood', async () => {
    const [r] = await collect([tagged('c:1700000000123', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A')]);
    expect(r.ok && r.receivedAt?.toISOString()).toBe('2023-11-14T22:13:20.123Z');
  });

  test('tag block with a bad checksum is rejected', async () => {
    const line = '\\c:1700000000*5E\\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A';
    expect(failures(await collect([line]))).toEqual([{ raw: line, reason: 'tag block checksum mismatch: expected 5F, got 5E' }]);
  });

  test('receiver fields after the checksum and CR/LF are ignored', async () => {
    const results = await collect([
      '!AIVDM,1,1,,B,;4R33:1uUK2F`q?mOt@@GoQ00000,0*5D,s28089,d-103,T39.44353985,x147521,r08TPHI1,1242958962',
      '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\r\n',
    ]);
    expect(failures(results).map((f) => f.reason)).toEqual(['unsupported message type 11']);
    expect(messages(results)).toHaveLength(1);
  });

  test('blank lines and # comments produce nothing', async () => {
    expect(await collect(['', '   ', '# a comment'])).toEqual([]);
  });

  test('garbage never throws and every bad line yields a reason', async () => {
    const junk = [
      'garbage',
      '!',
      '!AIVDM',
      '\\',
      '\\c:1*00',
      '$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47',
      'AIVDM,2,2,1,B,00000000000,2*26',
      '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*ZZ',
      '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4AB',
      '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0',
      sentence('', 0),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ', 6),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ', 0, { count: 0 }),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ', 0, { count: 2, num: 3 }),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ', 0, { seq: 'x', count: 2 }),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ!', 0),
      sentence('15RTgt0PAso;90TKcjM8h6g208CQ\u00e9', 0),
      '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ\u4e00,0*4A',
      'x'.repeat(100_000),
      tagged('c:9999999999999999', '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A'),
    ];
    const results = await collect(junk);
    expect(results).toHaveLength(junk.length);
    for (const [i, r] of results.entries()) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.raw).toBe(junk[i].trim());
      expect(r.reason.length).toBeGreaterThan(5);
    }
    expect(results.map((r) => (r.ok ? '' : r.reason))).toEqual([
      "not an AIS sentence: expected '!' at the start of the sentence",
      'not an AIS sentence: "!" is not !xxVDM or !xxVDO',
      'not an AIS sentence: "!AIVDM" is not !xxVDM or !xxVDO',
      'tag block is not closed by a backslash',
      'tag block is not closed by a backslash',
      "not an AIS sentence: expected '!' at the start of the sentence",
      "not an AIS sentence: expected '!' at the start of the sentence",
      "checksum is not two hex digits after '*'",
      'sentence has extra characters glued to its checksum',
      'sentence has no checksum',
      'empty payload',
      'fill bits "6" is not 0-5',
      'fragment count "0" is not 1-9',
      'fragment number "3" is not 1-2',
      'sequential message id "x" is not 0-9',
      "invalid payload character '!' at position 28",
      "invalid payload character '\u00e9' at position 28",
      'sentence contains non-ASCII characters',
      "not an AIS sentence: expected '!' at the start of the sentence",
      'tag block time "c:9999999999999999" is out of range',
    ]);
  });
});

describe('fragment reassembly', () => {
  const part1 = '!AIVDM,2,1,2,A,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht500000000000000,0*3C';
  const part2 = '!AIVDM,2,2,2,A,0000002,2*24';
  const orphan = '!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B';

  test('an orphan first fragment does not break the real two-part message', async () => {
    const results = await collect([orphan, part1, part2]);
    const decoded = messages(results);
    expect(decoded).toHaveLength(1);
    expect(decoded[0]).toMatchObject({
      type: 5,
      mmsi: 271010059,
      shipName: 'HEALTH CONTROL 13',
      callSign: 'TCA2350',
      shipType: 55,
      draught: 2,
      imo: null,
      destination: null,
    });
    const ok = results.find((r) => r.ok);
    expect(ok?.raw).toEqual([part1, part2]);
    // The orphan is reported once input ends and it can no longer complete.
    expect(failures(results)).toEqual([{ raw: orphan, reason: expect.stringMatching(/^incomplete 2-part message discarded .*input ended/) }]);
  });

  test('fragments on channels A and B may interleave', async () => {
    const lateB = '!AIVDM,2,2,6,B,00000000000,2*21';
    const decoded = messages(await collect([orphan, part1, part2, lateB]));
    expect(decoded.map((m) => m.mmsi)).toEqual([271010059, 271010059]);
  });

  test('a later fragment without its first is an orphan', async () => {
    expect(failures(await collect([part2]))).toEqual([{ raw: part2, reason: 'orphan fragment 2 of 2 (seq id 2, channel A): no earlier fragments seen' }]);
  });

  test('a repeated fragment 1 supersedes the unfinished message', async () => {
    const results = await collect([part1, part1, part2]);
    expect(messages(results)).toHaveLength(1);
    expect(failures(results)).toEqual([{ raw: part1, reason: expect.stringContaining('a new fragment 1 arrived') }]);
  });

  test('an unfinished message is dropped after too many sentences', async () => {
    const filler = Array(25).fill('!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A');
    const results = await collect([part1, ...filler, part2]);
    expect(messages(results).every((m) => m.type === 1)).toBe(true);
    expect(failures(results).map((f) => f.raw)).toEqual([part1, part2]);
  });

  test('receivedAt comes from the first fragment that carries one', async () => {
    const [r] = await collect([tagged('g:1-2-7,c:1700000000', part1), tagged('g:2-2-7', part2)]);
    expect(r.ok && r.receivedAt?.getTime()).toBe(1_700_000_000_000);
  });
});

// --- payload decoding -----------------------------------------------------------------------------

describe('payload decoding', () => {
  test('truncated payload is rejected, not thrown', async () => {
    const short = sentence('15RTgt0PAso;90TK', 0);
    expect(await collect([short])).toEqual([{ ok: false, raw: short, reason: 'truncated payload: type 1 needs at least 137 bits, got 96' }]);
    const tiny = sentence('15RT', 0);
    expect(failures(await collect([tiny]))[0].reason).toMatch(/^truncated payload: 24 bits/);
  });

  test('a 163-bit type 1 (short radio status) still decodes', async () => {
    const [m] = messages(await collect(['!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,5*63']));
    expect(m).toMatchObject({ type: 1, mmsi: 244740981, lat: 53.199235, lon: 5.737467, heading: null });
  });

  test('type 1 "not available" codes become null', async () => {
    const { payload, fill } = armour([
      [1, 6],
      [0, 2],
      [412345678, 30],
      [15, 4],
      [-128, 8],
      [1023, 10],
      [0, 1],
      [181 * 600_000, 28],
      [91 * 600_000, 27],
      [3600, 12],
      [511, 9],
      [60, 6],
      [0, 2],
      [0, 3],
      [0, 1],
      [0, 19],
    ]);
    const [m] = messages(await collect([sentence(payload, fill)]));
    expect(m).toMatchObject({ type: 1, mmsi: 412345678, status: 15, lat: null, lon: null, speed: null, course: null, heading: null });
  });

  test('type 27: 1/10-minute position, whole-knot speed, and its own "not available" codes', async () => {
    const fields = (lon: number, lat: number, sog: number, cog: number): Array<[number, number]> => [
      [27, 6],
      [0, 2],
      [574000123, 30],
      [1, 1],
      [0, 1],
      [7, 4],
      [lon, 18],
      [lat, 17],
      [sog, 6],
      [cog, 9],
      [0, 1],
      [0, 1],
    ];
    // 106.7° E, 10.75° N (off Vũng Tàu): 1/10 minute = degrees × 600.
    const a = armour(fields(Math.round(106.7 * 600), Math.round(10.75 * 600), 9, 45));
    const b = armour(fields(181 * 600, 91 * 600, 63, 511));
    const [m, n] = messages(await collect([sentence(a.payload, a.fill), sentence(b.payload, b.fill)]));
    expect(m).toEqual(expect.objectContaining({ type: 27, mmsi: 574000123, status: 7, lon: 106.7, lat: 10.75, speed: 9, course: 45, heading: null }));
    expect(n).toEqual(expect.objectContaining({ type: 27, lat: null, lon: null, speed: null, course: null }));
  });

  test('type 27 negative coordinates and the 96-bit gpsd sample', async () => {
    const [m] = messages(await collect(['!AIVDM,1,1,,A,KCQ9r=hrFUnH7P00,0*41']));
    expect(m).toMatchObject({ type: 27, mmsi: 236091959, status: 3, lat: 87.065, lon: -154.201667, speed: 0, course: 0 });
  });

  test('strings drop trailing @ and spaces; all-padding is null', async () => {
    const { payload, fill } = armour([
      [5, 6],
      [0, 2],
      [574111222, 30],
      [0, 2],
      [0, 30],
      ...sixbitText('XVAB  ', 7),
      ...sixbitText('', 20),
      [0, 8],
      [0, 30],
      [1, 4],
      [0, 4],
      [0, 5],
      [24, 5],
      [60, 6],
      [0, 8],
      ...sixbitText('VUNG TAU   @@ ', 20),
      [0, 1],
      [0, 1],
    ]);
    const [m] = messages(await collect([sentence(payload, fill)]));
    expect(m).toMatchObject({ type: 5, callSign: 'XVAB', shipName: null, destination: 'VUNG TAU', imo: null, shipType: null, draught: null });
  });

  test('type 5 sent with 420 bits keeps all but the last destination character', async () => {
    const { payload, fill } = armour([
      [5, 6],
      [0, 2],
      [574111222, 30],
      [0, 2],
      [9134270, 30],
      ...sixbitText('XVAB', 7),
      ...sixbitText('BIEN DONG', 20),
      [70, 8],
      [0, 30],
      [1, 4],
      [0, 4],
      [0, 5],
      [24, 5],
      [60, 6],
      [55, 8],
      ...sixbitText('HAI PHONG', 20).slice(0, 19), // 19 characters: 420 bits in all
    ]);
    expect(payload.length * 6 - fill).toBe(416);
    // 416 bits is below the 420-bit floor, so this must be refused…
    expect(failures(await collect([sentence(payload, fill)]))[0].reason).toBe('truncated payload: type 5 needs at least 420 bits, got 416');
    // …while four more bits (an incomplete 20th character) are accepted.
    const longer = armour([
      [5, 6],
      [0, 2],
      [574111222, 30],
      [0, 2],
      [9134270, 30],
      ...sixbitText('XVAB', 7),
      ...sixbitText('BIEN DONG', 20),
      [70, 8],
      [0, 30],
      [1, 4],
      [0, 4],
      [0, 5],
      [24, 5],
      [60, 6],
      [55, 8],
      ...sixbitText('HAI PHONG', 20).slice(0, 19),
      [0, 4],
    ]);
    const [m] = messages(await collect([sentence(longer.payload, longer.fill)]));
    expect(m).toMatchObject({ type: 5, shipName: 'BIEN DONG', destination: 'HAI PHONG', draught: 5.5, imo: 9134270 });
  });

  test('unsupported message types are reported, not dropped silently', async () => {
    const line = '!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D';
    expect(await collect([line])).toEqual([{ ok: false, raw: line, reason: 'unsupported message type 4' }]);
  });

  test('type 24 reserved part numbers are rejected', async () => {
    const { payload, fill } = armour([[24, 6], [0, 2], [574000001, 30], [2, 2], ...sixbitText('X', 20), [0, 8]]);
    expect(failures(await collect([sentence(payload, fill)]))[0].reason).toMatch(/part number 2 is reserved/);
  });
});

describe('streaming API', () => {
  test('accepts async iterables and arrays alike', async () => {
    async function* source(): AsyncGenerator<string> {
      yield '!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C';
      await new Promise((r) => setTimeout(r, 1));
      yield '!AIVDM,2,2,1,A,88888888880,2*25';
    }
    const fromAsync = messages(await collect(source()));
    const fromSync = messages([
      ...decodeLinesSync(['!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C', '!AIVDM,2,2,1,A,88888888880,2*25']),
    ]);
    expect(fromAsync).toEqual(fromSync);
    expect(fromAsync[0].shipName).toBe('EVER DIADEM');
  });

  test('decoded messages are independent objects', () => {
    const [a, b] = messages([...decodeLinesSync(['!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A', '!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*42'])]);
    expect(a.mmsi).toBe(371798000);
    expect(b.mmsi).toBe(440348000);
  });
});
