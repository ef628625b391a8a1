/**
 * Hand-written feeds for the tests, in the native formats. The instant the figures are asked at is
 * AT = 2025-03-01 12:00 (Vietnam); report times are given relative to it.
 */
import { positionReport, longRangeReport, staticNameReport, type PositionFix } from '../src/connectors/ais-encode';

export const AT = new Date('2025-03-01T12:00:00+07:00');
const h = (hours: number) => new Date(AT.getTime() - hours * 3600_000);

export const zones = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    zone('port-hoi-an', 'PORT', 'Cảng cá Hội An (thử)', [
      [108.3, 15.86],
      [108.36, 15.86],
      [108.36, 15.9],
      [108.3, 15.9],
      [108.3, 15.86],
    ]),
    zone('fz-qnam', 'FISHING_ZONE', 'Vùng lộng Quảng Nam (thử)', [
      [108.3, 15.3],
      [108.9, 15.3],
      [108.9, 16.0],
      [108.3, 16.0],
      [108.3, 15.3],
    ]),
    zone('vn-sea', 'NATIONAL_BOUNDARY', 'Vùng biển Việt Nam (thử)', [
      [102, 6],
      [117, 6],
      [117, 23.5],
      [102, 23.5],
      [102, 6],
    ]),
    // Malformed: the ring is not closed.
    zone('bad', 'PORT', 'Hỏng', [
      [108, 15],
      [108.1, 15],
      [108.1, 15.1],
      [108, 15.1],
    ]),
  ],
});

function zone(id: string, kind: string, name: string, ring: number[][]) {
  return { type: 'Feature', properties: { id, kind, name, approximate: true, source: 'test' }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const header = 'SoDangKy;TenTau;ChieuDai;CongSuat;NgheKhaiThac;MaXaChuTau;MMSI;CangCa;NgayCapNhat';
/**
 * 9 good rows, 4 bad. Old-register owners in 49: V1, V4, V5 in 20335 (district 502 Tam Kỳ); V2, V3,
 * V6 in 20401 and V9 in 20398 (district 503 Hội An). V7 is in Nghệ An (16663). V8 is reported after
 * the reform under the new register's 20401 (province 48). V4 is exactly 15 m (decimal comma, quoted as the kit reads both , and ; as delimiters).
 */
export const registryA = [
  header,
  'QNa-90001-TS;Tàu Một;18;300;Lưới vây;20335;574000001;Cảng cá Tam Kỳ;2025-01-10',
  'QNa-90002-TS;Tàu Hai;16;250;Câu;20401;574000002;Cảng cá Hội An;2025-01-10',
  'QNa-90003-TS;Tàu Ba;20;400;Lưới kéo;20401;574000003;Cảng cá Hội An;2025-01-10',
  'QNa-90004-TS;Tàu Bốn;"15,0";200;Lưới rê;20335;574000004;Cảng cá Tam Kỳ;10/01/2025',
  'QNa-90005-TS;Tàu Năm;12;90;Lưới rê;20335;574000005;Cảng cá Tam Kỳ;2025-01-10',
  'QNa-90006-TS;Tàu Sáu;24;600;Lưới vây;20401;;Cảng cá Hội An;2025-01-10',
  'NA-91001-TS;Tàu Nghệ An;17;350;Câu mực;16663;574000007;Cảng cá Cửa Hội;2025-01-10',
  'ĐNa-90008-TS;Tàu Tám;19;380;Lưới vây;20401;;Cảng cá Hội An;2025-08-01',
  'QNa-90009-TS;Tàu Chín;22;500;Câu cá ngừ;20398;574000009;Cảng cá Hội An;2025-01-10',
  'QNA90010TS;Sai số đăng ký;18;300;Câu;20335;574000010;Cảng cá Tam Kỳ;2025-01-10',
  'QNa-90011-TS;Sai chiều dài;abc;300;Câu;20335;574000011;Cảng cá Tam Kỳ;2025-01-10',
  'QNa-90012-TS;Sai mã xã;18;300;Câu;99999;574000012;Cảng cá Tam Kỳ;2025-01-10',
  'QNa-90013-TS;Sai MMSI;18;300;Câu;20335;57400;Cảng cá Tam Kỳ;2025-01-10',
].join('\n');

/** V2 re-measured at 14.5 m on 2025-02-01: no longer VMS-bound. */
export const registryB = [header, 'QNa-90002-TS;Tàu Hai;"14,5";250;Câu;20401;574000002;Cảng cá Hội An;2025-02-01'].join('\n');
/** An older row of V2 arriving late: must not overwrite B. */
export const registryOld = [header, 'QNa-90002-TS;Tàu Hai;30;250;Câu;20401;574000002;Cảng cá Hội An;2024-12-01'].join('\n');

const sea = { lat: 15.6, lon: 108.6 };
const port = { lat: 15.88, lon: 108.33 };
const fix = (mmsi: number, hoursAgo: number, where: { lat: number; lon: number }, speed = 6, status = 0): PositionFix => ({
  mmsi,
  at: h(hoursAgo),
  ...where,
  speed,
  course: 90,
  status,
});

const v1Latest = positionReport(fix(574000001, 1, { lat: 15.55, lon: 108.65 }));
/**
 * Newest reports first (P1), older ones later (P2). Latest at AT: V1 at sea 1 h ago; V3 in port
 * 3 h ago; V9 outside the national boundary 8 h ago; V4 at sea 15 days ago (VMS, message 27);
 * V2 (14.5 m) and V7 (Nghệ An) also report. P1 also holds a duplicate, a bad checksum and a line
 * without a tag block; and V1's AIS name (message 24 A).
 */
export const positionsP1 = [
  v1Latest,
  positionReport(fix(574000003, 3, port, 0, 0)),
  positionReport(fix(574000009, 8, { lat: 15.0, lon: 117.5 })),
  longRangeReport(fix(574000004, 15 * 24, { lat: 15.7, lon: 108.7 })),
  positionReport(fix(574000002, 2, sea)),
  positionReport(fix(574000007, 1, { lat: 18.8, lon: 105.9 })),
  staticNameReport(574000001, 'QNA 90001 TS', h(1)),
  v1Latest,
  v1Latest.replace(/\*[0-9A-F]{2}$/, '*00'),
  v1Latest.slice(v1Latest.indexOf('!')),
].join('\n');

export const positionsP2 = [
  positionReport(fix(574000001, 30, port, 0, 5)),
  positionReport(fix(574000001, 5, sea)),
  positionReport(fix(574000003, 10, sea)),
  positionReport(fix(574000009, 12, { lat: 15.7, lon: 108.7 })),
].join('\n');
