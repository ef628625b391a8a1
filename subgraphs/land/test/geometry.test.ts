import type { MultiPolygon, Polygon } from 'geojson';
import { areaDeviation, bbox, bboxIntersects, geodesicArea, validateGeometry } from '../src/geometry';
import { transformGeometryVn2000ToWgs84, wgs84ToVn2000 } from '../src/connectors/vn2000';

// WGS 84 meridian (M) and prime-vertical (N) radii of curvature, to lay out a square of known ground size.
const a = 6378137;
const f = 1 / 298.257223563;
const e2 = f * (2 - f);
function squareAt(lon: number, lat: number, side: number): Polygon {
  const phi = (lat * Math.PI) / 180;
  const w = 1 - e2 * Math.sin(phi) ** 2;
  const M = (a * (1 - e2)) / w ** 1.5;
  const N = a / Math.sqrt(w);
  const dLat = ((side / M) * 180) / Math.PI;
  const dLon = ((side / (N * Math.cos(phi))) * 180) / Math.PI;
  const s = lat - dLat / 2;
  const wst = lon - dLon / 2;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [wst, s],
        [wst + dLon, s],
        [wst + dLon, s + dLat],
        [wst, s + dLat],
        [wst, s],
      ],
    ],
  };
}

const HOI_AN: [number, number] = [108.3275, 15.877];

describe('geodesicArea', () => {
  it('gives ~10 000 m² for a 100 m × 100 m square near Hội An (within 0.5 %)', () => {
    const sq = squareAt(...HOI_AN, 100);
    expect(Math.abs(geodesicArea(sq) - 10000) / 10000).toBeLessThan(0.005);
    expect(areaDeviation(sq, 10000)).toBeLessThan(0.0005); // in fact much tighter
  });

  it('gives ~10 000 m² for a 100 m square laid out in VN-2000 and transformed (TM-3 scale ≈ 0.99995 there)', () => {
    const [e, n] = wgs84ToVn2000(...HOI_AN, 107.75);
    const vn: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [e, n],
          [e + 100, n],
          [e + 100, n + 100],
          [e, n + 100],
          [e, n],
        ],
      ],
    };
    const area = geodesicArea(transformGeometryVn2000ToWgs84(vn, 107.75));
    expect(Math.abs(area - 10000) / 10000).toBeLessThan(0.005);
  });

  it('does not depend on ring orientation, subtracts holes and sums multipolygons', () => {
    const sq = squareAt(...HOI_AN, 100);
    const reversed: Polygon = { type: 'Polygon', coordinates: [[...sq.coordinates[0]].reverse()] };
    expect(geodesicArea(reversed)).toBeCloseTo(geodesicArea(sq), 6);

    const hole = squareAt(...HOI_AN, 50).coordinates[0];
    const withHole: Polygon = { type: 'Polygon', coordinates: [sq.coordinates[0], hole] };
    expect(Math.abs(geodesicArea(withHole) - 7500) / 7500).toBeLessThan(0.005);

    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq.coordinates, squareAt(108.4, 15.9, 100).coordinates] };
    expect(Math.abs(geodesicArea(multi) - 20000) / 20000).toBeLessThan(0.005);
  });

  it('matches a 1 km square at higher latitude too', () => {
    expect(Math.abs(geodesicArea(squareAt(105.9, 20.5, 1000)) - 1e6) / 1e6).toBeLessThan(0.001);
  });
});

describe('bbox', () => {
  it('computes the bbox of polygons and multipolygons', () => {
    const p: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [108, 15],
          [108.2, 15],
          [108.2, 15.3],
          [108, 15],
          [108, 15],
        ],
      ],
    };
    expect(bbox(p)).toEqual([108, 15, 108.2, 15.3]);
    const m: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        p.coordinates,
        [
          [
            [107, 16],
            [107.1, 16],
            [107.1, 16.1],
            [107, 16],
          ],
        ],
      ],
    };
    expect(bbox(m)).toEqual([107, 15, 108.2, 16.1]);
  });

  it('tests bbox intersection, including touching edges', () => {
    expect(bboxIntersects([0, 0, 1, 1], [0.5, 0.5, 2, 2])).toBe(true);
    expect(bboxIntersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(bboxIntersects([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(false);
    expect(bboxIntersects([0, 0, 1, 1], [0, 1.5, 1, 2])).toBe(false);
  });
});

describe('validateGeometry', () => {
  const ok: Polygon = squareAt(...HOI_AN, 100);

  it('accepts valid polygons and multipolygons', () => {
    expect(validateGeometry(ok)).toBeNull();
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [ok.coordinates] })).toBeNull();
  });

  it('catches an unclosed ring and says which', () => {
    const ring = ok.coordinates[0].slice(0, 4).concat([[108.3, 15.8]]);
    const reason = validateGeometry({ type: 'Polygon', coordinates: [ring] });
    expect(reason).toMatch(/not closed/);
    expect(reason).toMatch(/outer ring/);
    const multi = validateGeometry({ type: 'MultiPolygon', coordinates: [ok.coordinates, [ring]] });
    expect(multi).toMatch(/^polygon 1 outer ring .* not closed/);
  });

  it('catches short rings, bad numbers, out-of-range coordinates and wrong types', () => {
    expect(
      validateGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/3 position\(s\).*at least 4/);
    expect(
      validateGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, NaN],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/position 1 .*non-finite/);
    expect(
      validateGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, '1'],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/non-numeric/);
    expect(validateGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1], [1, 1], [0, 0]]] })).toMatch(/need \[longitude, latitude\]/);
    expect(
      validateGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [181, 0],
            [1, 0],
            [1, 1],
            [181, 0],
          ],
        ],
      }),
    ).toMatch(/longitude 181 is outside/);
    expect(
      validateGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, -91],
            [1, 0],
            [1, 1],
            [0, -91],
          ],
        ],
      }),
    ).toMatch(/latitude -91 is outside/);
    expect(validateGeometry({ type: 'Polygon', coordinates: [] })).toMatch(/no rings/);
    expect(validateGeometry({ type: 'Point', coordinates: [0, 0] })).toMatch(/Polygon or MultiPolygon, got "Point"/);
    expect(validateGeometry(null)).toMatch(/must be an object/);
  });

  it('can skip the lon/lat range for projected (VN-2000) coordinates', () => {
    const vn = {
      type: 'Polygon',
      coordinates: [
        [
          [553000, 1756000],
          [553100, 1756000],
          [553100, 1756100],
          [553000, 1756000],
        ],
      ],
    };
    expect(validateGeometry(vn)).toMatch(/longitude 553000/);
    expect(validateGeometry(vn, { lonLatRange: false })).toBeNull();
  });
});
