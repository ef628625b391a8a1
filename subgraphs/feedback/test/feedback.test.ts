/**
 * The feedback sector through the gateway: the public form, photos, the lifecycle by officers, public
 * tracking, the import of an existing system's export, statistics and alerts.
 * Fixtures: fixtures/reports-initial.jsonl (10 reports as below, 6 malformed lines) and
 * fixtures/reports-updates.jsonl (a newer version of C, an older version of A).
 *   commune 20335 (Tam Kỳ 502, Quảng Nam 49), Q1 2025: A traffic closed on time ★5, B traffic resolved
 *   late ★3, C environment in progress (overdue by April), D environment new (due 8 April), E refused;
 *   commune 20341 (502): F1–F3 urban infrastructure, assigned, within 100 m over three days (a hot spot);
 *   a point in Vinh (district 412, Nghệ An 40), no commune code: G traffic resolved ★4;
 *   new commune 20335, August 2025: H health resolved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { recount, storedRollups } from '@ioc/kit';
import { feedback } from '../src';
import { feedbackRollups } from '../src/rollups';
import type { FeedbackDoc } from '../src/models';
import { jpegWithLocation, pngWithLocation, gpsMarker, coordinates } from './images';

jest.setTimeout(600_000);

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

let hub: TestHub;
let officer48: string;
let officer40: string;
let leader48: string;

beforeAll(async () => {
  // Generous while the other tests submit; the rate-limit test narrows it.
  process.env.HUB_FEEDBACK_RATE_LIMIT = '1000/3600';
  // The test calls from loopback as a reverse proxy would: X-Forwarded-For names the client.
  hub = await startTestHub([feedback], { fresh: ['feedback'], tag: 'feedback', gateway: { trustedProxies: ['loopback'] } });
  [officer48, officer40, leader48] = await Promise.all([
    hub.token({ role: 'officer', scope: ['48'], sub: 'can-bo-48' }),
    hub.token({ role: 'officer', scope: ['40'], sub: 'can-bo-40' }),
    hub.token({ role: 'leader', scope: ['48'] }),
  ]);
});
afterAll(() => hub?.stop());

const b64 = (b: Buffer) => b.toString('base64');
const photoBase = () => hub.subgraphs.feedback.url.replace(/\/graphql$/, '');
const submit = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { trackingCode status unitCode register duplicateOf dueAt } }`;

async function send(input: Record<string, unknown>, token?: string) {
  return hub.query(submit, { variables: { input }, token });
}

describe('the public form', () => {
  let code: string;

  test('a report with a phone and two photos, no token: a tracking code, RECEIVED, placed in its commune', async () => {
    const r = await send({
      category: 'URBAN_INFRASTRUCTURE',
      description: 'Nắp cống bị vỡ trước trường tiểu học',
      communeCode: '20335',
      latitude: 15.5736,
      longitude: 108.474,
      phone: '0905 123 456',
      photos: [
        { contentType: 'image/jpeg', dataBase64: b64(jpegWithLocation().bytes) },
        { contentType: 'image/png', dataBase64: b64(pngWithLocation().bytes) },
      ],
    });
    expect(r.errors).toBeUndefined();
    code = r.data.submitFeedback.trackingCode;
    expect(code).toMatch(/^PA-\d{6}-[2-9A-Z]{6}$/);
    expect(r.data.submitFeedback).toMatchObject({ status: 'RECEIVED', unitCode: '20335', register: 'FROM_2025_07', duplicateOf: null });
    expect(new Date(r.data.submitFeedback.dueAt).getTime()).toBeGreaterThan(Date.now());
  });

  test('public tracking shows status history and photos, never the phone; photos round-trip without their location metadata', async () => {
    const r = await hub.query(
      `{ feedbackByCode(code: "${code}") { status statusName categoryName history { status at by } result photos { id contentType size url } } }`,
    );
    expect(r.errors).toBeUndefined();
    const f = r.data.feedbackByCode;
    expect(f).toMatchObject({ status: 'RECEIVED', statusName: 'Đã gửi', categoryName: 'Hạ tầng đô thị', result: null });
    expect(f.history).toEqual([{ status: 'RECEIVED', at: expect.any(String), by: null }]);
    expect(JSON.stringify(r.data)).not.toContain('905');
    const phone = await hub.query(`{ feedbackByCode(code: "${code}") { phone } }`);
    expect(phone.errors?.[0].message).toMatch(/phone/);
    expect(f.photos.map((p: any) => p.contentType)).toEqual(['image/jpeg', 'image/png']);
    const expected = [jpegWithLocation().withoutMetadata, pngWithLocation().withoutMetadata];
    for (const [i, p] of f.photos.entries()) {
      expect(p.url).toMatch(new RegExp(`/photos/${p.id}$`));
      const res = await fetch(`${photoBase()}/photos/${p.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(p.contentType);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.equals(expected[i])).toBe(true);
      expect(bytes.includes(Buffer.from(gpsMarker)) || bytes.includes(Buffer.from(coordinates))).toBe(false);
    }
    expect((await fetch(`${photoBase()}/photos/AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
  });

  test('a forged content type, a missing place and a bad phone are refused with the field named', async () => {
    const forged = await send({
      category: 'TRAFFIC',
      description: 'Ảnh giả mạo kiểu tệp',
      communeCode: '20335',
      photos: [{ contentType: 'image/jpeg', dataBase64: b64(pngWithLocation().bytes) }],
    });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.photos[0].contentType' } });
    const nowhere = await send({ category: 'TRAFFIC', description: 'Không có vị trí nào cả' });
    expect(nowhere.errors?.[0].message).toMatch(/input\.communeCode.*cần vị trí/);
    const outside = await send({ category: 'TRAFFIC', description: 'Ở ngoài ranh giới hub có', latitude: 10.77, longitude: 106.7 });
    expect(outside.errors?.[0].message).toMatch(/ngoài các ranh giới/);
    const phone = await send({ category: 'TRAFFIC', description: 'Số điện thoại sai dạng', communeCode: '20335', phone: '12345' });
    expect(phone.errors?.[0].message).toMatch(/input\.phone.*"12345"/);
    const ids = await hub.subgraphs.feedback.db.connection
      .db!.collection('feedback')
      .countDocuments({ description: { $in: ['Ảnh giả mạo kiểu tệp', 'Số điện thoại sai dạng'] } });
    expect(ids).toBe(0);
  });

  test('a point alone is placed in the district whose boundary holds it; a near duplicate is flagged', async () => {
    const first = await send({ category: 'ENVIRONMENT', description: 'Cá chết hàng loạt ven sông Bàn Thạch', latitude: 15.5801, longitude: 108.4802 });
    expect(first.errors).toBeUndefined();
    expect(first.data.submitFeedback).toMatchObject({ unitCode: '502', duplicateOf: null });
    const again = await send({ category: 'ENVIRONMENT', description: 'Nhiều cá chết nổi trên sông', latitude: 15.5805, longitude: 108.4806 });
    expect(again.data.submitFeedback.duplicateOf).toBe(first.data.submitFeedback.trackingCode);
    const otherCategory = await send({ category: 'TRAFFIC', description: 'Xe tải đỗ sai quy định ven sông', latitude: 15.5805, longitude: 108.4806 });
    expect(otherCategory.data.submitFeedback.duplicateOf).toBeNull();
  });
});

describe('the lifecycle', () => {
  let code: string;
  const move = (m: string, token: string) =>
    hub.query(`mutation { ${m} { trackingCode status agency result history { status by note } phone resultPhotos { contentType } } }`, { token });

  beforeAll(async () => {
    const r = await send({ category: 'TRAFFIC', description: 'Biển báo giao thông bị đổ', communeCode: '20335', phone: '0905999888' });
    code = r.data.submitFeedback.trackingCode;
  });

  test('an officer of another province and a leader are refused; an invalid step is refused', async () => {
    const other = await move(`acceptFeedback(trackingCode: "${code}")`, officer40);
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const leader = await move(`acceptFeedback(trackingCode: "${code}")`, leader48);
    expect(leader.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const anon = await hub.query(`mutation { acceptFeedback(trackingCode: "${code}") { status } }`);
    expect(anon.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const skip = await move(`resolveFeedback(trackingCode: "${code}", result: "Xong")`, officer48);
    expect(skip.errors?.[0].message).toMatch(/"Đã gửi", không chuyển sang "Đã xử lý"/);
    const track = await hub.query(`{ feedbackByCode(code: "${code}") { status history { status } } }`);
    expect(track.data.feedbackByCode).toEqual({ status: 'RECEIVED', history: [{ status: 'RECEIVED' }] });
  });

  test('accepted → assigned → in progress → resolved with a photo → closed, by an officer in scope, each step with who and when', async () => {
    for (const m of [
      `acceptFeedback(trackingCode: "${code}")`,
      `assignFeedback(trackingCode: "${code}", agency: "Ban Quản lý dự án giao thông Tam Kỳ")`,
      `startFeedback(trackingCode: "${code}")`,
      `resolveFeedback(trackingCode: "${code}", result: "Đã dựng lại biển báo", photos: [{ contentType: "image/png", dataBase64: "${b64(pngWithLocation().bytes)}" }])`,
      `closeFeedback(trackingCode: "${code}")`,
    ]) {
      const r = await move(m, officer48);
      expect(r.errors).toBeUndefined();
    }
    const officerView = await hub.query(
      `{ feedback(trackingCode: "${code}") { status agency result phone history { status by at note } resultPhotos { contentType size } } }`,
      { token: officer48 },
    );
    expect(officerView.errors).toBeUndefined();
    const f = officerView.data.feedback;
    expect(f).toMatchObject({ status: 'CLOSED', agency: 'Ban Quản lý dự án giao thông Tam Kỳ', result: 'Đã dựng lại biển báo', phone: '0905999888' });
    expect(f.history.map((s: any) => s.status)).toEqual(['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
    expect(f.history.map((s: any) => s.by)).toEqual(['citizen', 'can-bo-48', 'can-bo-48', 'can-bo-48', 'can-bo-48', 'can-bo-48']);
    const times = f.history.map((s: any) => new Date(s.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(f.resultPhotos).toEqual([{ contentType: 'image/png', size: pngWithLocation().withoutMetadata.length }]);
    // The phone read was audit-logged.
    const audit = await hub.subgraphs.feedback.db.connection.db!.collection('audit').find({ trackingCode: code }).toArray();
    expect(audit.map((a) => a.sub)).toContain('can-bo-48');
    // Public tracking: the whole history and the result, no one's name or phone.
    const pub = await hub.query(`{ feedbackByCode(code: "${code}") { status result history { status by } } }`);
    expect(pub.data.feedbackByCode.result).toBe('Đã dựng lại biển báo');
    expect(pub.data.feedbackByCode.history.every((s: any) => s.by === null)).toBe(true);
    const leaderView = await hub.query(`{ feedback(trackingCode: "${code}") { phone } }`, { token: leader48 });
    expect(leaderView.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  test('the citizen rates once, 1–5, with the code', async () => {
    const bad = await hub.query(`mutation { rateFeedback(trackingCode: "${code}", rating: 6) { rating } }`);
    expect(bad.errors?.[0].message).toMatch(/rating.*1 đến 5/);
    const ok = await hub.query(`mutation { rateFeedback(trackingCode: "${code}", rating: 4) { rating } }`);
    expect(ok.data.rateFeedback.rating).toBe(4);
    const twice = await hub.query(`mutation { rateFeedback(trackingCode: "${code}", rating: 1) { rating } }`);
    expect(twice.errors?.[0].message).toMatch(/đã được đánh giá 4\/5/);
  });

  test('refused with a reason', async () => {
    const r = await send({ category: 'OTHER', description: 'Nội dung không rõ ràng để xử lý', communeCode: '20335' });
    const c = r.data.submitFeedback.trackingCode;
    const refused = await move(`refuseFeedback(trackingCode: "${c}", reason: INSUFFICIENT, note: "Không đủ thông tin vị trí")`, officer48);
    expect(refused.errors).toBeUndefined();
    const pub = await hub.query(`{ feedbackByCode(code: "${c}") { status refusalReason history { status } } }`);
    expect(pub.data.feedbackByCode).toEqual({ status: 'REFUSED', refusalReason: 'INSUFFICIENT', history: [{ status: 'RECEIVED' }, { status: 'REFUSED' }] });
    const officer = await hub.query(`{ feedback(trackingCode: "${c}") { history { status note } } }`, { token: officer48 });
    expect(officer.data.feedback.history[1]).toEqual({ status: 'REFUSED', note: 'thiếu thông tin: Không đủ thông tin vị trí' });
  });
});

describe('import and statistics', () => {
  const figs = 'received refused resolved onTime late pending overdue rated satisfaction';
  const q1 = `from: "2025-01-01", to: "2025-04-01", now: "2025-04-02T00:00:00+07:00"`;

  test("the existing system's export: 10 reports in, 6 malformed lines kept as rejects with reasons; re-sending changes nothing", async () => {
    const r = await hub.ingest('feedback', 'reports', fixture('reports-initial.jsonl'));
    expect(r.body).toEqual({ accepted: 10, rejected: 6, unchanged: 0 });
    const again = await hub.ingest('feedback', 'reports', fixture('reports-initial.jsonl'));
    expect(again.body).toEqual({ accepted: 0, rejected: 6, unchanged: 10 });
    // Rejects are scoped like records; one without a readable unit is for the whole-country scope.
    const rejects = await hub.query(`{ feedbackRejects(first: 20) { field value reason } }`, { token: await hub.token({ role: 'admin', scope: ['*'] }) });
    const fields = rejects.data.feedbackRejects.map((x: any) => x.field);
    for (const f of ['LinhVuc', 'MaXaPhuong', 'DanhGia', 'ThoiGianXuLy']) expect(fields).toContain(f);
    const stored = await hub.subgraphs.feedback.db.connection.db!.collection('feedback').findOne({ _id: 'PAHT-2025-0001' as never });
    expect(stored!.phone).toBeNull();
    expect(JSON.stringify(stored)).not.toContain('0905123456');
  });

  test("the contract: commune 20335, district 502, province 49 of the old register; 48 and 20335 of today's", async () => {
    const r = await hub.query(
      `{
      c: commune(code: "20335", asOf: "2025-03-01") { feedback(${q1}) { ${figs} } }
      d: district(code: "502", asOf: "2025-03-01") { feedback(${q1}) { ${figs} } }
      p: province(code: "49", asOf: "2025-03-01") { feedback(${q1}) { ${figs} } }
      p48: province(code: "48") { feedback(${q1}) { ${figs} } }
      c48: commune(code: "20335") { feedback(${q1}) { received } later: feedback(from: "2025-07-01", to: "2025-10-01") { received resolved } }
      nghean: district(code: "412", asOf: "2025-03-01") { feedback(${q1}) { received resolved satisfaction } }
    }`,
      { token: await hub.token({ role: 'leader', scope: ['*'] }) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.c.feedback).toEqual({ received: 5, refused: 1, resolved: 2, onTime: 1, late: 1, pending: 2, overdue: 1, rated: 2, satisfaction: 4 });
    expect(r.data.d.feedback).toEqual({ received: 8, refused: 1, resolved: 2, onTime: 1, late: 1, pending: 5, overdue: 4, rated: 2, satisfaction: 4 });
    expect(r.data.p.feedback).toEqual(r.data.d.feedback);
    expect(r.data.p48.feedback).toEqual(r.data.p.feedback);
    expect(r.data.c48.feedback.received).toBe(5);
    expect(r.data.c48.later).toEqual({ received: 1, resolved: 1 });
    expect(r.data.nghean.feedback).toEqual({ received: 1, resolved: 1, satisfaction: 4 });
  });

  test('by category and agency, indicators, a hot spot and overdue alerts', async () => {
    const r = await hub.query(
      `{ district(code: "502", asOf: "2025-03-01") { feedback(${q1}) {
      byCategory { code name received resolved } byAgency { code received }
      indicators { code value status } alerts { code level link title } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data.district.feedback;
    expect(s.byCategory[0]).toEqual({ code: 'URBAN_INFRASTRUCTURE', name: 'Hạ tầng đô thị', received: 4, resolved: 0 });
    expect(s.byCategory.find((c: any) => c.code === 'TRAFFIC')).toMatchObject({ received: 2, resolved: 2 });
    expect(s.byAgency[0]).toEqual({ code: 'Công ty Công trình đô thị Tam Kỳ', received: 3 });
    expect(s.indicators.find((i: any) => i.code === 'feedback.onTimeRate')).toMatchObject({ value: 50, status: 'ALERT' });
    const hot = s.alerts.filter((a: any) => a.code === 'feedback.hotSpot');
    expect(hot).toHaveLength(1);
    expect(hot[0].title).toMatch(/3 phản ánh/);
    expect(
      s.alerts
        .filter((a: any) => a.code === 'feedback.overdue')
        .map((a: any) => a.link)
        .sort(),
    ).toEqual(['feedback:PAHT-2025-0003', 'feedback:PAHT-2025-0010', 'feedback:PAHT-2025-0011', 'feedback:PAHT-2025-0012']);
  });

  test('each indicator carries its value over the month before, as that month answers it', async () => {
    const ask = (from: string, to: string) => `feedback(from: "${from}", to: "${to}", now: "2025-04-02T00:00:00+07:00") { indicators { code value previous } }`;
    const r = await hub.query(
      `{ district(code: "502", asOf: "2025-03-01") { march: ${ask('2025-03-01', '2025-04-01')} february: ${ask('2025-02-01', '2025-03-01')} } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const { march, february } = r.data.district;
    expect(march.indicators.map((i: any) => [i.code, i.previous])).toEqual(february.indicators.map((i: any) => [i.code, i.value]));
    expect(february.indicators.some((i: any) => i.value !== null)).toBe(true);
  });

  test('a monthly series of the quarter adds up to the quarter', async () => {
    const r = await hub.query(
      `{ district(code: "502", asOf: "2025-03-01") { feedback(${q1}) { received resolved late overdue
      series(from: "2025-01-01", to: "2025-04-01", every: MONTH) { from to received resolved late overdue } } } }`,
      { token: leader48 },
    );
    expect(r.errors).toBeUndefined();
    const f = r.data.district.feedback;
    expect(f.series.map((p: any) => p.from)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    for (const k of ['received', 'resolved', 'late', 'overdue']) expect(f.series.reduce((n: number, p: any) => n + p[k], 0)).toBe(f[k]);
    expect(f.series.map((p: any) => p.received)).toEqual([2, 2, 4]);
  });

  test('the public and callers scoped elsewhere get null figures', async () => {
    const q = `{ commune(code: "20335", asOf: "2025-03-01") { feedback(${q1}) { received } } }`;
    expect((await hub.query(q)).data.commune.feedback).toBeNull();
    expect((await hub.query(q, { token: officer40 })).data.commune.feedback).toBeNull();
  });

  test('a newer export of C wins, an older one of A does not overwrite', async () => {
    const r = await hub.ingest('feedback', 'reports', fixture('reports-updates.jsonl'));
    expect(r.body).toEqual({ accepted: 1, rejected: 0, unchanged: 1 });
    const t = await hub.query(`{ a: feedbackByCode(code: "PAHT-2025-0001") { status } c: feedbackByCode(code: "PAHT-2025-0003") { status result } }`);
    expect(t.data).toEqual({ a: { status: 'CLOSED' }, c: { status: 'RESOLVED', result: 'Đã thu gom' } });
    const s = await hub.query(`{ commune(code: "20335", asOf: "2025-03-01") { feedback(${q1}) { resolved late overdue } } }`, { token: leader48 });
    expect(s.data.commune.feedback).toEqual({ resolved: 3, late: 2, overdue: 0 });
  });

  test('an imported report is handled in its own system', async () => {
    const r = await hub.query(`mutation { acceptFeedback(trackingCode: "PAHT-2025-0004") { status } }`, { token: officer48 });
    expect(r.errors?.[0].message).toMatch(/nguồn reports/);
  });

  test("the officers' list: newest first, within scope, by unit and by status (as the last export moved it)", async () => {
    const q = async (args: string, token?: string) => {
      const r = await hub.query(`{ feedbackReports(from: "2025-01-01", to: "2025-04-01"${args}) { trackingCode status } }`, { token });
      return r.errors ? r.errors : r.data.feedbackReports.map((f: any) => `${f.trackingCode} ${f.status}`);
    };
    expect(await q('', leader48)).toEqual([
      'PAHT-2025-0004 RECEIVED',
      'PAHT-2025-0012 ASSIGNED',
      'PAHT-2025-0011 ASSIGNED',
      'PAHT-2025-0010 ASSIGNED',
      'PAHT-2025-0005 REFUSED',
      'PAHT-2025-0003 RESOLVED',
      'PAHT-2025-0002 RESOLVED',
      'PAHT-2025-0001 CLOSED',
    ]);
    expect(await q(', first: 2', leader48)).toEqual(['PAHT-2025-0004 RECEIVED', 'PAHT-2025-0012 ASSIGNED']);
    expect(await q(', unitCode: "20335", asOf: "2025-03-01", status: RESOLVED', leader48)).toEqual(['PAHT-2025-0003 RESOLVED', 'PAHT-2025-0002 RESOLVED']);
    expect(await q('', officer40)).toEqual(['PAHT-2025-0020 RESOLVED']);
    expect(await q(', unitCode: "502", asOf: "2025-03-01"', officer40)).toEqual([]);
    expect((await q(''))[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  test('the public list of resolved reports of a district, newest resolution first', async () => {
    const r = await hub.query(`{ resolvedFeedback(unitCode: "502", asOf: "2025-03-01") { trackingCode status result photos { url } } }`);
    expect(r.errors).toBeUndefined();
    // Old district 502 also lists the reports of today's communes it held, as its statistics count
    // them: H (new 20335, August 2025) and the form's report the lifecycle test closed today.
    const codes = r.data.resolvedFeedback.map((f: any) => f.trackingCode);
    expect(codes).toHaveLength(5);
    expect(codes[0]).toMatch(/^PA-\d{6}-/);
    expect(codes.slice(1)).toEqual(['PAHT-2025-0030', 'PAHT-2025-0003', 'PAHT-2025-0002', 'PAHT-2025-0001']);
    expect(JSON.stringify(r.data)).not.toContain('0905');
  });

  test("a province's districts in one query: reads by rollup document, as many as districts × months at most, whatever the reports", async () => {
    const before = hub.subgraphs.feedback.db.commands.count;
    const r = await hub.query(`{ province(code: "49", asOf: "2025-03-01") { districts { code feedback(${q1}) { received } } } }`, { token: leader48 });
    expect(r.errors).toBeUndefined();
    // One month document per district and month of the period, all read by _id in one $in (none
    // when the process keeps them all: kit's cache.ts), after the rollups' stamp and, when the
    // stamp moved on since the process last read it, the change records of the writes between.
    expect(hub.subgraphs.feedback.db.commands.count - before).toBeLessThanOrEqual(3);
    const total = r.data.province.districts.reduce((s: number, d: any) => s + d.feedback.received, 0);
    expect(total).toBe(8);
  });
});

describe('rollups', () => {
  test("after forms, officers' steps, ratings, imports and re-imports, the stored counters are a recount of the reports", async () => {
    const conn = hub.subgraphs.feedback.db.connection;
    const reports = (await conn.db!.collection('feedback').find({}).toArray()) as unknown as FeedbackDoc[];
    expect(reports.length).toBeGreaterThan(15);
    expect(await storedRollups(conn)).toEqual(recount(feedbackRollups, reports));
  });
});

describe('abuse', () => {
  test('the per-client rate limit holds, per client named by the trusted proxy: the next submission in the window is refused with RATE_LIMITED', async () => {
    // A window width no other test uses: a fresh counter.
    process.env.HUB_FEEDBACK_RATE_LIMIT = '3/7201';
    const from = (client: string) =>
      fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query: submit, variables: { input: { category: 'OTHER', description: 'Kiểm tra giới hạn gửi', communeCode: '20335' } } }),
      }).then((r) => r.json() as Promise<{ errors?: { message: string; extensions: { code: string } }[] }>);
    try {
      for (let i = 0; i < 3; i++) expect((await from('203.0.113.5')).errors).toBeUndefined();
      const over = await from('203.0.113.5');
      expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(over.errors?.[0].message).toMatch(/tối đa 3 phản ánh/);
      // Another citizen behind the same proxy is not held back by the first one.
      expect((await from('203.0.113.6')).errors).toBeUndefined();
    } finally {
      process.env.HUB_FEEDBACK_RATE_LIMIT = '1000/3600';
    }
  });

  test('a body over the limit is refused before it is read whole', async () => {
    const huge = 'A'.repeat(1_100_000);
    const r = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: submit, variables: { input: { category: 'OTHER', description: huge } } }),
    });
    expect(r.status).toBe(413);
  });
});
