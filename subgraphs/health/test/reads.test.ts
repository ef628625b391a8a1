/**
 * Health statistics read rollup documents addressed by unit and month: a province's and its
 * communes' figures read the same documents when the encounters held grow tenfold (issue 9).
 */
import { startTestHub, type TestHub } from '@ioc/testing';
import { countDocumentsRead, renewStamp } from '@ioc/kit';
import { health } from '../src';
import { models } from '../src/models';
import { bundle, org, enc } from './fhir-bundles';

jest.setTimeout(600_000);

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([health], { fresh: ['health'], tag: 'hr' });
  leader = await hub.token({ role: 'leader', scope: ['48'] });
});
afterAll(() => hub?.stop());

/** `n` January encounters at two facilities of old Quảng Nam (49), a third of them admissions still in. */
function january(n: number, batch: number): string {
  const provider = (i: number) => `Organization/${i % 2 ? 'o1' : 'o2'}`;
  return bundle('collection', `2025-02-${String(10 + batch).padStart(2, '0')}T08:00:00+07:00`, [
    org('o1', '49001', 'Bệnh viện Đa khoa tỉnh Quảng Nam', '20335', 40, '2025-02-01T00:00:00Z'),
    org('o2', '49002', 'Trung tâm Y tế thành phố Hội An', '20401', 20, '2025-02-01T00:00:00Z'),
    ...Array.from({ length: n }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      return i % 3 === 0
        ? enc(`b${batch}-${i}`, 'IMP', 'in-progress', `2025-01-${day}T10:00:00+07:00`, null, provider(i))
        : enc(`b${batch}-${i}`, 'AMB', 'finished', `2025-01-${day}T08:00:00+07:00`, `2025-01-${day}T09:00:00+07:00`, provider(i));
    }),
  ]);
}

const statsQuery = `{
  old: province(code: "49", asOf: "2025-03-01") { health(from: "2025-01-01", to: "2025-02-01") { visits admissions inpatientsNow beds bedOccupancy indicators { code value previous } } }
  now: province(code: "48") { communes { code health(from: "2025-01-01", to: "2025-02-01") { visits admissions } } }
}`;

test("a province's and its communes' health figures read the same documents when the encounters grow tenfold", async () => {
  const read = countDocumentsRead(hub.subgraphs.health.db.connection);
  expect((await hub.ingest('health', 'fhir', january(30, 0))).body).toMatchObject({ rejected: 0 });
  // Measured from a cold process cache, as after a restart: both reads take every document they need.
  await renewStamp(hub.subgraphs.health.db.connection, { everything: true });
  let before = read();
  const small = await hub.query(statsQuery, { token: leader });
  expect(small.errors).toBeUndefined();
  const smallDocs = read() - before;
  expect(smallDocs).toBeGreaterThan(0);

  // Nine more bundles of the same size, in the same units and month: ten times the encounters.
  for (let b = 1; b <= 9; b++) expect((await hub.ingest('health', 'fhir', january(30, b))).body).toMatchObject({ rejected: 0 });
  expect(await models(hub.subgraphs.health.db.connection).Resource.countDocuments({ kind: 'Encounter' })).toBe(300);
  await renewStamp(hub.subgraphs.health.db.connection, { everything: true });
  before = read();
  const large = await hub.query(statsQuery, { token: leader });
  expect(large.errors).toBeUndefined();
  expect(read() - before).toBe(smallDocs);
  expect(large.data.old.health.visits).toBe(10 * small.data.old.health.visits);
  expect(large.data.old.health.admissions).toBe(10 * small.data.old.health.admissions);
  const communeVisits = (r: typeof large) => r.data.now.communes.reduce((s: number, c: { health: { visits: number } }) => s + c.health.visits, 0);
  expect(communeVisits(large)).toBe(10 * communeVisits(small));
});
