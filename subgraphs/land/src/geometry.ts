/**
 * Geometry helpers for cadastral parcels: bbox, bbox intersection, ellipsoidal area, validation.
 * Coordinates are GeoJSON [longitude, latitude] in WGS 84 degrees (RFC 7946) unless said otherwise.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type ParcelGeometry = Polygon | MultiPolygon;
/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];

function polygonsOf(geometry: ParcelGeometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new TypeError(`expected a Polygon or MultiPolygon, got ${JSON.stringify((geometry as { type?: unknown }).type)}`);
}

/** Bounding box of a Polygon/MultiPolygon (all rings, holes included). */
export function bbox(geometry: ParcelGeometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (minX === Infinity) throw new RangeError('cannot take the bbox of a geometry without positions');
  return [minX, minY, maxX, maxY];
}

/** True when two bboxes overlap or touch (no antimeridian wrapping; parcels never straddle it). */
export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

// ---------------------------------------------------------------------------------------------
// Area on the WGS 84 ellipsoid.
//
// Method: map each vertex with the ellipsoidal cylindrical equal-area projection
//   x = a·λ,  y = (a/2)·q(φ)     (Snyder, "Map Projections — A Working Manual", USGS Professional
//   Paper 1395, 1987: ch. 10 "Cylindrical Equal-Area", ellipsoidal forward formulas, k0 = 1), where
//   q(φ) = (1 − e²)·[ sinφ/(1 − e² sin²φ) − (1/(2e))·ln((1 − e sinφ)/(1 + e sinφ)) ]  (ibid., eq. 3-12),
// then take the planar shoelace area. The projection is exactly equal-area, so the only error is
// that polygon edges are straight in the projection rather than geodesics — negligible (≪ 0.01 %)
// for parcel-sized polygons. WGS 84: a = 6 378 137 m, f = 1/298.257223563 (NIMA TR8350.2).

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const DEG = Math.PI / 180;

function q(phi: number): number {
  const s = Math.sin(phi);
  const es = E * s;
  return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
}

/** Unsigned area of one ring in m² (closing position optional). */
function ringArea(ring: Position[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  const lon0 = ring[0][0];
  const xs: number[] = new Array(n);
  const ys: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // Longitude relative to the first vertex, wrapped into [-180, 180) so the ring stays continuous.
    let dLon = ring[i][0] - lon0;
    dLon = ((((dLon + 180) % 360) + 360) % 360) - 180;
    xs[i] = A * dLon * DEG;
    ys[i] = (A / 2) * q(ring[i][1] * DEG);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    sum += xs[i] * ys[j] - xs[j] * ys[i];
  }
  return Math.abs(sum) / 2;
}

/**
 * Area in square metres on the WGS 84 ellipsoid of a Polygon/MultiPolygon in lon/lat degrees:
 * outer rings minus holes. Suitable for comparing with a declared `dienTich` (m²).
 */
export function geodesicArea(geometry: ParcelGeometry): number {
  let total = 0;
  for (const polygon of polygonsOf(geometry)) {
    if (polygon.length === 0) continue;
    let area = ringArea(polygon[0]);
    for (let h = 1; h < polygon.length; h++) area -= ringArea(polygon[h]);
    total += Math.max(area, 0);
  }
  return total;
}

/** Relative difference |computed − declared| / declared, e.g. 0.03 for 3 %. */
export function areaDeviation(geometry: ParcelGeometry, declaredSquareMetres: number): number {
  if (!(declaredSquareMetres > 0)) throw new RangeError(`declared area must be a positive number, got ${declaredSquareMetres}`);
  return Math.abs(geodesicArea(geometry) - declaredSquareMetres) / declaredSquareMetres;
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface ValidateOptions {
  /**
   * Check lon ∈ [-180, 180] and lat ∈ [-90, 90]. Default true; pass false to validate the shape of
   * projected (e.g. VN-2000 metre) coordinates before transforming them.
   */
  lonLatRange?: boolean;
}

function fmt(p: unknown): string {
  return JSON.stringify(p);
}

function validateRing(ring: unknown, where: string, checkRange: boolean): string | null {
  if (!Array.isArray(ring)) return `${where} is not an array of positions`;
  if (ring.length < 4) return `${where} has ${ring.length} position(s); a linear ring needs at least 4`;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const at = `${where} position ${i}`;
    if (!Array.isArray(p)) return `${at} is not an array: ${fmt(p)}`;
    if (p.length < 2) return `${at} has ${p.length} number(s); need [longitude, latitude]`;
    for (let k = 0; k < p.length; k++) {
      if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) return `${at} has a non-finite or non-numeric value ${fmt(p[k])} at index ${k}`;
    }
    if (checkRange) {
      if (p[0] < -180 || p[0] > 180) return `${at} longitude ${p[0]} is outside [-180, 180]`;
      if (p[1] < -90 || p[1] > 90) return `${at} latitude ${p[1]} is outside [-90, 90]`;
    }
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return `${where} is not closed: first position ${fmt(first)} differs from last ${fmt(last)}`;
  }
  return null;
}

function validatePolygon(rings: unknown, where: string, checkRange: boolean): string | null {
  if (!Array.isArray(rings)) return `${where} coordinates are not an array of rings`;
  if (rings.length === 0) return `${where} has no rings`;
  for (let r = 0; r < rings.length; r++) {
    const reason = validateRing(rings[r], `${where} ${r === 0 ? 'outer ring' : `hole ${r}`} (ring ${r})`, checkRange);
    if (reason) return reason;
  }
  return null;
}

/**
 * Validate a GeoJSON Polygon or MultiPolygon. Returns null when valid, otherwise a reason that names
 * what is wrong and where (e.g. "polygon 0 outer ring (ring 0) is not closed: …").
 * Checks structure, ≥ 4 positions per ring, finite numbers, closed rings and (by default) lon/lat
 * ranges. It does not check self-intersection or ring orientation.
 */
export function validateGeometry(geometry: unknown, options: ValidateOptions = {}): string | null {
  const checkRange = options.lonLatRange !== false;
  if (geometry === null || typeof geometry !== 'object') return `geometry must be an object, got ${fmt(geometry)}`;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return validatePolygon(coordinates, 'polygon', checkRange);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) return 'multipolygon coordinates are not an array of polygons';
    if (coordinates.length === 0) return 'multipolygon has no polygons';
    for (let i = 0; i < coordinates.length; i++) {
      const reason = validatePolygon(coordinates[i], `polygon ${i}`, checkRange);
      if (reason) return reason;
    }
    return null;
  }
  return `geometry type must be Polygon or MultiPolygon, got ${fmt(type)}`;
}
