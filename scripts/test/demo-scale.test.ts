/**
 * The province-year generators of the scale benchmark and the demo: the same bytes on every run,
 * and the volumes they promise at a given scale (checked here at 1 % of size L).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolders } from '@ioc/testing';
import { monthShare, scaled, unitRegisters } from '@ioc/kit';

const scale = 0.01;
const tempFolder = tempFolders();
type Files = { feed: string; file: string }[];

async function generate(sector: string): Promise<Files> {
  const { generateScale } = await import(join(__dirname, '..', '..', 'subgraphs', sector, 'src', 'demo.ts'));
  return generateScale(tempFolder(`scale-${sector}-`), scale);
}

const text = (f: { file: string }) => readFileSync(f.file, 'utf8');
const lines = (f: { file: string }) => text(f).split('\n').filter(Boolean);
const of = (files: Files, feed: string) => files.filter((f) => f.feed === feed);

const generated: Record<string, Files> = {};
const sectors = ['procedures', 'health', 'education', 'land', 'environment', 'vessels'];

beforeAll(async () => {
  for (const s of sectors) generated[s] = await generate(s);
});

test.each(sectors)('%s: a second run writes the same files, byte for byte', async (sector) => {
  const again = await generate(sector);
  expect(again.map((f) => f.feed)).toEqual(generated[sector].map((f) => f.feed));
  again.forEach((f, i) => expect(text(f)).toBe(text(generated[sector][i])));
});

test('monthly shares of a year add up to the year', () => {
  for (const n of [1, 7, 30_000, 100_001]) expect(Array.from({ length: 12 }, (_, m) => monthShare(n, m)).reduce((a, b) => a + b)).toBe(n);
});

test('procedures: each dossier of the year at reception and again at its end, under old codes until June and new after', () => {
  const files = of(generated.procedures, 'dossiers');
  expect(files).toHaveLength(12);
  const byId = new Map<string, { TrangThai: number; MaDonViHanhChinh: string }[]>();
  const reg = unitRegisters();
  /** Dossiers of each half whose unit code is [missing from, found in] the register in force. */
  const inRegister = { old: [0, 0], now: [0, 0] };
  let wrongMonth = 0;
  files.forEach((f, month) => {
    for (const l of lines(f)) {
      let d;
      try {
        d = JSON.parse(l);
      } catch {
        continue;
      }
      if (!/^000\.00\.\d+\.H4[89]-\d{6}-\d+$/.test(d.MaHoSo)) continue;
      if (Number(d.NgayTiepNhan.slice(5, 7)) !== month + 1) wrongMonth++;
      // Codes the two registers share (old Đà Nẵng's 48 and its unchanged wards) count as both.
      const register = month < 6 ? 'PRE_2025_07' : 'FROM_2025_07';
      const known = (['COMMUNE', 'DISTRICT', 'PROVINCE'] as const).some((level) => reg.get(register, level, d.MaDonViHanhChinh));
      inRegister[month < 6 ? 'old' : 'now'][known ? 1 : 0]++;
      byId.set(d.MaHoSo, [...(byId.get(d.MaHoSo) ?? []), d]);
    }
  });
  expect(wrongMonth).toBe(0);
  expect(byId.size).toBe(scaled(300_000, scale));
  // Until June every code is of the old register; after it most are today's (a few systems lag).
  expect(inRegister.old[0]).toBe(0);
  expect(inRegister.old[1]).toBeGreaterThan(0);
  expect(inRegister.now[1]).toBeGreaterThan(inRegister.now[0] * 5);
  const versions = [...byId.values()];
  // Refused at reception: one line; every other dossier is sent again when it moves on or ends.
  expect(versions.filter((v) => v.length === 1).every((v) => v[0].TrangThai === 3)).toBe(true);
  expect(versions.filter((v) => v.length === 2).length).toBeGreaterThan(byId.size * 0.9);
});

test("health: a Bundle a month holding the year's encounters", () => {
  const files = of(generated.health, 'fhir');
  expect(files).toHaveLength(12);
  const encounters = files.flatMap((f) =>
    JSON.parse(text(f)).entry.filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Encounter'),
  );
  expect(encounters).toHaveLength(scaled(300_000, scale));
  expect(new Set(encounters.map((e: { resource: { id: string } }) => e.resource.id)).size).toBe(encounters.length);
});

test('education: every listed school reports enrolment and teachers for three school years', () => {
  const [schools, enrolment, teachers] = ['schools', 'enrolment', 'teachers'].map((feed) => lines(of(generated.education, feed)[0]).slice(1));
  const codes = schools.map((l) => l.split(',')[0]);
  expect(codes.length).toBeGreaterThan(0);
  expect(teachers).toHaveLength(codes.length * 3);
  expect(new Set(enrolment.map((l) => l.split(',').slice(0, 2).join('|'))).size).toBe(codes.length * 3);
});

test("land: the year's parcels, each (commune, sheet, number) once", () => {
  const features = of(generated.land, 'parcels')
    .flatMap((f) => JSON.parse(text(f)).features)
    .filter((f: { properties: { soTo: number } }) => f.properties.soTo !== 99); // the deliberately malformed ones
  expect(features).toHaveLength(scaled(100_000, scale));
  expect(new Set(features.map((f: { properties: Record<string, unknown> }) => `${f.properties.maXa}|${f.properties.soTo}|${f.properties.soThua}`)).size).toBe(
    features.length,
  );
});

test('environment: every hour of 2025 from each station', () => {
  const stations = JSON.parse(text(of(generated.environment, 'stations')[0])).stations;
  expect(stations).toHaveLength(scaled(20, scale));
  const rows = of(generated.environment, 'readings').flatMap((f) => lines(f).slice(1));
  expect(rows).toHaveLength(stations.length * 8760);
});

test('vessels: every registered vessel reports every 5 minutes for 24 hours', () => {
  const registry = lines(of(generated.vessels, 'registry')[0]).slice(1);
  expect(registry).toHaveLength(scaled(1500, scale));
  const positions = of(generated.vessels, 'positions').flatMap(lines);
  expect(positions).toHaveLength(registry.length * 288);
});
