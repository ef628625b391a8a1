/**
 * The inverse of the AIS decoder for the messages fishing-vessel transceivers send (1, 27, 24A):
 * demo data, tests and the benchmark write real NMEA 4.0 lines with it, so everything they feed
 * in goes through the same decoder a partner's file does. Layouts: ITU-R M.1371-5 Annex 8.
 */

class Bits {
  private bits: number[] = [];
  uint(value: number, len: number): this {
    for (let i = len - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }
  int(value: number, len: number): this {
    return this.uint(value < 0 ? 2 ** len + value : value, len);
  }
  text(s: string, chars: number): this {
    const padded = s.toUpperCase().padEnd(chars, '@').slice(0, chars);
    for (const c of padded) {
      const code = c.charCodeAt(0);
      this.uint(code >= 64 ? code - 64 : code, 6);
    }
    return this;
  }
  /** 6-bit ASCII armouring; returns the payload and its fill bits. */
  armour(): { payload: string; fill: number } {
    const fill = (6 - (this.bits.length % 6)) % 6;
    const all = [...this.bits, ...new Array(fill).fill(0)];
    let payload = '';
    for (let i = 0; i < all.length; i += 6) {
      let v = 0;
      for (let k = 0; k < 6; k++) v = v * 2 + all[i + k];
      payload += String.fromCharCode(v < 40 ? v + 48 : v + 56);
    }
    return { payload, fill };
  }
}

export function nmeaChecksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x.toString(16).toUpperCase().padStart(2, '0');
}

/** One single-sentence message behind an NMEA 4.0 tag block carrying the receive time. */
export function sentence(bits: Bits, receivedAt: Date, channel = 'A'): string {
  const { payload, fill } = bits.armour();
  const tag = `c:${Math.floor(receivedAt.getTime() / 1000)}`;
  const body = `AIVDM,1,1,,${channel},${payload},${fill}`;
  return `\\${tag}*${nmeaChecksum(tag)}\\!${body}*${nmeaChecksum(body)}`;
}

export interface PositionFix {
  mmsi: number;
  at: Date;
  lat: number;
  lon: number;
  /** Knots. */
  speed: number;
  /** Degrees. */
  course: number;
  /** Navigational status: 0 under way using engine, 5 moored, 7 engaged in fishing. */
  status: number;
}

/** Message 1: Class A position report (terrestrial AIS). */
export function positionReport(f: PositionFix): string {
  const b = new Bits()
    .uint(1, 6)
    .uint(0, 2)
    .uint(f.mmsi, 30)
    .uint(f.status, 4)
    .int(-128, 8)
    .uint(Math.round(f.speed * 10), 10)
    .uint(0, 1)
    .int(Math.round(f.lon * 600_000), 28)
    .int(Math.round(f.lat * 600_000), 27)
    .uint(Math.round(f.course * 10), 12)
    .uint(Math.round(f.course) % 360, 9)
    .uint(60, 6)
    .uint(0, 2)
    .uint(0, 3)
    .uint(0, 1)
    .uint(0, 19);
  return sentence(b, f.at);
}

/** Message 27: long-range position report, what satellite VMS receivers carry. */
export function longRangeReport(f: PositionFix): string {
  const b = new Bits()
    .uint(27, 6)
    .uint(0, 2)
    .uint(f.mmsi, 30)
    .uint(0, 1)
    .uint(0, 1)
    .uint(f.status, 4)
    .int(Math.round(f.lon * 600), 18)
    .int(Math.round(f.lat * 600), 17)
    .uint(Math.min(62, Math.round(f.speed)), 6)
    .uint(Math.round(f.course) % 360, 9)
    .uint(0, 1)
    .uint(0, 1);
  return sentence(b, f.at);
}

/** Message 24 part A: the name a Class B transceiver transmits. */
export function staticNameReport(mmsi: number, name: string, at: Date): string {
  return sentence(new Bits().uint(24, 6).uint(0, 2).uint(mmsi, 30).uint(0, 2).text(name, 20), at);
}
