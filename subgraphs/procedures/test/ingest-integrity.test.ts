/**
 * Ingest under concurrency, through the real push route: ten parallel pushes of overlapping feeds,
 * two processes of the subgraph on one database, an older and a newer version pushed at once — each
 * ends with exactly the records, the stored rollups and the figures of one push after another, and
 * those rollups equal a recount from the raw records. Also: a version dated
 * 9999-12-31 is a reject, and rejects and feed counts follow the caller's scope.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@ioc/testing';
import { recount, storedRollups } from '@ioc/kit';
import { procedures } from '../src';
import { dossierRollups } from '../src/rollups';

jest.setTimeout(900_000);

let hub: TestHub;
let replica: ChildProcess | undefined;
beforeAll(async () => {
  hub = await startTestHub([procedures], { fresh: ['procedures'], tag: 'integrity' });
});
afterAll(async () => {
  replica?.kill();
  await hub?.stop();
});

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Dossier `i` at stage 0 (received, pending) or 1 (resolved, a later update). */
function dossier(i: number, stage: 0 | 1, over: Record<string, unknown> = {}): string {
  const day = pad(1 + (i % 28));
  const received = `2025-02-${day}T08:00:00+07:00`;
  return JSON.stringify({
    MaHoSo: `T-${pad(i, 4)}`,
    MaTTHC: '1.001193',
    TenTTHC: 'Thủ tục đăng ký khai sinh',
    MaLinhVuc: '1.000001',
    TenLinhVuc: 'Hộ tịch',
    CoQuanXuLy: 'UBND phường Tân Thạnh',
    MaDonViHanhChinh: i % 5 === 0 ? '00001' : '20335',
    NgayTiepNhan: received,
    NgayHenTra: `2025-03-${day}T17:00:00+07:00`,
    NgayKetThuc: stage ? `2025-03-${day}T10:00:00+07:00` : null,
    NgayCapNhat: stage ? `2025-03-${day}T10:00:00+07:00` : received,
    TrangThai: stage ? 10 : 4,
    KenhNop: 2,
    MucDo: null,
    ...over,
  });
}

/** Ten files over 240 dossiers, each overlapping its neighbours, with both stages and a bad line each. */
const files = Array.from({ length: 10 }, (_, k) => {
  const lines = [];
  for (let i = k * 20; i < k * 20 + 60; i++) lines.push(dossier(i, (i + k) % 3 === 0 ? 1 : 0));
  lines.push(JSON.stringify({ MaHoSo: `BAD-${k}`, TrangThai: 99, MaDonViHanhChinh: k % 2 ? '20335' : '00001' }));
  return lines.join('\n');
});

async function snapshot() {
  const rows = await hub.subgraphs.procedures.db.connection
    .collection('dossiers')
    .find({}, { projection: { _hash: 1, _version: 1, status: 1 } })
    .sort({ _id: 1 })
    .toArray();
  const token = await hub.token({ role: 'leader', scope: ['*'] });
  const q = '(from: "2025-01-01", to: "2025-07-01") { received resolved pending }';
  const figures = await hub.query(
    `{ a: province(code: "49", asOf: "2025-03-01") { procedures${q} } b: province(code: "01", asOf: "2025-03-01") { procedures${q} } }`,
    { token },
  );
  expect(figures.errors).toBeUndefined();
  const rollups = await storedRollups(hub.subgraphs.procedures.db.connection);
  return { rows, rollups, figures: figures.data };
}

/** Everything the subgraph keeps (records, rejects, feed status, and any rollups) goes. */
const reset = () => hub.subgraphs.procedures.db.connection.dropDatabase();

async function pushTo(base: string, body: string) {
  const res = await fetch(`${base}/ingest/dossiers`, { method: 'POST', headers: { authorization: `Bearer ${process.env.HUB_INGEST_TOKEN}` }, body });
  return { status: res.status, body: await res.json() };
}
const mainBase = () => hub.subgraphs.procedures.url.replace(/\/graphql$/, '');

async function startReplica(): Promise<string> {
  const dbName = hub.subgraphs.procedures.db.connection.name;
  replica = spawn(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'replica.ts'), dbName], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    replica!.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) ok(m[1].replace(/\/graphql$/, ''));
    });
    replica!.on('exit', (code) => fail(new Error(`replica exited (${code})`)));
  });
}

let baseline: Awaited<ReturnType<typeof snapshot>>;

test('one push after another: the baseline (newest version of each dossier, rejects kept)', async () => {
  for (const f of files) {
    const r = await hub.ingest('procedures', 'dossiers', f);
    expect(r.status).toBe(200);
    expect(r.body.rejected).toBe(1);
  }
  baseline = await snapshot();
  expect(baseline.rows).toHaveLength(240);
  // A dossier sent resolved in any file is resolved, whatever the order the files came in.
  const resolvedIds = new Set<string>();
  files.forEach((_, k) => {
    for (let i = k * 20; i < k * 20 + 60; i++) if ((i + k) % 3 === 0) resolvedIds.add(`T-${pad(i, 4)}`);
  });
  expect(baseline.rows.filter((r) => r.status === 10).map((r) => r._id)).toEqual([...resolvedIds].sort());
  expect(baseline.figures.a.procedures.received + baseline.figures.b.procedures.received).toBe(240);

  // Re-sent, with every line twice and in reverse order (older versions after newer ones): nothing moves.
  const again = files[3].split('\n').reverse();
  const r = await hub.ingest('procedures', 'dossiers', [...again, ...again].join('\n'));
  expect(r.body.accepted).toBe(0);
  expect(await snapshot()).toEqual(baseline);
  // Counters kept batch by batch through updates equal a recount from the newest versions.
  const raw = await hub.subgraphs.procedures.db.connection.collection('dossiers').find({}).toArray();
  expect(baseline.rollups).toEqual(recount(dossierRollups, raw as never[]));
  expect(Object.keys(baseline.rollups).length).toBeGreaterThan(5);
});

test('ten parallel pushes of overlapping feeds: every push answered, same records and figures', async () => {
  await reset();
  const answers = await Promise.all(files.map((f) => hub.ingest('procedures', 'dossiers', f)));
  expect(answers.map((a) => a.status)).toEqual(files.map(() => 200));
  expect(answers.map((a) => a.body.rejected)).toEqual(files.map(() => 1));
  expect(await snapshot()).toEqual(baseline);
});

test('two processes of the subgraph on one database, overlapping feeds at once: same records and figures', async () => {
  await reset();
  const other = await startReplicaIfNeeded();
  const answers = await Promise.all(files.map((f, k) => pushTo(k % 2 ? other : mainBase(), f)));
  expect(answers.map((a) => a.status)).toEqual(files.map(() => 200));
  expect(await snapshot()).toEqual(baseline);
});

test('an older and a newer version pushed at once, through either process: the newer wins every time', async () => {
  const other = await startReplicaIfNeeded();
  for (let round = 0; round < 10; round++) {
    const i = 1000 + round;
    const older = dossier(i, 0);
    const newer = dossier(i, 1);
    const [a, b] = round % 2 ? [mainBase(), other] : [other, mainBase()];
    const answers = await Promise.all(round % 3 ? [pushTo(a, older), pushTo(b, newer)] : [pushTo(b, newer), pushTo(a, older)]);
    expect(answers.map((x) => x.status)).toEqual([200, 200]);
    const stored = await hub.subgraphs.procedures.db.connection.collection('dossiers').findOne({ _id: `T-${pad(i, 4)}` as any });
    expect(stored?.status).toBe(10);
  }
});

let replicaBase: Promise<string> | undefined;
const startReplicaIfNeeded = () => (replicaBase ??= startReplica());

test('a version dated 9999-12-31 is a reject naming the field and value, and changes nothing', async () => {
  const before = await hub.subgraphs.procedures.db.connection.collection('dossiers').findOne({ _id: 'T-0001' as any });
  const r = await hub.ingest('procedures', 'dossiers', dossier(1, 1, { NgayCapNhat: '9999-12-31T00:00:00+07:00', TrangThai: 7 }));
  expect(r.body).toEqual({ accepted: 0, rejected: 1, unchanged: 0 });
  const officer = await hub.token({ role: 'officer', scope: ['*'] });
  const rejects = await hub.query('{ proceduresRejects(first: 500) { field value reason } }', { token: officer });
  const far = rejects.data.proceduresRejects.find((x: any) => x.field === 'NgayCapNhat');
  expect(far.value).toContain('9999-12-31');
  expect(far.reason).toMatch(/^NgayCapNhat: "9999-12-31T00:00:00\+07:00" — .*tương lai/);
  expect(await hub.subgraphs.procedures.db.connection.collection('dossiers').findOne({ _id: 'T-0001' as any })).toEqual(before);
});

test("rejects and feed counts follow the caller's scope", async () => {
  await hub.ingest('procedures', 'dossiers', '{broken line');
  const q = '{ proceduresRejects(first: 500) { raw } proceduresFeeds { feed records rejects lastSummary { accepted } } }';
  const national = await hub.query(q, { token: await hub.token({ role: 'officer', scope: ['*'] }) });
  const quangNam = await hub.query(q, { token: await hub.token({ role: 'officer', scope: ['48'] }) });
  const haNoi = await hub.query(q, { token: await hub.token({ role: 'admin', scope: ['01'] }) });
  for (const r of [national, quangNam, haNoi]) expect(r.errors).toBeUndefined();
  const raws = (r: any) => r.data.proceduresRejects.map((x: any) => x.raw as string);
  // BAD-k name 20335 (today in 48) for odd k, 00001 (Hà Nội, 01) for even k; the broken line names no unit.
  expect(
    raws(quangNam)
      .filter((t: string) => t.includes('BAD-'))
      .sort(),
  ).toEqual([1, 3, 5, 7, 9].map((k) => expect.stringContaining(`BAD-${k}"`)));
  expect(raws(haNoi).filter((t: string) => t.includes('BAD-'))).toHaveLength(5);
  expect(raws(haNoi).some((t: string) => t.includes('"20335"'))).toBe(false);
  for (const r of [quangNam, haNoi]) expect(raws(r)).not.toContain('{broken line');
  expect(raws(national)).toContain('{broken line');
  expect(raws(national).length).toBeGreaterThan(raws(quangNam).length + raws(haNoi).length);

  const feed = (r: any) => r.data.proceduresFeeds[0];
  expect(feed(national).records).toBeGreaterThanOrEqual(240);
  expect(feed(national).lastSummary).not.toBeNull();
  expect(feed(national).rejects).toBe(raws(national).length);
  for (const r of [quangNam, haNoi]) {
    expect(feed(r).records).toBeNull();
    expect(feed(r).lastSummary).toBeNull();
    expect(feed(r).rejects).toBe(raws(r).length);
  }
  // Rejects stay for officers and admins, whatever their scope.
  const leader = await hub.query('{ proceduresRejects { raw } }', { token: await hub.token({ role: 'leader', scope: ['*'] }) });
  expect(leader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
