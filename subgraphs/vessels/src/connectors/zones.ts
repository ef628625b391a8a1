/**
 * Zones as data: a GeoJSON FeatureCollection of Polygon/MultiPolygon features with properties
 * `id`, `kind` (PORT, FISHING_ZONE, NATIONAL_BOUNDARY), `name`, and `approximate` / `source` saying
 * how far the polygon can be trusted. Re-importing a zone by the same id replaces it.
 */
import type { Readable } from 'node:stream';
import { acquireLease, readJsonDocument, reject, renewStamp, type Feed, type ParsedItem, type StoredRecord } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models, type Models, type ZoneDoc } from '../models';
import { rebuildCrossings } from '../crossings';

const kinds = ['PORT', 'FISHING_ZONE', 'NATIONAL_BOUNDARY'] as const;

async function* parseFeatures(input: Readable): AsyncIterable<ParsedItem> {
  const doc = (await readJsonDocument(input)) as { type?: string; features?: unknown[] };
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw new Error('cần một GeoJSON FeatureCollection');
  let position = 0;
  for (const f of doc.features) yield { raw: f, position: ++position };
}

const isPosition = (p: unknown) =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
/** A linear ring: closed, at least four positions (RFC 7946 §3.1.6). */
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition) && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
const isPolygon = (p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(isRing);

export function toZone(raw: unknown): ZoneDoc & StoredRecord {
  const f = raw as { type?: string; properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } };
  if (f?.type !== 'Feature') throw reject('type', f?.type, 'cần một GeoJSON Feature');
  const p = f.properties ?? {};
  if (typeof p.id !== 'string' || p.id.trim() === '') throw reject('id', p.id, 'thiếu mã vùng');
  if (!kinds.includes(p.kind as never)) throw reject('kind', p.kind, `loại vùng phải là ${kinds.join(', ')}`);
  if (typeof p.name !== 'string' || p.name.trim() === '') throw reject('name', p.name, 'thiếu tên vùng');
  const g = f.geometry;
  const valid =
    g?.type === 'Polygon'
      ? isPolygon(g.coordinates)
      : g?.type === 'MultiPolygon'
        ? Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon)
        : false;
  if (!valid) throw reject('geometry', g?.type ?? null, 'cần Polygon hoặc MultiPolygon với các vòng khép kín, toạ độ WGS 84');
  return {
    _id: p.id.trim(),
    kind: p.kind as ZoneDoc['kind'],
    name: p.name.trim().normalize('NFC'),
    approximate: p.approximate === true,
    source: typeof p.source === 'string' ? p.source : null,
    geometry: JSON.stringify({ type: g!.type, coordinates: g!.coordinates }),
  };
}

export function zonesFeed(m: Models, conn: Connection): Feed<ZoneDoc & StoredRecord> {
  return {
    name: 'zones',
    parse: parseFeatures,
    toRecord: toZone,
    model: m.Zone,
    // Crossings are kept against the zones: a changed zone (rare) recomputes them all from the tracks.
    onAccepted: async () => {
      await rebuildCrossingsHeld(conn);
    },
  };
}

/**
 * Every crossing recomputed from the stored tracks, holding the positions feed's lease so that no
 * positions batch writes crossings from the old zones meanwhile (every replica honours it); also
 * `npm run rollups:rebuild vessels`. Resolves to the number of vessels gone through.
 */
export async function rebuildCrossingsHeld(conn: Connection): Promise<number> {
  const positions = await acquireLease(conn, 'positions');
  try {
    return await rebuildCrossings(models(conn));
  } finally {
    await positions.release();
    await renewStamp(conn);
  }
}
