import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateDemo } from '../src/demo';
import { parseFeatureCollection, toParcel } from '../src/connectors/parcels-geojson';

test('demo files are deterministic, in the native format, for both registers, with a few rejects each before the reform', async () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'land-a-')), mkdtempSync(join(tmpdir(), 'land-b-'))];
  const files = await generateDemo(a);
  const again = await generateDemo(b);
  expect(files.map((f) => f.file.replace(a, ''))).toEqual(again.map((f) => f.file.replace(b, '')));
  files.forEach((f, i) => expect(readFileSync(f.file).equals(readFileSync(again[i].file))).toBe(true));
  expect(files.every((f) => f.feed === 'parcels')).toBe(true);
  const seen = { rejects: 0, registers: new Set<string>(), provincesToday: new Set<string>(), crs: new Set<string>() };
  for (const { file } of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.type).toBe('FeatureCollection');
    seen.crs.add(doc.crs?.properties?.name ?? 'WGS84');
    for await (const item of parseFeatureCollection(Readable.from([readFileSync(file)]))) {
      try {
        const p = toParcel(item.raw);
        seen.registers.add(p.unit.register);
        seen.provincesToday.add(p.unit.current.province);
      } catch {
        seen.rejects++;
      }
    }
  }
  expect(seen.rejects).toBe(12);
  expect([...seen.registers].sort()).toEqual(['FROM_2025_07', 'PRE_2025_07']);
  expect([...seen.provincesToday].sort()).toEqual(['37', '40', '48']);
  expect(seen.crs).toEqual(new Set(['WGS84', 'urn:ogc:def:crs:EPSG::5897', 'VN-2000 / TM-3']));
  for (const dir of [a, b]) rmSync(dir, { recursive: true });
});
