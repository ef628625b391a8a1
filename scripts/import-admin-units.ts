/**
 * Converts the reference data in ../shared/data (GSO register 2025-03-01, the 2025-07-01 reform
 * mapping, district boundaries) into the project's own compact committed files, so that a fresh
 * clone needs nothing outside the repository. Run: npm run import:units [-- <shared data dir>]
 *
 * Codes and names are public facts of the General Statistics Office register
 * (danhmuchanhchinh.gso.gov.vn, via github.com/daohoangson/dvhcvn) and of the reform mapping
 * (github.com/dvhcvn/20250701, built from Resolution 60-NQ/TW and resolutions 1654–1687/NQ-UBTVQH15).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deriveType } from '../kit/src/units/unit-types';
import { absorbedDistricts, areaOf, bboxOf, unionOf } from './lib/district-boundaries';

const root = resolve(__dirname, '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const unitsOut = join(root, 'kit', 'data', 'admin-units');
const gisOut = join(root, 'subgraphs', 'admin-units', 'data', 'boundaries');

const nfc = (s: string) => s.normalize('NFC').trim();
const readJson = (p: string) => JSON.parse(readFileSync(join(shared, p), 'utf8'));
const report: string[] = [];

// Register in force until 2025-06-30 (snapshot 2025-03-01).
const old = readJson('admin-units/dvhcvn.json').data as any[];
const pre = {
  asOf: '2025-03-01',
  validTo: '2025-06-30',
  source: 'GSO register via github.com/daohoangson/dvhcvn data/dvhcvn.json',
  provinces: [] as string[][],
  districts: [] as string[][],
  communes: [] as string[][],
};
for (const p of old) {
  pre.provinces.push([p.level1_id, nfc(p.name), nfc(p.type)]);
  for (const d of p.level2s) {
    pre.districts.push([d.level2_id, nfc(d.name), nfc(d.type), p.level1_id]);
    for (const c of d.level3s) pre.communes.push([c.level3_id, nfc(c.name), nfc(c.type), d.level2_id]);
  }
}

// Register in force from 2025-07-01: the units of merges.json; it has no type field, so the type
// comes from the name's prefix.
const merges = readJson('admin-units/reform-2025/merges.json').data as any[];
const post = { validFrom: '2025-07-01', source: 'github.com/dvhcvn/20250701 mapping/merges.json', provinces: [] as string[][], communes: [] as string[][] };
const links = {
  source: 'github.com/dvhcvn/20250701 mapping/merges.json and splits.json',
  provinces: [] as string[][],
  districts: [] as string[][],
  communes: [] as string[][],
};
const oldDistricts = new Set(pre.districts.map((d) => d[0]));
for (const p of merges) {
  post.provinces.push([p.level1_id, nfc(p.name), deriveType(nfc(p.name), 'PROVINCE')]);
  for (const m of p.merges) links.provinces.push([p.level1_id, m.old_id, m.type]);
  for (const c of p.level2s) {
    post.communes.push([c.level2_id, nfc(c.name), deriveType(nfc(c.name), 'COMMUNE'), p.level1_id]);
    for (const m of c.merges) {
      // A few island districts had no communes and became special zones (đặc khu) directly.
      const level = m.old_id.length === 3 && oldDistricts.has(m.old_id) ? 'districts' : 'communes';
      links[level].push([c.level2_id, m.old_id, m.type]);
    }
  }
}

// splits.json is the same mapping seen from the old side: check that it says the same thing.
const splits = readJson('admin-units/reform-2025/splits.json').data as any[];
const edge = (n: string, o: string) => `${n}<${o}`;
const mergeEdges = new Set([...links.provinces, ...links.districts, ...links.communes].map(([n, o]) => edge(n, o)));
const splitEdges = new Set<string>();
for (const p of splits) {
  for (const s of p.splits) splitEdges.add(edge(s.new_id, p.level1_id));
  for (const c of p.level3s) for (const s of c.splits) splitEdges.add(edge(s.new_id, c.level3_id));
}
for (const e of splitEdges) if (!mergeEdges.has(e)) report.push(`splits.json has ${e} that merges.json lacks`);
for (const e of mergeEdges) if (!splitEdges.has(e)) report.push(`merges.json link ${e} is not in splits.json (old unit is a district)`);

mkdirSync(unitsOut, { recursive: true });
writeFileSync(join(unitsOut, 'register-2025-03.json'), JSON.stringify(pre));
writeFileSync(join(unitsOut, 'register-2025-07.json'), JSON.stringify(post));
writeFileSync(join(unitsOut, 'reform-2025-07.json'), JSON.stringify(links));

// District boundaries of every province the reference data draws. A boundary of a district the
// register no longer lists is merged into the district that absorbed it; one of a district neither
// listed nor known to be absorbed is reported and skipped, not invented. Coordinates are rounded to
// 6 decimals (~0.1 m). The province outline's area is kept to check that its districts cover it.
mkdirSync(gisOut, { recursive: true });
const round = (x: any): any => (Array.isArray(x) ? x.map(round) : Math.round(x * 1e6) / 1e6);
const districtProvince = new Map(pre.districts.map((d) => [d[0], d[3]]));
const districtName = new Map(pre.districts.map((d) => [d[0], d[1]]));
for (const file of readdirSync(join(shared, 'gis'))
  .filter((f) => /^\d{2}\.json$/.test(f))
  .sort()) {
  const gis = readJson(`gis/${file}`);
  const province: string = gis.level1_id;
  const parts = new Map<string, { name: string; coordinates: any[] }>();
  for (const d of gis.level2s) {
    const absorbed = absorbedDistricts[d.level2_id];
    const code = oldDistricts.has(d.level2_id) ? d.level2_id : absorbed?.into;
    if (!code || districtProvince.get(code) !== province) {
      report.push(`boundary skipped: ${d.level2_id} ${nfc(d.name)} (province ${province}) is not in the register`);
      continue;
    }
    if (code !== d.level2_id) report.push(`boundary merged: ${d.level2_id} ${nfc(d.name)} into ${code} (${absorbed.source})`);
    // The register's name: the GIS file may use one from before the merger (Huyện Hoa Lư).
    const part = parts.get(code) ?? { name: districtName.get(code)!, coordinates: [] };
    part.coordinates.push(d.coordinates);
    parts.set(code, part);
  }
  const out: Record<string, { name: string; bbox: number[]; coordinates: unknown }> = {};
  let districtsArea = 0;
  for (const [code, part] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    const coordinates = round(unionOf(part.coordinates));
    districtsArea += areaOf(coordinates);
    out[code] = { name: part.name, bbox: bboxOf(coordinates), coordinates };
  }
  const outlineArea = Math.round(areaOf(gis.coordinates));
  report.push(`province ${province}: districts cover ${((100 * districtsArea) / outlineArea).toFixed(2)} % of its outline`);
  writeFileSync(
    join(gisOut, file),
    JSON.stringify({ province, source: 'gis.chinhphu.vn via github.com/daohoangson/dvhcvn data/gis', outlineArea, districts: out }),
  );
}

console.log(
  JSON.stringify({
    pre: { provinces: pre.provinces.length, districts: pre.districts.length, communes: pre.communes.length },
    post: { provinces: post.provinces.length, communes: post.communes.length },
    links: { provinces: links.provinces.length, districts: links.districts.length, communes: links.communes.length },
  }),
);
for (const line of report) console.log(line);
