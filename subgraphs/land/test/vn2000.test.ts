import {
  PROVINCE_CENTRAL_MERIDIANS,
  UnrecognisedCrsError,
  VN2000_TM3_EPSG,
  VN2000_TOWGS84,
  centralMeridianFor,
  detectCrs,
  provinceCrs,
  transformGeometryVn2000ToWgs84,
  vn2000ToWgs84,
  wgs84ToVn2000,
} from '../src/connectors/vn2000';
import proj4 from 'proj4';
import type { Polygon } from 'geojson';

/** Ground distance in metres between two lon/lat points (local equirectangular, fine for < 1 km). */
function metres(a: [number, number], b: [number, number]): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * 111320 * Math.cos(lat);
  const dy = (a[1] - b[1]) * 110574;
  return Math.hypot(dx, dy);
}

describe('VN-2000 TM-3 → WGS 84', () => {
  // Reference values computed independently with PROJ 9.1.1 (Debian proj-bin, EPSG dataset):
  //   echo "lat lon" | cs2cs -f %.4f EPSG:4326 EPSG:<crs>
  // PROJ picks EPSG:6960 "VN-2000 to WGS 84 (2)" (Coordinate Frame, Decision 05/2007/QĐ-BTNMT).
  const PROJ_REFERENCE: Array<{ what: string; e: number; n: number; cm: number; lon: number; lat: number }> = [
    { what: 'Hội An, Quảng Nam (EPSG:5899)', e: 561649.6021, n: 1756054.8357, cm: 107.75, lon: 108.3275, lat: 15.877 },
    { what: 'Tam Kỳ area, Quảng Nam (EPSG:5899)', e: 577453.9633, n: 1722531.7034, cm: 107.75, lon: 108.474, lat: 15.5736 },
    { what: 'Phủ Lý, Hà Nam (EPSG:5897)', e: 595103.1793, n: 2272418.0202, cm: 105, lon: 105.9139, lat: 20.5411 },
    { what: 'Vinh, Nghệ An (EPSG:9208)', e: 598045.5724, n: 2065663.701, cm: 104.75, lon: 105.6813, lat: 18.6733 },
  ];

  it.each(PROJ_REFERENCE)('matches PROJ within 5 cm: $what', ({ e, n, cm, lon, lat }) => {
    const got = vn2000ToWgs84(e, n, cm);
    expect(metres(got, [lon, lat])).toBeLessThan(0.05);
  });

  it('matches PROJ for a round VN-2000 coordinate (full precision)', () => {
    // echo "553000 1756000" | cs2cs -f %.9f EPSG:5899 EPSG:4326 → 15.876704925 108.246731904
    const got = vn2000ToWgs84(553000, 1756000, 107.75);
    expect(metres(got, [108.246731904, 15.876704925])).toBeLessThan(0.01);
  });

  it('writes the Coordinate Frame rotations of Decision 05/2007 as Position Vector for proj4', () => {
    expect(VN2000_TOWGS84).toBe('-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278');
    // With the decision's signs pasted unchanged into +towgs84 the result is ~0.6 m off PROJ:
    const wrong = proj4(
      '+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ' +
        '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs',
      '+proj=longlat +datum=WGS84 +no_defs',
    ).forward([561649.6021, 1756054.8357]) as [number, number];
    const d = metres(wrong, [108.3275, 15.877]);
    expect(d).toBeGreaterThan(0.3);
    expect(d).toBeLessThan(1.5);
  });

  it('agrees with a published WGS 84 / VN-2000 coordinate pair (TT 37/2019/TT-BGTVT, Lý Sơn LS1)', () => {
    // Thông tư 37/2019/TT-BGTVT, Phụ lục (vùng nước cảng biển Quảng Ngãi, đảo Lý Sơn), point LS1:
    // WGS-84 15°22'29" N 109°06'07" E; VN-2000 15°22'32.7" N 109°06'00.5" E (geographic).
    // WGS-84 is published to whole seconds, so agreement within 0.6" per axis is all we can ask.
    const vnGeo = '+proj=longlat +ellps=WGS84 +towgs84=' + VN2000_TOWGS84 + ' +no_defs';
    const [lon, lat] = proj4(vnGeo, '+proj=longlat +datum=WGS84 +no_defs').forward([109 + 6 / 60 + 0.5 / 3600, 15 + 22 / 60 + 32.7 / 3600]) as [number, number];
    expect(Math.abs(lon - (109 + 6 / 60 + 7 / 3600)) * 3600).toBeLessThan(0.6);
    expect(Math.abs(lat - (15 + 22 / 60 + 29 / 3600)) * 3600).toBeLessThan(0.6);
  });

  it('round-trips WGS 84 → VN-2000 → WGS 84 to a millimetre', () => {
    for (const [lon, lat, cm] of [
      [108.3275, 15.877, 107.75],
      [107.9, 15.2, 107.75],
      [105.92, 20.54, 105],
      [105.68, 18.67, 104.75],
    ]) {
      const [e, n] = wgs84ToVn2000(lon, lat, cm);
      const back = vn2000ToWgs84(e, n, cm);
      expect(metres(back, [lon, lat])).toBeLessThan(0.001);
    }
  });

  it('puts a Quảng Nam parcel corner in Quảng Nam', () => {
    const [lon, lat] = vn2000ToWgs84(561650, 1756055, centralMeridianFor('49')!);
    expect(lon).toBeGreaterThan(107.5);
    expect(lon).toBeLessThan(108.7);
    expect(lat).toBeGreaterThan(14.9);
    expect(lat).toBeLessThan(16.1);
  });

  it('rejects non-finite input and implausible meridians', () => {
    expect(() => vn2000ToWgs84(NaN, 1756000, 107.75)).toThrow(TypeError);
    expect(() => vn2000ToWgs84(553000, 1756000, 0)).toThrow(/central meridian/);
  });

  it('transforms Polygon and MultiPolygon geometries, keeping heights', () => {
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [553000, 1756000, 5],
          [553100, 1756000, 5],
          [553100, 1756100, 5],
          [553000, 1756100, 5],
          [553000, 1756000, 5],
        ],
      ],
    };
    const out = transformGeometryVn2000ToWgs84(poly, 107.75);
    expect(out.type).toBe('Polygon');
    expect(out.coordinates[0]).toHaveLength(5);
    expect(metres(out.coordinates[0][0] as [number, number], [108.246731904, 15.876704925])).toBeLessThan(0.01);
    expect(out.coordinates[0][0][2]).toBe(5);
    expect(out.coordinates[0][0]).toEqual(out.coordinates[0][4]);
    expect(poly.coordinates[0][0][0]).toBe(553000); // input untouched

    const multi = transformGeometryVn2000ToWgs84({ type: 'MultiPolygon', coordinates: [poly.coordinates, poly.coordinates] }, 107.75);
    expect(multi.coordinates).toHaveLength(2);
    expect(multi.coordinates[1][0][2][0]).toBeCloseTo(out.coordinates[0][2][0], 12);
    expect(() => transformGeometryVn2000ToWgs84({ type: 'Point', coordinates: [0, 0] } as never, 107.75)).toThrow(/Polygon or MultiPolygon/);
  });
});

describe('central meridians per province', () => {
  it('covers the 63 pre-2025 provinces once each', () => {
    expect(PROVINCE_CENTRAL_MERIDIANS).toHaveLength(63);
    expect(new Set(PROVINCE_CENTRAL_MERIDIANS.map((p) => p.code)).size).toBe(63);
  });

  it('has the brief’s anchor values', () => {
    expect(centralMeridianFor('35')).toBe(105); // Hà Nam 105°00'
    expect(centralMeridianFor('40')).toBe(104.75); // Nghệ An 104°45'
    expect(centralMeridianFor('49')).toBe(107.75); // Quảng Nam 107°45'
    expect(provinceCrs(49)?.name).toBe('Quảng Nam');
    expect(centralMeridianFor(1)).toBe(105);
    expect(centralMeridianFor('049')).toBe(107.75);
  });

  it('returns undefined for unknown codes', () => {
    expect(centralMeridianFor('03')).toBeUndefined();
    expect(centralMeridianFor('99')).toBeUndefined();
    expect(centralMeridianFor('abc')).toBeUndefined();
  });

  it('is consistent with the EPSG CRS each province uses', () => {
    for (const p of PROVINCE_CENTRAL_MERIDIANS) {
      expect(VN2000_TM3_EPSG[p.epsg]).toBe(p.centralMeridian);
      expect(p.centralMeridian * 4).toBe(Math.round(p.centralMeridian * 4)); // 15′ steps
    }
  });
});

describe('detectCrs', () => {
  const fc = (crs?: unknown) => ({ type: 'FeatureCollection', features: [], ...(crs === undefined ? {} : { crs }) });
  const named = (name: string) => fc({ type: 'name', properties: { name } });

  it('defaults to WGS 84 when there is no crs member', () => {
    expect(detectCrs(fc())).toEqual({ kind: 'WGS84' });
  });

  it('recognises WGS 84 names', () => {
    for (const n of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326']) {
      expect(detectCrs(named(n))).toEqual({ kind: 'WGS84' });
    }
  });

  it('recognises VN-2000 TM-3 EPSG URNs and codes', () => {
    expect(detectCrs(named('urn:ogc:def:crs:EPSG::9210'))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 105.75, epsg: 9210 });
    expect(detectCrs(named('EPSG:5899'))).toMatchObject({ kind: 'VN2000_TM3', centralMeridian: 107.75 });
    expect(detectCrs(named('http://www.opengis.net/def/crs/EPSG/0/9208'))).toMatchObject({ centralMeridian: 104.75 });
    expect(detectCrs(fc({ type: 'EPSG', properties: { code: 5897 } }))).toMatchObject({ kind: 'VN2000_TM3', centralMeridian: 105 });
  });

  it('recognises free-text VN-2000 names', () => {
    expect(detectCrs(named('VN-2000 / TM-3 107-45'))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 107.75 });
    expect(detectCrs(named("VN2000 TM3 104°45'"))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 104.75 });
    expect(detectCrs(named('VN-2000 / TM-3 103-00'))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 103 });
    expect(detectCrs(named('VN-2000 KTT 105.5'))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 105.5 });
    expect(detectCrs(named('VN-2000 / TM-3 zone 491'))).toEqual({ kind: 'VN2000_TM3', centralMeridian: 108 });
  });

  it('rejects an unrecognised crs with a message naming the value', () => {
    expect(() => detectCrs(named('EPSG:3857'))).toThrow(UnrecognisedCrsError);
    expect(() => detectCrs(named('EPSG:3857'))).toThrow(/"EPSG:3857"/);
    expect(() => detectCrs(named('Hanoi 1972'))).toThrow(/Unrecognised CRS "Hanoi 1972"/);
    expect(() => detectCrs(named('VN-2000 / TM-3 109-10'))).toThrow(/VN-2000 \/ TM-3 109-10/);
    expect(() => detectCrs(named('VN-2000 / UTM zone 48N'))).toThrow(/UTM/);
    expect(() => detectCrs(named('urn:ogc:def:crs:EPSG::4756'))).toThrow(/4756/);
    expect(() => detectCrs(fc({ type: 'link', properties: { href: 'x' } }))).toThrow(/"type":"link"/);
    expect(() => detectCrs(fc('EPSG:4326'))).toThrow(/"EPSG:4326"/);
  });
});
