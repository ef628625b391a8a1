/** Which imported zones a point lies in. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneDoc } from './models';

export interface Zone extends Omit<ZoneDoc, 'geometry'> {
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

function bboxOf(g: Polygon | MultiPolygon): Zone['bbox'] {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const b: Zone['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  return b;
}

export function toZone(doc: ZoneDoc): Zone {
  const geometry = JSON.parse(doc.geometry) as Polygon | MultiPolygon;
  return { ...doc, geometry, bbox: bboxOf(geometry) };
}

/** The zones containing (lon, lat); the bounding box spares the full test for far-away zones. */
export function zonesAt(zones: Zone[], lon: number, lat: number): Zone[] {
  return zones.filter((z) => lon >= z.bbox[0] && lon <= z.bbox[2] && lat >= z.bbox[1] && lat <= z.bbox[3] && booleanPointInPolygon([lon, lat], z.geometry));
}
