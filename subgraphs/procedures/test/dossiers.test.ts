/**
 * The dossiers feed through the real ingest route, and the statistics through the gateway.
 * Fixtures: fixtures/dossiers-initial.jsonl (17 dossiers A–R as commented there, 6 malformed lines)
 * and fixtures/dossiers-updates.jsonl (a newer version of D, an older version of A).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { procedures } from '../src';

// Every gateway query resolves units through admin-units, which takes seconds a query on a loaded machine.
jest.setTimeout(600_000);

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

let hub: TestHub;
let leader48: string;
let officer: string;
let leader40: string;

beforeAll(async () => {
  hub = await startTestHub([procedures], { fresh: ['procedures'], tag: 'dossiers' });
  [leader48, officer, leader40] = await Promise.all([
    hub.token({ role: 'leader', scope: ['48'] }),
    // Some rejects name no unit (a broken line): those are for whole-country callers.
    hub.token({ role: 'officer', scope: ['*'] }),
    hub.token({ role: 'leader', scope: ['40'] }),
  ]);
});
afterAll(() => hub?.stop());

const figureFields = 'received notAccepted resolved onTime late pending overdue withdrawn online onTimeRate onlineRate';
const additive = ['received', 'notAccepted', 'resolved', 'onTime', 'late', 'pending', 'overdue', 'withdrawn', 'online'] as const;
type Figs = Record<(typeof additive)[number], number> & { onTimeRate: number | null; onlineRate: number | null };

/** One query for commune 20335 with `now` fixed, shared by the tests that read its parts. */
let fixedNow: Promise<any> | undefined;
const commune20335 = () =>
  (fixedNow ??= hub
    .query(
      `{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2025-04-01", now: "2025-05-01T00:00:00+07:00") {
  pending overdue now
  byField { code name received resolved late pending overdue onTimeRate } byAgency { code received }
  indicators { code value target status unit period } alerts { code level unitCode register link time }
  recent: alerts(since: "2025-03-01T00:00:00+07:00") { code } } } }`,
      { token: leader48 },
    )
    .then((r) => {
      expect(r.errors).toBeUndefined();
      return r.data.commune.procedures;
    }));

const sum = (list: Figs[]) => Object.fromEntries(additive.map((k) => [k, list.reduce((s, f) => s + (f?.[k] ?? 0), 0)]));
const db = () => hub.subgraphs.procedures.db;

describe('ingest', () => {
  test('first file: 17 dossiers accepted, 6 malformed lines rejected', async () => {
    const r = await hub.ingest('procedures', 'dossiers', fixture('dossiers-initial.jsonl'));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ accepted: 17, rejected: 6, unchanged: 0 });
  });

  test('updates: the newer version of D wins, the older version of A arriving late does not overwrite it', async () => {
    const r = await hub.ingest('procedures', 'dossiers', fixture('dossiers-updates.jsonl'));
    expect(r.body).toEqual({ accepted: 1, rejected: 0, unchanged: 1 });
    const q = await hub.query(
      `{ a: proceduresDossier(id: "H49.22-250105-0001") { status statusName finishedAt updatedAt }
      d: proceduresDossier(id: "H49.22-250310-0004") { status statusName channel onlineLevel updatedAt } }`,
      { token: leader48 },
    );
    expect(q.errors).toBeUndefined();
    expect(q.data.a).toEqual({
      status: 'RESULT_RETURNED',
      statusName: 'Đã trả kết quả',
      finishedAt: '2025-01-14T10:00:00+07:00',
      updatedAt: '2025-01-14T10:00:00+07:00',
    });
    expect(q.data.d).toEqual({
      status: 'SUPPLEMENT_REQUESTED',
      statusName: 'Yêu cầu bổ sung',
      channel: 'POSTAL',
      onlineLevel: null,
      updatedAt: '2025-03-15T08:00:00+07:00',
    });
  });

  test("re-sending the first file changes nothing: every dossier unchanged (D's first version is now older), rejects kept once", async () => {
    const before = await db()
      .connection.collection('dossiers')
      .find({}, { projection: { _ingestedAt: 1 } })
      .sort({ _id: 1 })
      .toArray();
    const r = await hub.ingest('procedures', 'dossiers', fixture('dossiers-initial.jsonl'));
    expect(r.body).toEqual({ accepted: 0, rejected: 6, unchanged: 17 });
    const after = await db()
      .connection.collection('dossiers')
      .find({}, { projection: { _ingestedAt: 1 } })
      .sort({ _id: 1 })
      .toArray();
    expect(after).toEqual(before);
    const rejects = await hub.query('{ proceduresRejects(feed: "dossiers") { field value reason position } }', { token: officer });
    expect(rejects.data.proceduresRejects).toHaveLength(6);
  });

  test('rejects name the field and the value', async () => {
    const r = await hub.query('{ proceduresRejects(feed: "dossiers") { field value reason raw position } }', { token: officer });
    const byId = (id: string) => r.data.proceduresRejects.find((x: any) => x.raw.includes(id));
    expect(byId('9001').reason).toMatch(/^dòng 6: không phải JSON hợp lệ/);
    expect(byId('9002')).toMatchObject({ field: 'MaDonViHanhChinh', value: '99999' });
    expect(byId('9002').reason).toContain('"99999"');
    expect(byId('9003')).toMatchObject({ field: 'TrangThai', value: '11' });
    expect(byId('9003').reason).toMatch(/^TrangThai: 11 — mã không hợp lệ/);
    expect(byId('9004')).toMatchObject({ field: 'NgayHenTra', value: '31/02/2025' });
    expect(byId('9004').reason).toContain('NgayHenTra: "31/02/2025" — không phải ngày giờ ISO 8601');
    expect(byId('9005')).toMatchObject({ field: 'NgayKetThuc' });
    expect(byId('9005').reason).toBe('NgayKetThuc: null — bắt buộc với hồ sơ đã giải quyết (TrangThai 10)');
    expect(byId('9006')).toMatchObject({ field: 'KenhNop', value: '4' });
    const pub = await hub.query('{ proceduresRejects { field } }');
    expect(pub.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const leader = await hub.query('{ proceduresRejects { field } }', { token: leader48 });
    expect(leader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test("the applicant's name and phone sent by the portal are not stored", async () => {
    const doc = await db()
      .connection.collection('dossiers')
      .findOne({ _id: 'H49.22-250105-0001' as any });
    expect(doc).not.toBeNull();
    const text = JSON.stringify(doc);
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('0905123456');
  });

  test('feed freshness', async () => {
    const r = await hub.query('{ proceduresFeeds { sector feed lastOutcome records rejects lastSummary { accepted rejected unchanged } } }', {
      token: await hub.token({ role: 'leader', scope: ['*'] }),
    });
    expect(r.data.proceduresFeeds).toEqual([
      {
        sector: 'procedures',
        feed: 'dossiers',
        lastOutcome: 'OK_WITH_REJECTS',
        records: 17,
        rejects: 6,
        lastSummary: { accepted: 0, rejected: 6, unchanged: 17 },
      },
    ]);
  });
});

describe('statistics through the gateway', () => {
  test('the contract query, exactly as written (overdue judged against the clock: C and D are past due)', async () => {
    const r = await hub.query(
      `{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late pending overdue withdrawn notAccepted online onTimeRate onlineRate } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    // In [2025-01-01, 2025-04-01) at commune 20335: A B C D E F G J (H is 10 minutes into April, I the last minute of 2024).
    // received = all but E (status 3) = 7; resolved = A, B, J = 3; on time = A, J (J finished exactly at its due time);
    // late = B; pending = C (4), D (5); both due before today; withdrawn = F (7); online = A, C, F, G (E was online but refused).
    expect(r.data.commune.procedures).toEqual({
      received: 7,
      resolved: 3,
      onTime: 2,
      late: 1,
      pending: 2,
      overdue: 2,
      withdrawn: 1,
      notAccepted: 1,
      online: 4,
      onTimeRate: 2 / 3,
      onlineRate: 4 / 7,
    });
  });

  test('overdue against an injected now: on 2025-05-01 only C (due 2025-03-20) is overdue, D is due 2025-06-30', async () => {
    expect(await commune20335()).toMatchObject({ pending: 2, overdue: 1, now: '2025-05-01T00:00:00+07:00' });
  });

  test('breakdown by field and by agency', async () => {
    const s = await commune20335();
    // Hộ tịch: A C E G (E refused) → received 3; Đất đai: B D; Chứng thực: F J.
    expect(s.byField).toEqual([
      { code: '1.000001', name: 'Hộ tịch', received: 3, resolved: 1, late: 0, pending: 1, overdue: 1, onTimeRate: 1 },
      { code: '1.000045', name: 'Đất đai', received: 2, resolved: 1, late: 1, pending: 1, overdue: 0, onTimeRate: 0 },
      { code: '1.004227', name: 'Chứng thực', received: 2, resolved: 1, late: 0, pending: 0, overdue: 0, onTimeRate: 1 },
    ]);
    expect(s.byAgency).toEqual([
      { code: 'UBND phường Tân Thạnh', received: 5 },
      { code: 'Chi nhánh Văn phòng đăng ký đất đai Tam Kỳ', received: 2 },
    ]);
  });

  test('province 49 equals the sum of its districts plus the dossiers it handled itself (L); district 502 the sum of its communes plus K', async () => {
    const args = 'from: "2025-01-01", to: "2025-04-01", now: "2025-05-01T00:00:00+07:00"';
    const before = db().commands.count;
    const finds = db().commands.byName.find ?? 0;
    const r = await hub.query(
      `{ province(code: "49", asOf: "2025-03-01") { procedures(${args}) { ${figureFields} }
      districts { code procedures(${args}) { ${figureFields} } communes { code procedures(${args}) { ${figureFields} } } } } }`,
      { token: leader48 },
    );
    const queries = db().commands.count - before;
    expect(r.errors).toBeUndefined();
    const p = r.data.province;
    // A B C D E F G J at 20335, K at district 502, L at the province, M at 20341, N at 20398 (district 503).
    // received = 12 − E − N = 10; resolved = A B J K M = 5; on time = A J M; late = B K;
    // pending = C D L; overdue on 2025-05-01 = C L; withdrawn = F; online = A C F G K M = 6.
    expect(p.procedures).toEqual({
      received: 10,
      notAccepted: 2,
      resolved: 5,
      onTime: 3,
      late: 2,
      pending: 3,
      overdue: 2,
      withdrawn: 1,
      online: 6,
      onTimeRate: 3 / 5,
      onlineRate: 6 / 10,
    });
    const L = { received: 1, notAccepted: 0, resolved: 0, onTime: 0, late: 0, pending: 1, overdue: 1, withdrawn: 0, online: 0 };
    const K = { received: 1, notAccepted: 0, resolved: 1, onTime: 0, late: 1, pending: 0, overdue: 0, withdrawn: 0, online: 1 };
    const plus = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(additive.map((k) => [k, a[k] + b[k]]));
    const pick = (f: Figs) => Object.fromEntries(additive.map((k) => [k, f[k]]));
    expect(plus(sum(p.districts.map((d: any) => d.procedures)), L)).toEqual(pick(p.procedures));
    const d502 = p.districts.find((d: any) => d.code === '502');
    expect(plus(sum(d502.communes.map((c: any) => c.procedures)), K)).toEqual(pick(d502.procedures));
    expect(sum(p.districts.flatMap((d: any) => d.communes.map((c: any) => c.procedures)))).toEqual(
      plus(pick(p.procedures), Object.fromEntries(additive.map((k) => [k, -(L[k] + K[k])]))),
    );
    expect(p.districts.find((d: any) => d.code === '503').procedures).toMatchObject({ received: 0, notAccepted: 1 });
    // Rollup documents read by `_id`: the province's 3 months and its 17 districts' one by one
    // (an indexed read each on FerretDB), the 240-odd communes' 700-odd months in one query —
    // bounded by units × months, whatever the number of dossiers; no other command.
    expect(queries).toBeLessThanOrEqual(3 + 17 * 3 + 1);
    expect((db().commands.byName.find ?? 0) - finds).toBe(queries);
  });

  test('all 63 provinces of the old register in one query', async () => {
    const before = db().commands.count;
    const r = await hub.query('{ provinces(asOf: "2025-03-01") { code procedures(from: "2025-01-01", to: "2025-04-01") { received } } }', {
      token: await hub.token({ role: 'admin', scope: ['*'] }),
    });
    // The rollups' stamp, then their documents the process does not keep (kit's cache.ts) in one $in.
    expect(db().commands.count - before).toBeLessThanOrEqual(2);
    expect(r.data.provinces).toHaveLength(63);
    expect(r.data.provinces.find((p: any) => p.code === '49').procedures.received).toBe(10);
    expect(r.data.provinces.find((p: any) => p.code === '35').procedures.received).toBe(0);
  });

  test('province 48 of the new register includes what was reported under 49, before the reform and after (legacy code)', async () => {
    const r = await hub.query(
      `{ province(code: "48", asOf: "2025-08-01") {
      procedures(from: "2025-01-01", to: "2026-01-01", now: "2025-10-01T00:00:00+07:00") { ${figureFields} }
      communes { code procedures(from: "2025-07-01", to: "2026-01-01", now: "2025-10-01T00:00:00+07:00") { received resolved } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    // A–N except I (2024) plus P (new 20335) and Q ("49" after the reform): 15 dossiers; E N refused → received 13;
    // resolved A B H J K M P = 7, on time A H J M P = 5, late B K; pending C D L Q, all past due on 2025-10-01;
    // withdrawn F; online A C F G K M P = 7.
    expect(r.data.province.procedures).toEqual({
      received: 13,
      notAccepted: 2,
      resolved: 7,
      onTime: 5,
      late: 2,
      pending: 4,
      overdue: 4,
      withdrawn: 1,
      online: 7,
      onTimeRate: 5 / 7,
      onlineRate: 7 / 13,
    });
    // After the reform, communes hold P only: Q was reported at province level.
    const withData = r.data.province.communes.filter((c: any) => c.procedures.received > 0);
    expect(withData).toEqual([{ code: '20335', procedures: { received: 1, resolved: 1 } }]);
  });

  test('indicators and alerts', async () => {
    const s = await commune20335();
    // on time 2/3 = 66.7 % vs 100 % → ALERT; overdue 1 of 2 pending = 50 % → ALERT; online 4/7 = 57.1 % vs 50 % → GOOD.
    expect(s.indicators).toEqual([
      { code: 'procedures.onTimeRate', value: 66.7, target: 100, status: 'ALERT', unit: '%', period: '2025-01-01/2025-04-01' },
      { code: 'procedures.overdueShare', value: 50, target: 0, status: 'ALERT', unit: '%', period: '2025-01-01/2025-04-01' },
      { code: 'procedures.onlineRate', value: 57.1, target: 50, status: 'GOOD', unit: '%', period: '2025-01-01/2025-04-01' },
    ]);
    // Critical first: the two indicators, then C overdue 41 days (≥ 30: critical); then B late (info).
    expect(s.alerts.map((a: any) => [a.code, a.level, a.link])).toEqual([
      ['procedures.onTimeRate', 'CRITICAL', null],
      ['procedures.overdueShare', 'CRITICAL', null],
      ['procedures.overdue', 'CRITICAL', 'dossier:H49.22-250201-0003'],
      ['procedures.late', 'INFO', 'dossier:H49.22-250110-0002'],
    ]);
    // since 1 March: the indicators (timed at the period's end, 1 April: `now` is later) and C (due 20 March), not B (finished 22 January).
    expect(s.recent.map((a: any) => a.code)).toEqual(['procedures.onTimeRate', 'procedures.overdueShare', 'procedures.overdue']);
    expect(s.alerts[2]).toMatchObject({ unitCode: '20335', register: 'PRE_2025_07', time: '2025-03-20T17:00:00+07:00' });
  });

  test('a bad period is BAD_USER_INPUT naming the argument', async () => {
    const r = await hub.query('{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-04-01", to: "2025-01-01") { received } } }', {
      token: leader48,
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('"to"');
  });
});

describe('follow-up list and scope', () => {
  test('late and overdue dossiers, most days late first', async () => {
    const r = await hub.query(
      `{ proceduresFollowUp(from: "2025-01-01", to: "2026-01-01", now: "2025-10-01T00:00:00+07:00") {
      id followUp daysLate unitCode register currentProvince { code } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    // Days past due to 2025-10-01 00:00: L (due 03-15 17:00) 199, C (03-20) 194, D (06-30) 92, Q (09-10) 20;
    // late at finish: K (02-20 17:00 → 02-25 17:00) 5, B (01-20 17:00 → 01-22 09:00) 1.
    expect(r.data.proceduresFollowUp.map((d: any) => [d.id, d.followUp, d.daysLate])).toEqual([
      ['H49-250301-0012', 'OVERDUE', 199],
      ['H49.22-250201-0003', 'OVERDUE', 194],
      ['H49.22-250310-0004', 'OVERDUE', 92],
      ['H49-250901-0016', 'OVERDUE', 20],
      ['H49.22-250210-0011', 'LATE', 5],
      ['H49.22-250110-0002', 'LATE', 1],
    ]);
    expect(r.data.proceduresFollowUp[3]).toMatchObject({ unitCode: '49', register: 'PRE_2025_07', currentProvince: { code: '48' } });
    const narrowed = await hub.query(
      `{ proceduresFollowUp(from: "2025-01-01", to: "2026-01-01", unitCode: "502", asOf: "2025-03-01", now: "2025-10-01T00:00:00+07:00") { id } }`,
      { token: leader48 },
    );
    expect(narrowed.data.proceduresFollowUp.map((d: any) => d.id)).toEqual([
      'H49.22-250201-0003',
      'H49.22-250310-0004',
      'H49.22-250210-0011',
      'H49.22-250110-0002',
    ]);
  });

  test('a token scoped to Nghệ An sees nothing of Quảng Nam / Đà Nẵng, and its own dossier', async () => {
    const contract = await hub.query(`{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2025-04-01") { received } } }`, {
      token: leader40,
    });
    expect(contract.data.commune.procedures).toBeNull();
    const list = await hub.query('{ proceduresFollowUp(from: "2025-01-01", to: "2026-01-01") { id } a: proceduresDossier(id: "H49.22-250105-0001") { id } }', {
      token: leader40,
    });
    expect(list.data).toEqual({ proceduresFollowUp: [], a: null });
    const own = await hub.query(
      '{ province(code: "40", asOf: "2025-08-01") { procedures(from: "2025-07-01", to: "2025-09-01") { received onTime onlineRate } } }',
      { token: leader40 },
    );
    expect(own.data.province.procedures).toEqual({ received: 1, onTime: 1, onlineRate: 1 });
    const other = await hub.query('{ province(code: "40", asOf: "2025-08-01") { procedures(from: "2025-07-01", to: "2025-09-01") { received } } }', {
      token: leader48,
    });
    expect(other.data.province.procedures).toBeNull();
  });

  test('the public gets no sector data', async () => {
    const r = await hub.query(
      `{ commune(code: "20335", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2025-04-01") { received resolved onTime late pending overdue withdrawn notAccepted online onTimeRate onlineRate } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.commune.procedures).toBeNull();
    const list = await hub.query('{ proceduresFollowUp(from: "2025-01-01", to: "2026-01-01") { id } proceduresDossier(id: "H49.22-250105-0001") { id } }');
    expect(list.data).toEqual({ proceduresFollowUp: [], proceduresDossier: null });
    const feeds = await hub.query('{ proceduresFeeds { feed } }');
    expect(feeds.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
