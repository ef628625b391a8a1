/**
 * Readings CSV: a short or malformed row is rejected alone, the rows around it kept; an unbalanced
 * quote keeps every row before it and records the rest of the file as a reject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { environment } from '../src';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([environment], { fresh: ['environment'], tag: 'csv' });
  await hub.ingest('environment', 'stations', readFileSync(join(__dirname, 'fixtures', 'stations-2025-01.json')));
});
afterAll(() => hub?.stop());

const header = 'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO';
const row = (day: number, h: number) => `QNM01,2025-02-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+07:00,${10 + h},,,,,`;
const count = () => hub.subgraphs.environment.db.connection.collection('readings').countDocuments();

test('a short row among thirteen is rejected alone: the twelve others are kept', async () => {
  const rows = Array.from({ length: 13 }, (_, h) => row(1, h));
  rows[3] = 'QNM01,2025-02-01T03:00:00+07:00';
  expect((await hub.ingest('environment', 'readings', [header, ...rows].join('\n'))).body).toEqual({ accepted: 12, rejected: 1, unchanged: 0 });
  expect(await count()).toBe(12);
});

test('an unbalanced quote keeps the rows before it and records the rest as a reject', async () => {
  const rows = [row(2, 0), row(2, 1), 'QNM01,"2025-02-02T02:00:00+07:00,12,,,,,', row(2, 3)];
  const r = await hub.ingest('environment', 'readings', [header, ...rows].join('\n'));
  expect(r.body).toEqual({ accepted: 2, rejected: 1, unchanged: 0 });
  expect(await count()).toBe(14);
  const officer = await hub.token({ role: 'officer', scope: ['*'] });
  const rejects = (await hub.query('{ environmentRejects(feed: "readings") { reason } }', { token: officer })).data.environmentRejects;
  expect(rejects.map((x: any) => x.reason).join('\n')).toMatch(/dòng 4: dấu ngoặc kép/);
});
