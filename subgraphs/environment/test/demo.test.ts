/** The demo files are deterministic and in the native format the connectors read. */
import { readFileSync, createReadStream } from 'node:fs';
import { tempFolders } from '@ioc/testing';
import { csvRows, RejectError, readJsonDocument } from '@ioc/kit';
import { generateDemo } from '../src/demo';
import { toStation } from '../src/connectors/stations-json';
import { toReading } from '../src/connectors/readings-csv';

const tempFolder = tempFolders();
const outcome = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof RejectError) return `reject ${e.field}`;
    throw e;
  }
};

test('same files on every run, stations before readings, old codes before the reform and successors after', async () => {
  const a = await generateDemo(tempFolder('env-demo-'));
  const b = await generateDemo(tempFolder('env-demo-'));
  expect(a.map((f) => f.feed)).toEqual(['stations', 'readings', 'stations', 'readings']);
  a.forEach((f, i) => expect(readFileSync(f.file)).toEqual(readFileSync(b[i].file)));

  const known = new Set<string>();
  const stationOutcomes: string[][] = [];
  for (const f of a.filter((x) => x.feed === 'stations')) {
    const doc = (await readJsonDocument(createReadStream(f.file))) as { updatedAt: string; stations: object[] };
    stationOutcomes.push(
      doc.stations.map((s) =>
        outcome(() => {
          const r = toStation({ ...s, updatedAt: doc.updatedAt });
          known.add(r.code);
          return r;
        }),
      ),
    );
  }
  // Six stations in each list; the January list also has a water station and a mistyped commune.
  expect(stationOutcomes[0]).toEqual([...Array(6).fill('ok'), 'reject type', 'reject communeCode']);
  expect(stationOutcomes[1]).toEqual(Array(6).fill('ok'));

  const january = JSON.parse(readFileSync(a[0].file, 'utf8'));
  const july = JSON.parse(readFileSync(a[2].file, 'utf8'));
  const register = (s: { communeCode: string }, date: string) => toStation({ ...s, updatedAt: date }).unit;
  expect(january.stations.slice(0, 6).map((s: any) => register(s, '2025-01-01').province)).toEqual(['49', '49', '40', '40', '35', '35']);
  expect(july.stations.map((s: any) => register(s, '2025-07-01'))).toEqual(expect.arrayContaining([expect.objectContaining({ register: 'FROM_2025_07' })]));
  expect(july.stations.map((s: any) => register(s, '2025-07-01').province)).toEqual(['48', '48', '40', '40', '37', '37']);

  for (const f of a.filter((x) => x.feed === 'readings')) {
    const tally: Record<string, number> = {};
    for await (const item of csvRows(createReadStream(f.file))) {
      const o = outcome(() => toReading(item.raw, (c) => known.has(c)));
      tally[o] = (tally[o] ?? 0) + 1;
    }
    // 6 stations × 3 days × 24 h = 432, less Hoàng Mai's 6-hour outage; four malformed rows.
    expect(tally).toEqual({ ok: 426, 'reject ThoiGian': 1, 'reject PM2_5': 2, 'reject MaTram': 1 });
  }
});
