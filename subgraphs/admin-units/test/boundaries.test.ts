/**
 * District boundaries cover their province: for every imported province, the districts' areas as
 * the API serves them add up to the area of the province's own outline in the reference data
 * (kept by the import as `outlineArea`) within 1 %. Before districts abolished in 2024 were merged
 * into the ones that absorbed them, Quảng Nam's map missed Nông Sơn's 473 km² (4.5 %).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import { startTestHub, type TestHub } from '@ioc/testing';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([]);
});
afterAll(() => hub?.stop());

const dir = join(__dirname, '..', 'data', 'boundaries');
const files = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { province: string; outlineArea: number });
const km2 = (m2: number) => m2 / 1e6;

async function districtAreas(province: string): Promise<Map<string, number>> {
  const r = await hub.query(`{ province(code: "${province}", asOf: "2025-03-01") { districts { code boundary } } }`);
  expect(r.errors).toBeUndefined();
  const districts = r.data.province.districts as { code: string; boundary: any }[];
  // Every district of the register is drawn: none is left without a boundary.
  expect(districts.filter((d) => !d.boundary).map((d) => d.code)).toEqual([]);
  return new Map(districts.map((d) => [d.code, area({ type: 'Feature', properties: {}, geometry: d.boundary })]));
}

test("the provinces of the brief and those that make today's 37 and 48 are imported", () => {
  expect(files.map((f) => f.province).sort()).toEqual(['35', '36', '37', '40', '48', '49']);
});

test.each(files.map((f) => [f.province, f.outlineArea] as const))('province %s: its districts cover its outline within 1 %%', async (province, outlineArea) => {
  const areas = await districtAreas(province);
  const total = [...areas.values()].reduce((s, a) => s + a, 0);
  expect(Math.abs(total - outlineArea) / outlineArea).toBeLessThan(0.01);
});

test.each([
  // Resolution 1241/NQ-UBTVQH15: Quế Sơn after taking in Nông Sơn, 729.10 km².
  ['49', '509', 729.1],
  // Resolution 1318/NQ-UBTVQH15: Thành phố Hoa Lư (Huyện Hoa Lư + Thành phố Ninh Bình), 150.24 km².
  ['37', '374', 150.24],
])('province %s: district %s is drawn with what it absorbed (%s km² by its resolution, within 1 %%)', async (province, district, official) => {
  const a = km2((await districtAreas(province)).get(district)!);
  expect(Math.abs(a - official) / official).toBeLessThan(0.01);
});
