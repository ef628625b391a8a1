import { readFileSync } from 'node:fs';
import { startTestHub, tempFolders, type TestHub } from '@ioc/testing';
import { education } from '../src';
import { generateDemo } from '../src/demo';

const tempFolder = tempFolders();
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'edudemo' });
});
afterAll(() => hub?.stop());

test('the demo is deterministic, loads through the connector and answers for the successors', async () => {
  const a = await generateDemo(tempFolder('edu-demo-'));
  const b = await generateDemo(tempFolder('edu-demo-'));
  expect(a.map((x) => x.feed)).toEqual(['schools', 'enrolment', 'enrolment', 'teachers']);
  a.forEach((x, i) => expect(readFileSync(x.file, 'utf8')).toBe(readFileSync(b[i].file, 'utf8')));

  // Malformed on purpose: 3 schools, 4 enrolment rows of 2025-2026, 2 teacher rows; the 2025-2026
  // file re-sends 3 older 2024-2025 rows, which change nothing.
  const expected = [
    { rejected: 3, unchanged: 0 },
    { rejected: 0, unchanged: 0 },
    { rejected: 4, unchanged: 3 },
    { rejected: 2, unchanged: 0 },
  ];
  for (const [i, { feed, file }] of a.entries()) {
    const text = readFileSync(file, 'utf8');
    const rows = text.trim().split('\n').length - 1;
    const r = await hub.ingest('education', feed, text);
    expect(r.body).toEqual({ accepted: rows - expected[i].rejected - expected[i].unchanged, ...expected[i] });
  }

  const token = await hub.token({ role: 'leader', scope: ['*'] });
  const r = await hub.query(
    `{ after: provinces(asOf: "2025-08-01") { code education(schoolYear: "2025-2026") { schools students } }
    before: provinces(asOf: "2025-03-01") { code education(schoolYear: "2024-2025") { schools students } } }`,
    { token },
  );
  expect(r.errors).toBeUndefined();
  const of = (list: any[], code: string) => list.find((p) => p.code === code).education;
  for (const [old, now] of [
    ['49', '48'],
    ['40', '40'],
    ['35', '37'],
  ]) {
    expect(of(r.data.before, old).schools).toBeGreaterThan(30);
    // The two schools opened in 2025 under new codes report only for 2025-2026.
    expect(of(r.data.after, now).schools).toBe(of(r.data.before, old).schools + 2);
  }
});
