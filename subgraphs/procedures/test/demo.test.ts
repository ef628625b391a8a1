/** The demo generator: deterministic, native format, and it goes in through the connector. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { procedures } from '../src';
import { generateDemo } from '../src/demo';

jest.setTimeout(600_000);

let hub: TestHub;
const dirs = [mkdtempSync(join(tmpdir(), 'procedures-demo-')), mkdtempSync(join(tmpdir(), 'procedures-demo-'))];
beforeAll(async () => {
  hub = await startTestHub([procedures], { fresh: ['procedures'], tag: 'demo' });
});
afterAll(async () => {
  await hub?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test("same files on every run; both halves of 2025 load, with a few rejects; 48 holds Quảng Nam's dossiers", async () => {
  const [first, second] = await Promise.all(dirs.map(generateDemo));
  expect(first.map((f) => f.feed)).toEqual(['dossiers', 'dossiers']);
  first.forEach((f, i) => expect(readFileSync(f.file)).toEqual(readFileSync(second[i].file)));
  const summaries = [];
  for (const f of first) summaries.push((await hub.ingest('procedures', f.feed, readFileSync(f.file))).body);
  for (const s of summaries) {
    expect(s.accepted).toBeGreaterThan(200);
    expect(s.rejected).toBeGreaterThan(0);
    expect(s.rejected).toBeLessThan(20);
  }
  const token = await hub.token({ role: 'leader', scope: ['48', '40', '37'] });
  const r = await hub.query(
    `{ before: provinces(asOf: "2025-03-01") { code procedures(from: "2025-01-01", to: "2025-07-01") { received } }
    after: provinces(asOf: "2025-08-01") { code procedures(from: "2025-01-01", to: "2026-01-01", now: "2026-01-01T00:00:00+07:00") { received onTimeRate onlineRate } } }`,
    { token },
  );
  expect(r.errors).toBeUndefined();
  const received = (list: any[], code: string) => list.find((p) => p.code === code).procedures.received;
  for (const [oldCode, newCode] of [
    ['49', '48'],
    ['40', '40'],
    ['35', '37'],
  ]) {
    expect(received(r.data.before, oldCode)).toBeGreaterThan(60);
    // the new province holds its predecessor's first half and its own second half
    expect(received(r.data.after, newCode)).toBeGreaterThan(received(r.data.before, oldCode) + 60);
  }
  const dn = r.data.after.find((p: any) => p.code === '48').procedures;
  expect(dn.onTimeRate).toBeGreaterThan(0.7);
  expect(dn.onTimeRate).toBeLessThan(1);

  // The README's contract query shows figures on the demo, at each level.
  const q1 = '(from: "2025-01-01", to: "2025-04-01") { received resolved late pending withdrawn notAccepted }';
  const c = await hub.query(
    `{ commune(code: "20335", asOf: "2025-03-01") { procedures${q1} } district(code: "502", asOf: "2025-03-01") { procedures${q1} } province(code: "49", asOf: "2025-03-01") { procedures${q1} } }`,
    { token },
  );
  for (const level of ['commune', 'district', 'province']) {
    const f = c.data[level].procedures;
    for (const k of ['received', 'resolved', 'late', 'pending', 'withdrawn']) expect(f[k]).toBeGreaterThan(0);
  }
  expect(c.data.commune.procedures.notAccepted).toBeGreaterThan(0);
});
