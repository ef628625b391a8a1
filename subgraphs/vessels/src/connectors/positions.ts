/**
 * The positions feed: NMEA 0183 AIS sentences (terrestrial AIS and satellite VMS, message 27), each
 * behind an NMEA 4.0 tag block whose `c:` is the receive time. Every position report is kept
 * (natural key: MMSI + receive second), so tracks and "last heard" can be answered for any instant.
 * Static messages (5, 24) are kept per MMSI and part, newest wins: they give the name and call sign
 * the vessel itself transmits.
 */
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { reject, type Feed, type ParsedItem, type StoredRecord } from '@ioc/kit';
import { AisDecoder, type AisMessage, type DecodeResult } from './ais';
import type { Models, ReportDoc } from '../models';
import { keepTracks } from '../tracks';
import { keepCrossings } from '../crossings';
import { keepActivity } from '../activity';
import type { Connection } from 'mongoose';

/** A decoded message; only the NMEA text is enumerable, so a reject keeps the sentences as sent. */
class Sentences {
  readonly nmea: string;
  #message: AisMessage;
  #receivedAt: Date | undefined;
  constructor(raw: string[], message: AisMessage, receivedAt: Date | undefined) {
    this.nmea = raw.join('\n');
    this.#message = message;
    this.#receivedAt = receivedAt;
  }
  get message() {
    return this.#message;
  }
  get receivedAt() {
    return this.#receivedAt;
  }
}

const positionTypes = new Set([1, 2, 3, 18, 19, 27]);
const staticTypes = new Set([5, 24]);

async function* parseNmea(input: Readable): AsyncIterable<ParsedItem> {
  const decoder = new AisDecoder();
  const out: DecodeResult[] = [];
  let position = 0;
  const drain = function* () {
    for (const r of out) {
      if (r.ok) yield { raw: new Sentences(r.raw, r.message, r.receivedAt), position };
      else
        yield { raw: r.raw, position, error: { field: 'NMEA', value: r.raw.slice(0, 120), reason: `dòng ${position}: câu NMEA không hợp lệ — ${r.reason}` } };
    }
    out.length = 0;
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    position++;
    decoder.push(line, out);
    if (out.length) yield* drain();
  }
  decoder.end(out);
  yield* drain();
}

/** A receive time more than this far ahead of the hub's clock is a receiver with a wrong clock. */
const maxClockSkewMs = 3600_000;

export function toReport(raw: unknown): ReportDoc & StoredRecord {
  const s = raw as Sentences;
  const m = s.message;
  const at = s.receivedAt;
  if (!at) throw reject('c', undefined, 'câu không có tag block NMEA 4.0 "c:" mang thời điểm nhận');
  if (at.getTime() > Date.now() + maxClockSkewMs) throw reject('c', Math.floor(at.getTime() / 1000), 'thời điểm nhận ở tương lai');
  const mmsi = String(m.mmsi).padStart(9, '0');
  if (m.mmsi === 0) throw reject('mmsi', m.mmsi, 'MMSI không hợp lệ');
  if (staticTypes.has(m.type)) {
    const part = m.type === 24 ? (m.partNo === 0 ? 'A' : 'B') : '';
    return { _id: `${mmsi}:static:${m.type}${part}`, kind: 'STATIC', mmsi, time: at, messageType: m.type, shipName: m.shipName, callSign: m.callSign };
  }
  if (!positionTypes.has(m.type)) throw reject('type', m.type, 'không phải bản tin vị trí hay bản tin tĩnh');
  if (m.lat === null) throw reject('lat', null, 'vĩ độ không xác định (91°)');
  if (m.lon === null) throw reject('lon', null, 'kinh độ không xác định (181°)');
  return {
    _id: `${mmsi}:${Math.floor(at.getTime() / 1000)}`,
    kind: 'POSITION',
    mmsi,
    time: at,
    messageType: m.type,
    lat: m.lat,
    lon: m.lon,
    speed: m.speed,
    course: m.course,
    heading: m.heading,
    status: m.status,
  };
}

export function positionsFeed(m: Models, conn: Connection): Feed<ReportDoc & StoredRecord> {
  const activity = keepActivity(conn, m);
  return {
    name: 'positions',
    parse: parseNmea,
    toRecord: toReport,
    model: m.Report,
    version: (r) => r.time.getTime(),
    // The kit renews the readers' stamp after the batch and this hook (kit rollups/kept.ts).
    onAccepted: async (changes) => {
      const tracks = await keepTracks(m, changes);
      await keepCrossings(m, tracks.positions, tracks.states);
      await activity(changes, tracks);
    },
  };
}
