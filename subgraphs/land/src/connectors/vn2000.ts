/**
 * VN-2000 TM-3 (provincial 3° transverse Mercator) → WGS 84 longitude/latitude, with proj4.
 *
 * Projection: Transverse Mercator on the WGS 84 ellipsoid, latitude of origin 0, scale factor
 * k0 = 0.9999, false easting 500 000 m, false northing 0, central meridian per province
 * (Quyết định 83/2000/QĐ-TTg ngày 12/07/2000 — VN-2000 on the WGS 84 ellipsoid, a = 6 378 137 m,
 * f = 1/298.257223563; Thông tư 973/2001/TT-TCĐC ngày 20/06/2001 — 3° zones with k0 = 0.9999 and
 * one central meridian per province). Same definition as the EPSG projected CRSs 5896–5899 and
 * 9205–9218 ("VN-2000 / TM-3 …").
 *
 * Datum shift VN-2000 → WGS 84: Quyết định 05/2007/QĐ-BTNMT ngày 27/02/2007, Điều 1:
 * ΔX = −191.90441429 m, ΔY = −39.30318279 m, ΔZ = −111.45032835 m, rotations −0.00928836″,
 * +0.01975479″, −0.00427372″, scale k = 1.000000252906278 (0.252906278 ppm). EPSG registers these
 * exact values as transformation 6960 "VN-2000 to WGS 84 (2)" with method 9607 *Coordinate Frame
 * rotation* (EPSG dataset, as shipped in PROJ data/sql/helmert_transformation.sql).
 *
 * SIGN CONVENTION: proj4's `+towgs84` is a *Position Vector* Helmert (proj4js
 * lib/datumUtils.js geocentricToWgs84; PROJ's documentation says the same), so the three rotations
 * must be NEGATED when the Coordinate Frame values above are written into `+towgs84`. PROJ's own
 * `projinfo EPSG:5899 -o PROJ` (PROJ 9.1.1) prints exactly that:
 *   +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278
 * Pasting the decision's rotation signs straight into `+towgs84` (a common copy in the wild) moves
 * points by up to ~1 m; see the test that compares against PROJ.
 */
import proj4 from 'proj4';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Decision 05/2007/QĐ-BTNMT / EPSG:6960 values, Coordinate Frame convention (rotations in ″). */
export const VN2000_TO_WGS84_COORDINATE_FRAME = Object.freeze({
  dx: -191.90441429,
  dy: -39.30318279,
  dz: -111.45032835,
  rx: -0.00928836,
  ry: 0.01975479,
  rz: -0.00427372,
  ppm: 0.252906278,
});

/** The same shift in proj4's Position Vector convention (rotations negated). */
export const VN2000_TOWGS84: string = (() => {
  const p = VN2000_TO_WGS84_COORDINATE_FRAME;
  return [p.dx, p.dy, p.dz, -p.rx, -p.ry, -p.rz, p.ppm].join(',');
})();

export const TM3_SCALE_FACTOR = 0.9999;
export const TM3_FALSE_EASTING = 500000;
export const TM3_FALSE_NORTHING = 0;

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** proj4 definition of VN-2000 / TM-3 for a central meridian in decimal degrees. */
export function tm3Proj4(centralMeridian: number): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=${TM3_SCALE_FACTOR} ` +
    `+x_0=${TM3_FALSE_EASTING} +y_0=${TM3_FALSE_NORTHING} +ellps=WGS84 ` +
    `+towgs84=${VN2000_TOWGS84} +units=m +no_defs`
  );
}

/** VN-2000 TM-3 central meridians lie between 102°00′ and 108°30′ in steps of 15′. */
function checkCentralMeridian(cm: number): void {
  if (!Number.isFinite(cm) || cm < 100 || cm > 112) {
    throw new RangeError(`VN-2000 TM-3 central meridian must be in degrees east (about 102–108.5), got ${cm}`);
  }
}

const converters = new Map<number, proj4.Converter>();
function converter(cm: number): proj4.Converter {
  checkCentralMeridian(cm);
  let c = converters.get(cm);
  if (!c) {
    c = proj4(tm3Proj4(cm), WGS84);
    converters.set(cm, c);
  }
  return c;
}

/**
 * VN-2000 TM-3 plane coordinates → WGS 84 [longitude, latitude] in degrees.
 * Vietnamese survey documents label northing "X" and easting "Y"; pass easting first here.
 */
export function vn2000ToWgs84(x_easting: number, y_northing: number, centralMeridianDegrees: number): [number, number] {
  if (!Number.isFinite(x_easting) || !Number.isFinite(y_northing)) {
    throw new TypeError(`VN-2000 coordinates must be finite numbers, got (${x_easting}, ${y_northing})`);
  }
  const [lon, lat] = converter(centralMeridianDegrees).forward([x_easting, y_northing]);
  return [lon, lat];
}

/** WGS 84 longitude/latitude → VN-2000 TM-3 [easting, northing] in metres. */
export function wgs84ToVn2000(lon: number, lat: number, centralMeridianDegrees: number): [number, number] {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new TypeError(`longitude/latitude must be finite numbers, got (${lon}, ${lat})`);
  }
  const [e, n] = converter(centralMeridianDegrees).inverse([lon, lat]);
  return [e, n];
}

export interface ProvinceCrs {
  /** GSO 2-digit province code (pre-01/07/2025 list of 63 units). */
  code: string;
  name: string;
  /** Central meridian in decimal degrees. */
  centralMeridian: number;
  /** EPSG code of the matching "VN-2000 / TM-3 …" projected CRS. */
  epsg: number;
}

/**
 * Central meridian per province, 63 pre-2025 provinces keyed by GSO code.
 *
 * Sources: Thông tư 973/2001/TT-TCĐC ngày 20/06/2001 (Tổng cục Địa chính), Phụ lục — table of
 * central meridians per province (provinces split in 2004 — Điện Biên, Đắk Nông, Hậu Giang — take
 * their parent's meridian, as later tables list). The circular's text was not retrieved; every row was
 * verified instead against the EPSG Geodetic Parameter Dataset, whose area-of-use for each
 * "VN-2000 / TM-3 …" CRS names the provinces using it (source: Department of Survey and Mapping;
 * read from PROJ 9.1.1 proj.db), e.g. EPSG:5899 "Quang Ninh province; Da Nang municipality and Quang
 * Nam province; Ba Ria-Vung Tau, Dong Nai and Lam Dong provinces". All 63 provinces appear exactly
 * once across those areas, and the table agrees with public compilations of the TT 973 table.
 * Province codes: Quyết định 124/2004/QĐ-TTg (danh mục đơn vị hành chính, Tổng cục Thống kê).
 * After the 2025 merger (34 units) survey files keep the former province's meridian, so this table
 * stays keyed by the former provinces.
 */
const PROVINCE_ROWS: readonly (readonly [code: string, name: string, centralMeridian: number, epsg: number])[] = [
  ['01', 'Hà Nội', 105, 5897],
  ['02', 'Hà Giang', 105.5, 9209],
  ['04', 'Cao Bằng', 105.75, 9210],
  ['06', 'Bắc Kạn', 106.5, 9213],
  ['08', 'Tuyên Quang', 106, 9211],
  ['10', 'Lào Cai', 104.75, 9208],
  ['11', 'Điện Biên', 103, 9205],
  ['12', 'Lai Châu', 103, 9205],
  ['14', 'Sơn La', 104, 9206],
  ['15', 'Yên Bái', 104.75, 9208],
  ['17', 'Hòa Bình', 106, 9211],
  ['19', 'Thái Nguyên', 106.5, 9213],
  ['20', 'Lạng Sơn', 107.25, 9215],
  ['22', 'Quảng Ninh', 107.75, 5899],
  ['24', 'Bắc Giang', 107, 9214],
  ['25', 'Phú Thọ', 104.75, 9208],
  ['26', 'Vĩnh Phúc', 105, 5897],
  ['27', 'Bắc Ninh', 105.5, 9209],
  ['30', 'Hải Dương', 105.5, 9209],
  ['31', 'Hải Phòng', 105.75, 9210],
  ['33', 'Hưng Yên', 105.5, 9209],
  ['34', 'Thái Bình', 105.5, 9209],
  ['35', 'Hà Nam', 105, 5897],
  ['36', 'Nam Định', 105.5, 9209],
  ['37', 'Ninh Bình', 105, 5897],
  ['38', 'Thanh Hóa', 105, 5897],
  ['40', 'Nghệ An', 104.75, 9208],
  ['42', 'Hà Tĩnh', 105.5, 9209],
  ['44', 'Quảng Bình', 106, 9211],
  ['45', 'Quảng Trị', 106.25, 9212],
  ['46', 'Thừa Thiên Huế', 107, 9214],
  ['48', 'Đà Nẵng', 107.75, 5899],
  ['49', 'Quảng Nam', 107.75, 5899],
  ['51', 'Quảng Ngãi', 108, 5898],
  ['52', 'Bình Định', 108.25, 9217],
  ['54', 'Phú Yên', 108.5, 9218],
  ['56', 'Khánh Hòa', 108.25, 9217],
  ['58', 'Ninh Thuận', 108.25, 9217],
  ['60', 'Bình Thuận', 108.5, 9218],
  ['62', 'Kon Tum', 107.5, 9216],
  ['64', 'Gia Lai', 108.5, 9218],
  ['66', 'Đắk Lắk', 108.5, 9218],
  ['67', 'Đắk Nông', 108.5, 9218],
  ['68', 'Lâm Đồng', 107.75, 5899],
  ['70', 'Bình Phước', 106.25, 9212],
  ['72', 'Tây Ninh', 105.5, 9209],
  ['74', 'Bình Dương', 105.75, 9210],
  ['75', 'Đồng Nai', 107.75, 5899],
  ['77', 'Bà Rịa - Vũng Tàu', 107.75, 5899],
  ['79', 'TP. Hồ Chí Minh', 105.75, 9210],
  ['80', 'Long An', 105.75, 9210],
  ['82', 'Tiền Giang', 105.75, 9210],
  ['83', 'Bến Tre', 105.75, 9210],
  ['84', 'Trà Vinh', 105.5, 9209],
  ['86', 'Vĩnh Long', 105.5, 9209],
  ['87', 'Đồng Tháp', 105, 5897],
  ['89', 'An Giang', 104.75, 9208],
  ['91', 'Kiên Giang', 104.5, 9207],
  ['92', 'Cần Thơ', 105, 5897],
  ['93', 'Hậu Giang', 105, 5897],
  ['94', 'Sóc Trăng', 105.5, 9209],
  ['95', 'Bạc Liêu', 105, 5897],
  ['96', 'Cà Mau', 104.5, 9207],
];

const PROVINCES: readonly ProvinceCrs[] = PROVINCE_ROWS.map(([code, name, centralMeridian, epsg]) => Object.freeze({ code, name, centralMeridian, epsg }));

export const PROVINCE_CENTRAL_MERIDIANS: readonly ProvinceCrs[] = Object.freeze(PROVINCES);
const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

function normaliseProvinceCode(code: string | number): string | undefined {
  const s = String(code).trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 0 && n < 100 ? String(n).padStart(2, '0') : undefined;
}

/** Province record for a GSO code ("49", 49 and "049" all work). */
export function provinceCrs(provinceCode: string | number): ProvinceCrs | undefined {
  const key = normaliseProvinceCode(provinceCode);
  return key === undefined ? undefined : BY_CODE.get(key);
}

/** Central meridian (decimal degrees) for a GSO province code, or undefined if unknown. */
export function centralMeridianFor(provinceCode: string | number): number | undefined {
  return provinceCrs(provinceCode)?.centralMeridian;
}

/**
 * EPSG codes of the VN-2000 TM-3 projected CRSs and their central meridians (EPSG dataset, names
 * "VN-2000 / TM-3 zone 481/482/491", "VN-2000 / TM-3 107-45", "VN-2000 / TM-3 103-00" … "108-30").
 */
export const VN2000_TM3_EPSG: Readonly<Record<number, number>> = Object.freeze({
  5896: 102,
  5897: 105,
  5898: 108,
  5899: 107.75,
  9205: 103,
  9206: 104,
  9207: 104.5,
  9208: 104.75,
  9209: 105.5,
  9210: 105.75,
  9211: 106,
  9212: 106.25,
  9213: 106.5,
  9214: 107,
  9215: 107.25,
  9216: 107.5,
  9217: 108.25,
  9218: 108.5,
});

// ---------------------------------------------------------------------------------------------
// Geometry transformation

function transformRing(ring: Position[], cm: number): Position[] {
  return ring.map((pos) => {
    if (!Array.isArray(pos) || pos.length < 2) throw new TypeError(`invalid position ${JSON.stringify(pos)}`);
    const [lon, lat] = vn2000ToWgs84(pos[0], pos[1], cm);
    return pos.length > 2 ? [lon, lat, ...pos.slice(2)] : [lon, lat];
  });
}

/**
 * Transform a GeoJSON Polygon or MultiPolygon from VN-2000 TM-3 (easting, northing) to WGS 84.
 * Returns a new geometry; third and later ordinates (height) are kept unchanged.
 */
export function transformGeometryVn2000ToWgs84<G extends Polygon | MultiPolygon>(geometry: G, centralMeridianDegrees: number): G {
  checkCentralMeridian(centralMeridianDegrees);
  if (geometry?.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((r) => transformRing(r, centralMeridianDegrees)) };
  }
  if (geometry?.type === 'MultiPolygon') {
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((poly) => poly.map((r) => transformRing(r, centralMeridianDegrees))),
    };
  }
  throw new TypeError(`expected a Polygon or MultiPolygon geometry, got ${JSON.stringify((geometry as { type?: unknown })?.type)}`);
}

// ---------------------------------------------------------------------------------------------
// CRS detection

export type DetectedCrs = { kind: 'WGS84' } | { kind: 'VN2000_TM3'; centralMeridian: number; epsg?: number };

export class UnrecognisedCrsError extends Error {
  constructor(
    readonly value: unknown,
    reason: string,
  ) {
    super(`Unrecognised CRS ${JSON.stringify(value)}: ${reason}`);
    this.name = 'UnrecognisedCrsError';
  }
}

const WGS84_EPSG = new Set([4326, 4979]);

/** Parse "107-45", "107°45'", "107 45", "107.75", "107d45" → decimal degrees. */
function parseMeridian(deg: string, min: string | undefined): number {
  const d = Number(deg);
  if (min === undefined || min === '') return d;
  return d + Number(min) / 60;
}

function fromEpsg(code: number, raw: unknown): DetectedCrs {
  if (WGS84_EPSG.has(code)) return { kind: 'WGS84' };
  const cm = VN2000_TM3_EPSG[code];
  if (cm !== undefined) return { kind: 'VN2000_TM3', centralMeridian: cm, epsg: code };
  if (code === 4756)
    throw new UnrecognisedCrsError(raw, 'VN-2000 geographic (EPSG:4756) coordinates are not supported; supply WGS 84 or VN-2000 / TM-3 plane coordinates');
  if (code === 3405 || code === 3406)
    throw new UnrecognisedCrsError(raw, 'VN-2000 / UTM (6° zone, k0 0.9996) is not a TM-3 cadastral CRS and is not supported');
  throw new UnrecognisedCrsError(raw, `EPSG:${code} is neither WGS 84 nor a VN-2000 / TM-3 CRS`);
}

/** Interpret a CRS name string (URN, "EPSG:xxxx", "CRS84", "VN-2000 / TM-3 107-45", …). */
export function parseCrsName(name: string): DetectedCrs {
  const s = name.trim();
  if (/^(urn:ogc:def:crs:ogc:(1\.3)?:crs84|ogc:crs84|crs:?84|wgs[ _-]?84)$/i.test(s)) return { kind: 'WGS84' };
  if (/^https?:\/\/www\.opengis\.net\/def\/crs\/ogc\/1\.3\/crs84$/i.test(s)) return { kind: 'WGS84' };

  const epsg =
    /^urn:ogc:def:crs:epsg:[\d.]*:(\d+)$/i.exec(s) ?? /^epsg:+(\d+)$/i.exec(s) ?? /^https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/\d+\/(\d+)$/i.exec(s);
  if (epsg) return fromEpsg(Number(epsg[1]), name);

  // Free-text VN-2000 names: "VN-2000 / TM-3 107-45", "VN2000 TM3 107°45'", "VN-2000 / TM-3 zone 491",
  // "VN-2000 KTT 107.75", "VN-2000 múi 3 độ kinh tuyến trục 105°00'".
  if (/vn[\s_-]?2000/i.test(s)) {
    if (/utm/i.test(s)) throw new UnrecognisedCrsError(name, 'VN-2000 / UTM (6° zone) is not a TM-3 cadastral CRS and is not supported');
    const zone = /zone\s*(481|482|491)\b/i.exec(s);
    if (zone) {
      const cm = { '481': 102, '482': 105, '491': 108 }[zone[1] as '481' | '482' | '491'];
      return { kind: 'VN2000_TM3', centralMeridian: cm };
    }
    const m = /(1\d{2})(?:\s*(?:[-°d:º ]|deg)\s*(\d{1,2})(?:\s*['′])?|(\.\d+))?/i.exec(s.replace(/vn[\s_-]?2000/i, ''));
    if (m) {
      const cm = m[3] !== undefined ? Number(m[1] + m[3]) : parseMeridian(m[1], m[2]);
      // A VN-2000 TM-3 meridian is a multiple of 15′ in 102°–108°30′.
      if (cm >= 102 && cm <= 108.5 && Math.abs(cm * 4 - Math.round(cm * 4)) < 1e-9) {
        return { kind: 'VN2000_TM3', centralMeridian: cm };
      }
      throw new UnrecognisedCrsError(name, `central meridian ${cm}° is not a VN-2000 TM-3 meridian (102°–108°30′, 15′ steps)`);
    }
    throw new UnrecognisedCrsError(name, 'names VN-2000 but no central meridian could be read from it');
  }
  throw new UnrecognisedCrsError(
    name,
    'expected WGS 84 (CRS84 / EPSG:4326) or VN-2000 / TM-3 (EPSG:5896–5899, 9205–9218, or a name like "VN-2000 / TM-3 107-45")',
  );
}

/**
 * What CRS a parcels FeatureCollection says it is in. No `crs` member → WGS 84 (RFC 7946 §4).
 * Understands the old GeoJSON 2008 member `{"type":"name","properties":{"name": …}}` and the
 * `{"type":"EPSG","properties":{"code": …}}` form some tools write. Anything else throws
 * `UnrecognisedCrsError` whose message names the offending value.
 */
export function detectCrs(featureCollection: FeatureCollection | { crs?: unknown }): DetectedCrs {
  const crs = (featureCollection as { crs?: unknown })?.crs;
  if (crs === undefined || crs === null) return { kind: 'WGS84' };
  if (typeof crs !== 'object') throw new UnrecognisedCrsError(crs, 'the crs member must be an object');
  const { type, properties } = crs as { type?: unknown; properties?: Record<string, unknown> };
  if (type === 'name' && typeof properties?.name === 'string') return parseCrsName(properties.name);
  if (type === 'EPSG' && properties && (typeof properties.code === 'number' || typeof properties.code === 'string')) {
    const code = Number(properties.code);
    if (Number.isInteger(code)) return fromEpsg(code, crs);
  }
  if (type === 'link') throw new UnrecognisedCrsError(crs, 'linked CRS definitions are not supported; use a named CRS');
  throw new UnrecognisedCrsError(crs, 'expected {"type":"name","properties":{"name":"…"}}');
}
