/**
 * Which unit a point lies in, from the boundaries the hub holds: the district polygons of the old
 * register (gis.chinhphu.vn via the dvhcvn project, in subgraphs/admin-units/data/boundaries, for the
 * provinces loaded there). No commune boundaries are held, so a point finds its district; a sector
 * that needs the commune asks for its code.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon } from 'geojson';
import { projectRoot } from '../paths';

interface District {
  code: string;
  province: string;
  bbox: [number, number, number, number];
  geometry: MultiPolygon;
}

let districts: District[] | undefined;

function load(): District[] {
  const dir = join(projectRoot, 'subgraphs', 'admin-units', 'data', 'boundaries');
  const out: District[] = [];
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const [code, d] of Object.entries<Pick<District, 'bbox'> & Pick<MultiPolygon, 'coordinates'>>(file.districts)) {
      out.push({ code, province: file.province, bbox: d.bbox, geometry: { type: 'MultiPolygon', coordinates: d.coordinates } });
    }
  }
  return out;
}

/** The old-register district containing the point (WGS 84), or null where no boundary covers it. */
export function locateDistrict(latitude: number, longitude: number): { code: string; province: string } | null {
  districts ??= load();
  const point = [longitude, latitude];
  for (const d of districts) {
    const [w, s, e, n] = d.bbox;
    if (longitude < w || longitude > e || latitude < s || latitude > n) continue;
    if (booleanPointInPolygon(point, d.geometry)) return { code: d.code, province: d.province };
  }
  return null;
}

/** A district's bounding box [west, south, east, north], where its boundary is held. */
export function districtExtent(code: string): [number, number, number, number] | null {
  districts ??= load();
  return districts.find((d) => d.code === code)?.bbox ?? null;
}

/** Great-circle distance in metres (haversine, mean Earth radius 6 371 km). */
export function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}
