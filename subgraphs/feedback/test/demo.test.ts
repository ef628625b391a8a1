/** The demo files go in through the real ingest route and give the README's feedback question figures. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { feedback } from '../src';
import { generateDemo } from '../src/demo';

jest.setTimeout(600_000);

let hub: TestHub;
const dir = mkdtempSync(join(tmpdir(), 'feedback-demo-'));
beforeAll(async () => {
  hub = await startTestHub([feedback], { fresh: ['feedback'], tag: 'demo' });
});
afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('deterministic: the same seed writes the same files', async () => {
  const a = await generateDemo(dir);
  const first = a.map((f) => readFileSync(f.file, 'utf8'));
  const b = await generateDemo(dir);
  expect(b.map((f) => readFileSync(f.file, 'utf8'))).toEqual(first);
  expect(first.join('').split('\n').length).toBeGreaterThan(300);
});

test('the demo loads through the connector, keeps its malformed lines as rejects, and answers the README question', async () => {
  const files = await generateDemo(dir);
  let accepted = 0;
  for (const f of files) {
    const r = await hub.ingest('feedback', f.feed, readFileSync(f.file));
    expect(r.status).toBe(200);
    accepted += r.body.accepted;
    expect(r.body.rejected).toBeGreaterThan(0);
  }
  expect(accepted).toBeGreaterThan(300);
  const token = await hub.token({ role: 'leader', scope: ['48'] });
  const r = await hub.query(
    `{ commune(code: "20335", asOf: "2025-03-01") { feedback(from: "2025-01-01", to: "2025-04-01", now: "2025-04-01T00:00:00+07:00") { received resolved onTime late overdue refused alerts { code } } } }`,
    { token },
  );
  expect(r.errors).toBeUndefined();
  const f = r.data.commune.feedback;
  expect(f.received).toBeGreaterThanOrEqual(12);
  for (const k of ['resolved', 'onTime', 'late', 'refused', 'overdue']) expect(f[k]).toBeGreaterThan(0);
  expect(f.alerts.map((a: any) => a.code)).toContain('feedback.hotSpot');
});
