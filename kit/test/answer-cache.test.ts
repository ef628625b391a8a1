/**
 * The subgraphs' answer cache (kit http/answer-cache.ts) on real subgraphs and the real database:
 * a repeated query is served the same bytes after one read (the data stamp); every kind of write
 * (ingest of records, of rejects alone, a rebuild, a mutation) is seen by the next request; an
 * answer made from the clock is served only as long as it holds; each scope has its own answers;
 * mutations and audited reads are never kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { procedures, feeds as procedureFeeds } from '@ioc/procedures';
import { feedback } from '@ioc/feedback';
import { hubMetrics, rebuildRollups, signIdentity, toVietnamIso, todayInVietnam, addDays, type Identity, type RunningSubgraph } from '../src';

jest.setTimeout(600_000);

let hub: TestHub;
const leader48: Identity = { sub: 'leader48', role: 'leader', scope: ['48'] };
const leader40: Identity = { sub: 'leader40', role: 'leader', scope: ['40'] };
const officer: Identity = { sub: 'officer', role: 'officer', scope: ['*'] };

const fixture = (name: string) => readFileSync(join(__dirname, '../../subgraphs/procedures/test/fixtures', name), 'utf8');

beforeAll(async () => {
  hub = await startTestHub([procedures, feedback], { fresh: ['procedures', 'feedback'], tag: 'answers' });
  expect((await hub.ingest('procedures', 'dossiers', fixture('dossiers-initial.jsonl'))).status).toBe(200);
});
afterAll(() => hub?.stop());

/** One pending dossier of commune 20335 as the portal sends it (a JSON line), with `fields` over it. */
const dossier = (fields: Record<string, unknown>) =>
  JSON.stringify({
    MaTTHC: '1.001193',
    TenTTHC: 'Thủ tục đăng ký khai sinh',
    MaLinhVuc: '1.000001',
    TenLinhVuc: 'Hộ tịch',
    CoQuanXuLy: 'UBND phường Tân Thạnh',
    MaDonViHanhChinh: '20335',
    NgayHenTra: '2025-12-31T17:00:00+07:00',
    NgayKetThuc: null,
    TrangThai: 4,
    KenhNop: 2,
    MucDo: 'TOAN_TRINH',
    ...fields,
  });

/** A dossier received yesterday, still pending, due at `due` (epoch ms), sent a minute ago. */
const pendingDue = (id: string, due: number) =>
  dossier({
    MaHoSo: id,
    NgayTiepNhan: toVietnamIso(new Date(Date.now() - 86_400_000)),
    NgayHenTra: toVietnamIso(new Date(due)),
    NgayCapNhat: toVietnamIso(new Date(Date.now() - 60_000)),
  });

/** How a subgraph answered so far, by outcome (hit, kept, made). */
async function outcomes(service: string): Promise<Record<string, number>> {
  const { values } = await hubMetrics.keptAnswers().get();
  return Object.fromEntries(values.filter((v) => v.labels.service === service).map((v) => [String(v.labels.outcome), v.value]));
}

/**
 * One query sent to a subgraph as the gateway sends it (identity signed for this body, a fresh
 * nonce each time): the answer's text, the database commands it cost and how it was answered.
 */
async function ask(sub: RunningSubgraph, query: string, identity: Identity, variables: Record<string, unknown> = {}) {
  const body = JSON.stringify({ query, variables });
  const commands = sub.db.commands.count;
  const before = await outcomes(sub.name);
  const res = await fetch(sub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...signIdentity(identity, body) }, body });
  const text = await res.text();
  const after = await outcomes(sub.name);
  const how = (['hit', 'kept', 'made'] as const).find((o) => (after[o] ?? 0) > (before[o] ?? 0));
  return { status: res.status, text, json: JSON.parse(text), commands: sub.db.commands.count - commands, how };
}

const provinceStats = `query($from: Date!, $to: Date!, $now: DateTime) { _entities(representations: [{ __typename: "Province", register: FROM_2025_07, code: "48" }]) {
  ... on Province { procedures(from: $from, to: $to, now: $now) { received pending overdue } } } }`;
const fixedNow = { from: '2025-01-01', to: '2025-04-01', now: '2025-05-01T00:00:00+07:00' };
const figures = (r: { json: { data: { _entities: { procedures: Record<string, number> | null }[] } } }) => r.json.data._entities[0].procedures;

test('a repeated query is served the same bytes, after one database command (the stamp)', async () => {
  const sub = hub.subgraphs.procedures;
  const first = await ask(sub, provinceStats, leader48, fixedNow);
  expect(first.json.errors).toBeUndefined();
  expect(figures(first)!.received).toBeGreaterThan(0);
  const again = await ask(sub, provinceStats, leader48, fixedNow);
  expect(again.how).toBe('hit');
  expect(again.text).toBe(first.text);
  expect(again.commands).toBe(1);
});

test('a caller of another scope gets its own answer, never one kept for a wider scope', async () => {
  const sub = hub.subgraphs.procedures;
  await ask(sub, provinceStats, leader48, fixedNow);
  const other = await ask(sub, provinceStats, leader40, fixedNow);
  expect(other.how).not.toBe('hit');
  expect(figures(other)).toBeNull();
  // And the wider scope's own answer is still its own.
  expect(figures(await ask(sub, provinceStats, leader48, fixedNow))).not.toBeNull();
});

test('an ingest that changes records is seen by the next request', async () => {
  const sub = hub.subgraphs.procedures;
  const before = await ask(sub, provinceStats, leader48, fixedNow);
  expect((await ask(sub, provinceStats, leader48, fixedNow)).how).toBe('hit');
  const received = '2025-01-20T08:00:00+07:00';
  expect(
    (await hub.ingest('procedures', 'dossiers', dossier({ MaHoSo: 'H49.22-250120-0099', NgayTiepNhan: received, NgayCapNhat: received }))).body.accepted,
  ).toBe(1);
  const after = await ask(sub, provinceStats, leader48, fixedNow);
  expect(after.how).not.toBe('hit');
  expect(figures(after)!.received).toBe(figures(before)!.received + 1);
});

test("the feeds' status and rejects are made every time; a re-sent file that changes nothing keeps the kept answers", async () => {
  const sub = hub.subgraphs.procedures;
  const status = '{ proceduresFeeds { feed rejects lastOutcome lastSummary { accepted rejected unchanged } } }';
  const before = await ask(sub, status, officer);
  expect(before.how).toBe('made');
  const bad = ['{"MaHoSo": "BAD-1", "MaDonViHanhChinh": "20335"}', '{"MaHoSo": "BAD-2", "TrangThai": 99}'].join('\n');
  expect((await hub.ingest('procedures', 'dossiers', bad)).body).toMatchObject({ accepted: 0, rejected: 2 });
  const after = await ask(sub, status, officer);
  expect(after.how).toBe('made');
  expect(after.json.data.proceduresFeeds[0].rejects).toBe(before.json.data.proceduresFeeds[0].rejects + 2);
  expect(after.json.data.proceduresFeeds[0].lastSummary).toEqual({ accepted: 0, rejected: 2, unchanged: 0 });
  // A figure kept before the same file is sent again is still served: nothing it was made of changed.
  await ask(sub, provinceStats, leader48, fixedNow);
  expect((await hub.ingest('procedures', 'dossiers', fixture('dossiers-initial.jsonl'))).body).toMatchObject({ accepted: 0 });
  expect((await ask(sub, provinceStats, leader48, fixedNow)).how).toBe('hit');
});

test('a rebuild is seen by the next request (a write behind the kit writers is not, until then)', async () => {
  const sub = hub.subgraphs.procedures;
  const before = await ask(sub, provinceStats, leader48, fixedNow);
  const [feed] = procedureFeeds(sub.db.connection);
  // Outside every kit writer: neither the rollups nor the stamp know of it.
  expect((await feed.model.deleteOne({ _id: 'H49.22-250105-0001' })).deletedCount).toBe(1);
  const stale = await ask(sub, provinceStats, leader48, fixedNow);
  expect(stale.how).toBe('hit');
  expect(stale.text).toBe(before.text);
  await rebuildRollups(sub.db.connection, [feed]);
  const after = await ask(sub, provinceStats, leader48, fixedNow);
  expect(after.how).not.toBe('hit');
  expect(figures(after)!.received).toBe(figures(before)!.received - 1);
});

test('overdue on the request clock is served until the next due time passes, then made again', async () => {
  const sub = hub.subgraphs.procedures;
  const due = Date.now() + 12_000;
  expect((await hub.ingest('procedures', 'dossiers', pendingDue('H49.22-CLOCK-0001', due))).body.accepted).toBe(1);
  const today = todayInVietnam();
  const period = { from: addDays(today, -2), to: addDays(today, 2) };
  const first = await ask(sub, provinceStats, leader48, period);
  // Asked before the due time: not overdue yet, and the answer holds until then.
  expect(Date.now()).toBeLessThan(due);
  expect(figures(first)!.overdue).toBe(0);
  const again = await ask(sub, provinceStats, leader48, period);
  expect(again.how).toBe('hit');
  expect(again.text).toBe(first.text);
  await new Promise((r) => setTimeout(r, due + 50 - Date.now()));
  const later = await ask(sub, provinceStats, leader48, period);
  expect(later.how).not.toBe('hit');
  expect(figures(later)!.overdue).toBe(1);
});

test('alerts on the request clock: over a running period with an indicator in ALERT made on every request, over an ended one kept', async () => {
  const sub = hub.subgraphs.procedures;
  // Due an hour ago: overdue, so the overdue share is in ALERT.
  expect((await hub.ingest('procedures', 'dossiers', pendingDue('H49.22-CLOCK-0002', Date.now() - 3_600_000))).body.accepted).toBe(1);
  const today = todayInVietnam();
  const alerts = `query($from: Date!, $to: Date!) { _entities(representations: [{ __typename: "Province", register: FROM_2025_07, code: "48" }]) {
    ... on Province { procedures(from: $from, to: $to) { overdue alerts { code level time } } } } }`;
  const running = { from: addDays(today, -2), to: addDays(today, 2) };
  const first = await ask(sub, alerts, leader48, running);
  expect(first.json.data._entities[0].procedures.alerts.map((a: { code: string }) => a.code)).toContain('procedures.overdueShare');
  expect(first.how).toBe('made');
  expect((await ask(sub, alerts, leader48, running)).how).toBe('made');
  // A period that has ended: its indicators' alerts are timed at its end, and the list holds until a
  // dossier's days late grow or another falls due; kept until then.
  const ended = { from: '2025-01-01', to: '2025-04-01' };
  const made = await ask(sub, alerts, leader48, ended);
  const again = await ask(sub, alerts, leader48, ended);
  expect(again.how).toBe('hit');
  expect(again.text).toBe(made.text);
  // With `now` given, the same figures do not depend on the clock: kept.
  const fixed = { ...running, now: '2026-01-01T00:00:00+07:00' };
  const withNow = alerts
    .replace('procedures(from: $from, to: $to)', 'procedures(from: $from, to: $to, now: $now)')
    .replace('$to: Date!)', '$to: Date!, $now: DateTime)');
  await ask(sub, withNow, leader48, fixed);
  expect((await ask(sub, withNow, leader48, fixed)).how).toBe('hit');
});

describe('feedback', () => {
  const submit = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode status } }`;
  const input = { category: 'TRAFFIC', description: 'Ổ gà lớn giữa đường Phan Chu Trinh', communeCode: '20335' };
  const citizen: Identity = { sub: 'anonymous', role: 'public', scope: [], client: '203.0.113.9' };

  test('a mutation is never kept: the same one sent twice is carried out twice', async () => {
    const sub = hub.subgraphs.feedback;
    const one = await ask(sub, submit, citizen, { input });
    const two = await ask(sub, submit, citizen, { input });
    expect(one.how).toBe('made');
    expect(two.how).toBe('made');
    expect(two.json.data.submitFeedback.trackingCode).not.toBe(one.json.data.submitFeedback.trackingCode);
  });

  test('a read the subgraph audits (an officer reading a phone) is made and logged every time it is asked', async () => {
    const sub = hub.subgraphs.feedback;
    const withPhone = { ...input, phone: '0905123456' };
    const code = (await ask(sub, submit, { ...citizen, client: '203.0.113.11' }, { input: withPhone })).json.data.submitFeedback.trackingCode;
    const read = `query($code: String!) { feedback(trackingCode: $code) { phone } }`;
    const audit = sub.db.connection.collection('audit');
    const logged = await audit.countDocuments({ trackingCode: code });
    for (let i = 0; i < 2; i++) {
      const r = await ask(sub, read, officer, { code });
      expect(r.json.data.feedback.phone).toBe('0905123456');
      expect(r.how).toBe('made');
    }
    expect(await audit.countDocuments({ trackingCode: code })).toBe(logged + 2);
  });

  test('a mutation is seen by the next request', async () => {
    const sub = hub.subgraphs.feedback;
    const code = (await ask(sub, submit, { ...citizen, client: '203.0.113.10' }, { input })).json.data.submitFeedback.trackingCode;
    const track = `query($code: String!) { feedbackByCode(code: $code) { status } }`;
    expect((await ask(sub, track, citizen, { code })).json.data.feedbackByCode.status).toBe('RECEIVED');
    expect((await ask(sub, track, citizen, { code })).how).toBe('hit');
    const accepted = await ask(sub, `mutation($code: String!) { acceptFeedback(trackingCode: $code) { status } }`, officer, { code });
    expect(accepted.json.errors).toBeUndefined();
    const after = await ask(sub, track, citizen, { code });
    expect(after.how).not.toBe('hit');
    expect(after.json.data.feedbackByCode.status).toBe('ACCEPTED');
  });
});
