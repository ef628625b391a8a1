import { readFile } from 'node:fs/promises';
import { startTestHub, tempFolders, type TestHub } from '@ioc/testing';
import { health } from '../src';
import { generateDemo } from '../src/demo';

jest.setTimeout(600_000);

const tempFolder = tempFolders();
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([health], { fresh: ['health'], tag: 'hd' });
});
afterAll(() => hub?.stop());

test('the demo Bundles load through the connector, and each province sees its facilities in both registers', async () => {
  const dir = tempFolder('health-demo-');
  const files = await generateDemo(dir);
  expect(files.map((f) => f.file.slice(dir.length + 1))).toEqual([
    'health-fhir-49-2025-06.json',
    'health-fhir-40-2025-06.json',
    'health-fhir-35-2025-06.json',
    'health-fhir-49-2025-10.json',
    'health-fhir-40-2025-10.json',
    'health-fhir-35-2025-10.json',
  ]);
  const again = await generateDemo(tempFolder('health-demo-'));
  expect(await readFile(again[5].file, 'utf8')).toBe(await readFile(files[5].file, 'utf8'));
  const started = Date.now();
  for (const f of files) {
    const text = await readFile(f.file, 'utf8');
    const r = await hub.ingest('health', f.feed, text);
    expect(r.status).toBe(200);
    // Two malformed resources per Bundle, everything else taken.
    expect(r.body).toEqual({ accepted: JSON.parse(text).entry.length - 2, rejected: 2, unchanged: 0 });
  }
  console.log(`health demo ingested in ${Date.now() - started} ms`);
  const token = await hub.token({ role: 'leader', scope: ['*'] });
  const r = await hub.query(
    `{
    old: province(code: "35", asOf: "2025-03-01") { health(from: "2025-03-01", to: "2025-07-01") { inpatientsNow beds facilities { code } } }
    now: province(code: "37") { health(from: "2025-03-01", to: "2025-11-01") { beds facilities { code } } }
    nghean: province(code: "40") { health(from: "2025-07-01", to: "2025-11-01") { beds facilities { code beds } } }
  }`,
    { token },
  );
  expect(r.errors).toBeUndefined();
  // Hà Nam's inpatients at 1 July 2025 00:00: round(20 × 0.95) + round(8 × 0.6) + round(8 × 0.85) = 19 + 5 + 7.
  expect(r.data.old.health).toEqual({ inpatientsNow: 31, beds: 36, facilities: [{ code: '35001' }, { code: '35002' }, { code: '35003' }] });
  // Ninh Bình (37) absorbed Hà Nam: its facilities, counted once though exported in both registers.
  expect(r.data.now.health).toEqual({ beds: 36, facilities: [{ code: '35001' }, { code: '35002' }, { code: '35003' }] });
  // 40002 still sends its old commune code after the reform: it counts in today's Nghệ An all the same.
  expect(r.data.nghean.health.facilities.map((f: any) => f.code)).toEqual(['40001', '40002', '40003']);
  expect(r.data.nghean.health.beds).toBe(44);

  // The README's contract query shows figures on the demo: Quảng Nam in January 2025.
  const jan = await hub.query(
    '{ province(code: "49", asOf: "2025-03-01") { health(from: "2025-01-01", to: "2025-02-01") { visits admissions emergencies inpatientsNow beds } } }',
    { token },
  );
  const h = jan.data.province.health;
  for (const k of ['visits', 'admissions', 'emergencies', 'inpatientsNow']) expect(h[k]).toBeGreaterThan(0);
  expect(h.beds).toBe(42);
});
