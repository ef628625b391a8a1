/**
 * Demo parcels exports, in the land registry's native GeoJSON, for Quảng Nam 49, Nghệ An 40 and
 * Hà Nam 35 before the reform (old commune codes) and for their successors Đà Nẵng 48, Nghệ An 40
 * and Ninh Bình 37 after it (new codes). Hà Nam's files are in VN-2000 TM-3, the others in WGS 84.
 * Seeded: the same files on every machine.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom, unitRegisters, resolveUnit, writeJsonArray, scaleProvince, scaled, provinceMonths, provinceYear, monthShare } from '@ioc/kit';
import { wgs84ToVn2000, centralMeridianFor } from './connectors/vn2000';

type Random = ReturnType<typeof seededRandom>;

/** City centres the generator scatters communes around (the points of test/vn2000.test.ts). */
const provinces = [
  { old: '49', name: 'quang-nam', centre: [108.474, 15.5736], vn2000: false },
  { old: '40', name: 'nghe-an', centre: [105.6813, 18.6733], vn2000: false },
  { old: '35', name: 'ha-nam', centre: [105.9139, 20.5411], vn2000: true },
] as const;

/** Land-use mix of a lowland province and the usual parcel sizes (m²) of each use. */
const uses: { code: string; weight: number; area: [number, number] }[] = [
  { code: 'LUC', weight: 28, area: [300, 2500] },
  { code: 'ONT', weight: 22, area: [100, 400] },
  { code: 'ODT', weight: 8, area: [50, 200] },
  { code: 'CLN', weight: 12, area: [400, 4000] },
  { code: 'HNK', weight: 8, area: [300, 2000] },
  { code: 'ONT+CLN', weight: 6, area: [200, 900] },
  { code: 'RSX', weight: 4, area: [5000, 30000] },
  { code: 'NTS', weight: 3, area: [1000, 6000] },
  { code: 'DGT', weight: 3, area: [200, 3000] },
  { code: 'SKC', weight: 2, area: [1000, 8000] },
  { code: 'NTD', weight: 1, area: [500, 3000] },
  { code: 'BCS', weight: 3, area: [500, 5000] },
];
const totalWeight = uses.reduce((s, u) => s + u.weight, 0);

function pickUse(rnd: Random) {
  let x = rnd.next() * totalWeight;
  for (const u of uses) if ((x -= u.weight) < 0) return u;
  return uses[0];
}

const userTypes = ['GDC', 'GDC', 'GDC', 'GDC', 'TKT', 'UBQ', 'TCN'];
const communesPerProvince = 6;
const parcelsPerCommune = 24;

/** A rectangle of `drawn` m² at (lon, lat), 1:1.5, in WGS 84. */
function rectangle(lon: number, lat: number, drawn: number): number[][] {
  const w = Math.sqrt(drawn / 1.5);
  const dLon = w / (111_320 * Math.cos((lat * Math.PI) / 180));
  const dLat = (w * 1.5) / 110_574;
  return [
    [lon, lat],
    [lon + dLon, lat],
    [lon + dLon, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ];
}

/** One commune's block of parcels: its code, where it lies, and its first map sheet number. */
interface Sheet {
  commune: string;
  origin: [number, number];
  firstSheet: number;
}

/** The i-th parcel of a commune's block, updated on a day drawn between `from` and `to` (ms). */
function parcel(rnd: Random, { commune, origin, firstSheet }: Sheet, i: number, from: number, to: number) {
  const use = pickUse(rnd);
  const area = Math.round((use.area[0] + rnd.next() * (use.area[1] - use.area[0])) * 10) / 10;
  // A few drawn shapes disagree with the declared area, as in registries never re-surveyed.
  const drawn = rnd.chance(0.03) ? area * (1.2 + rnd.next() * 0.3) : area * (0.99 + rnd.next() * 0.02);
  const day = new Date(from + Math.floor((rnd.next() * (to - from)) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  const col = i % 6;
  const row = Math.floor(i / 6);
  return {
    type: 'Feature',
    properties: {
      maXa: commune,
      soTo: firstSheet + Math.floor(i / 12),
      soThua: 1 + (i % 12),
      dienTich: area,
      loaiDat: use.code,
      doiTuong: rnd.pick(userTypes),
      daCapGCN: rnd.chance(use.code === 'BCS' || use.code === 'DGT' ? 0.2 : 0.86),
      ngayCapNhat: day,
    },
    geometry: { type: 'Polygon', coordinates: [rectangle(origin[0] + col * 0.0015, origin[1] + row * 0.0012, drawn)] },
  };
}

function parcels(rnd: Random, sheets: Sheet[], dates: [string, string]) {
  const features = [];
  const [from, to] = dates.map((d) => Date.parse(`${d}T00:00:00Z`));
  for (const sheet of sheets) {
    for (let i = 0; i < parcelsPerCommune; i++) features.push(parcel(rnd, sheet, i, from, to));
  }
  return features;
}

/** The registry's usual slips: an aggregate code for a parcel code, a zero area, a truncated code, an open ring. */
function malformed(commune: string, at: [number, number], day: string) {
  const base = { maXa: commune, soTo: 99, dienTich: 120, loaiDat: 'ONT', doiTuong: 'GDC', daCapGCN: true, ngayCapNhat: day };
  const shape = () => ({ type: 'Polygon', coordinates: [rectangle(at[0], at[1], 120)] });
  return [
    { type: 'Feature', properties: { ...base, soThua: 1, loaiDat: 'LUA' }, geometry: shape() },
    { type: 'Feature', properties: { ...base, soThua: 2, dienTich: 0 }, geometry: shape() },
    { type: 'Feature', properties: { ...base, soThua: 3, maXa: commune.slice(0, 4) }, geometry: shape() },
    { type: 'Feature', properties: { ...base, soThua: 4 }, geometry: { type: 'Polygon', coordinates: [rectangle(at[0], at[1], 120).slice(0, 4)] } },
  ];
}

function toVn2000<F extends { geometry: { coordinates: number[][][] } }>(features: F[], meridian: number): F[] {
  for (const f of features) {
    f.geometry.coordinates = f.geometry.coordinates.map((ring: number[][]) =>
      ring.map(([lon, lat]) => wgs84ToVn2000(lon, lat, meridian).map((v) => Math.round(v * 1000) / 1000)),
    );
  }
  return features;
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(20250701);
  const reg = unitRegisters();
  const before: string[] = [];
  const after: string[] = [];
  for (const p of provinces) {
    const communes = reg
      .list('PRE_2025_07', 'COMMUNE')
      .filter((c) => c.province === p.old)
      .slice(0, communesPerProvince);
    const sheets = communes.map((c, i): Sheet => ({
      commune: c.code,
      origin: [p.centre[0] + (i % 3) * 0.02, p.centre[1] + Math.floor(i / 3) * 0.02],
      firstSheet: 1,
    }));
    const old = [...parcels(rnd, sheets, ['2025-01-06', '2025-06-28']), ...malformed(communes[0].code, [p.centre[0] - 0.01, p.centre[1]], '2025-05-20')];
    // After the reform the registry surveys new sheets beside the old ones, under the new communes
    // that absorbed them; several old communes can share one new commune, so sheets are numbered apart.
    const successors = sheets.slice(0, 3).map((s, i): Sheet => ({
      commune: resolveUnit(s.commune, '2025-03-01').current.commune!,
      origin: [s.origin[0] + 0.009, s.origin[1]],
      firstSheet: 20 + 2 * i,
    }));
    const neu = parcels(rnd, successors, ['2025-07-01', '2025-10-31']);
    const newProvince = resolveUnit(p.old, '2025-03-01').current.province;
    const files = [
      { name: `thua-dat-${p.name}-${p.old}-2025-06.geojson`, features: old, meridian: centralMeridianFor(p.old)!, into: before },
      { name: `thua-dat-${p.name}-${newProvince}-2025-10.geojson`, features: neu, meridian: centralMeridianFor(newProvince)!, into: after },
    ];
    for (const f of files) {
      const crs = p.vn2000 ? { type: 'name', properties: { name: f.into === before ? `urn:ogc:def:crs:EPSG::5897` : 'VN-2000 / TM-3' } } : undefined;
      const doc = { type: 'FeatureCollection', ...(crs ? { crs } : {}), features: p.vn2000 ? toVn2000(f.features, f.meridian) : f.features };
      const path = join(outDir, f.name);
      await writeFile(path, JSON.stringify(doc));
      f.into.push(path);
    }
  }
  return [...before, ...after].map((file) => ({ feed: 'parcels', file }));
}

/** Parcels a province's registry updates in a year (size L of the benchmark). */
const parcelsPerYear = 100_000;
/** Where the generator lays each old province's communes out: a grid from its main city. */
const scaleCentres: Record<string, [number, number]> = { '49': [108.2, 15.3], '48': [107.9, 15.9] };

/**
 * One year of parcel updates of the merged Đà Nẵng (48) at `scale` (1 = a realistic year), one file
 * a month in WGS 84: until June under the old commune codes of Quảng Nam (49) and the old Đà Nẵng
 * (48), after it under today's codes on new sheets. Each commune's parcels lie on a grid of their
 * own. Streamed feature by feature.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(48_2025);
  const province = scaleProvince();
  const communes = province.old.communes;
  const perProvince: Record<string, number> = {};
  const origin = communes.map((c) => {
    const k = (perProvince[c.province] = (perProvince[c.province] ?? -1) + 1);
    const [lon, lat] = scaleCentres[c.province];
    return [lon + (k % 20) * 0.03, lat + Math.floor(k / 20) * 0.03] as [number, number];
  });
  const n = scaled(parcelsPerYear, scale);
  /** Parcels written so far per old commune, before and after the reform. */
  const done = [new Array<number>(communes.length).fill(0), new Array<number>(communes.length).fill(0)];
  let next = 0;
  const files: { feed: string; file: string }[] = [];
  for (const month of provinceMonths) {
    const after = month.from >= provinceYear.reform ? 1 : 0;
    function* features() {
      if (month.index === 0) yield* malformed(communes[0].code, origin[0], '2025-01-20');
      for (let i = monthShare(n, month.index); i > 0; i--) {
        const c = next++ % communes.length;
        const k = done[after][c]++;
        const feature = parcel(
          rnd,
          { commune: after ? province.successor(communes[c]) : communes[c].code, origin: origin[c], firstSheet: 0 },
          k,
          month.from + 7 * 3_600_000,
          month.to + 7 * 3_600_000,
        );
        // Old communes merged into one keep their parcels apart: each old commune has its own sheets.
        feature.properties.soTo = (after ? 5000 : 1000) + c * 10 + Math.floor(k / 50);
        feature.properties.soThua = 1 + (k % 50);
        feature.geometry.coordinates = [rectangle(origin[c][0] + (k % 25) * 0.0011, origin[c][1] + Math.floor(k / 25) * 0.0009, feature.properties.dienTich)];
        yield feature;
      }
    }
    const file = join(outDir, `thua-dat-48-${month.tag}.geojson`);
    await writeJsonArray(file, '{"type":"FeatureCollection","features":[', features());
    files.push({ feed: 'parcels', file });
  }
  return files;
}
