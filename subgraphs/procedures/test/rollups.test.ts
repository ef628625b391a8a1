/**
 * The rollups kept at ingest against a recount from raw records, the work of a statistic against
 * the size of the raw data, the backward rule (today's codes counted on the old register) and
 * `series` (its periods add up to the whole range).
 */
import { startTestHub, type TestHub } from '@ioc/testing';
import { countDocumentsRead, recount, renewStamp, storedRollups, seededRandom } from '@ioc/kit';
import { procedures } from '../src';
import { dossierRollups } from '../src/rollups';
import { models, type DossierDoc } from '../src/models';
import { toDossier } from '../src/connectors/dossiers-jsonl';

jest.setTimeout(600_000);

let hub: TestHub;
let admin: string;
beforeAll(async () => {
  hub = await startTestHub([procedures], { fresh: ['procedures'], tag: 'rollups' });
  admin = await hub.token({ role: 'admin', scope: ['*'] });
});
afterAll(() => hub?.stop());

const conn = () => hub.subgraphs.procedures.db.connection;
const iso = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
const day = 86_400_000;

// Codes as sources send them: before the reform in the old register; after it in today's, or
// still old (legacy) codes. All lie in old province 49 (today 48).
const oldCodes = ['20335', '20341', '20347', '20398', '502', '49'];
const newCodes = ['20335', '20341', '20401', '48', '20347', '502'];

interface Line {
  MaHoSo: string;
  NgayCapNhat: string;
  [k: string]: unknown;
}

/** Months of 2025 the dossiers fall in: two before the reform, two after (kept few: ingest on a loaded test machine is slow). */
const months = [1, 2, 7, 8];

/**
 * Dossiers of 2025: `perCell` for every month (of `months`) × code of that month's register, each sent in 1–3
 * versions as it moves (accepted → in progress → resolved on time or late, withdrawn; or refused).
 */
function dossiers(seed: number, perCell: number, prefix: string): Line[][] {
  const rnd = seededRandom(seed);
  const out: Line[][] = [];
  for (const month of months) {
    for (const code of month < 7 ? oldCodes : newCodes) {
      for (let k = 0; k < perCell; k++) {
        const received = new Date(
          `2025-${String(month).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}T${String(rnd.int(7, 16)).padStart(2, '0')}:00:00+07:00`,
        );
        const due = new Date(received.getTime() + rnd.int(3, 20) * day);
        const base = {
          MaHoSo: `${prefix}-${month}-${code}-${k}`,
          MaTTHC: '1.001193',
          TenTTHC: 'Thủ tục đăng ký khai sinh',
          MaLinhVuc: rnd.pick(['1.000001', '1.000045']),
          TenLinhVuc: 'Lĩnh vực',
          CoQuanXuLy: rnd.pick(['UBND phường Tân Thạnh', 'Sở A.B $ | =']),
          MaDonViHanhChinh: code,
          NgayTiepNhan: iso(received),
          KenhNop: rnd.int(1, 3),
          MucDo: null,
        };
        const at = (days: number) => iso(new Date(received.getTime() + days * day));
        if (rnd.chance(0.1)) {
          out.push([{ ...base, TrangThai: 3, NgayHenTra: null, NgayKetThuc: null, NgayCapNhat: at(0.1) }]);
          continue;
        }
        const versions: Line[] = [{ ...base, TrangThai: 2, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: at(0.1) }];
        if (rnd.chance(0.6)) versions.push({ ...base, TrangThai: 4, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: at(1) });
        const end = rnd.next();
        if (end < 0.6) {
          const finished = new Date(due.getTime() + rnd.int(-2, 3) * day);
          versions.push({
            ...base,
            TrangThai: 10,
            NgayHenTra: iso(due),
            NgayKetThuc: iso(finished < received ? due : finished),
            NgayCapNhat: iso(new Date(Math.max(finished.getTime(), received.getTime()) + 3600_000)),
          });
        } else if (end < 0.7) {
          versions.push({ ...base, TrangThai: 7, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: at(2) });
        }
        out.push(versions);
      }
    }
  }
  return out;
}

/** Every version as a line, shuffled (versions arrive out of order), with some lines sent twice. */
function feedText(list: Line[][], seed: number): string[] {
  const rnd = seededRandom(seed);
  const lines = list
    .flat()
    .flatMap((l) => (rnd.chance(0.2) ? [l, l] : [l]))
    .map((l) => JSON.stringify(l));
  for (let i = lines.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines;
}

/** The newest version of each dossier, as the connector reads it: what the raw store should end with. */
const latest = (list: Line[][]) => list.map((versions) => toDossier([...versions].sort((a, b) => a.NgayCapNhat.localeCompare(b.NgayCapNhat)).at(-1)));

const base = dossiers(1, 1, 'B');

describe('rollups kept at ingest', () => {
  test('after a feed in three files with updates, duplicates and out-of-order versions, the rollups equal a recount from raw, figure by figure', async () => {
    const lines = feedText(base, 2);
    const third = Math.ceil(lines.length / 3);
    for (let i = 0; i < 3; i++) {
      const r = await hub.ingest('procedures', 'dossiers', lines.slice(i * third, (i + 1) * third).join('\n'));
      expect(r.status).toBe(200);
      expect(r.body.rejected).toBe(0);
    }
    // Re-sending the whole feed changes nothing.
    const again = await hub.ingest('procedures', 'dossiers', lines.join('\n'));
    expect(again.body.accepted).toBe(0);
    const stored = await storedRollups(conn());
    const raw = await models(conn()).Dossier.find({}).lean<DossierDoc[]>();
    expect(raw).toHaveLength(base.length);
    expect(stored).toEqual(recount(dossierRollups, raw));
    // And the same as the rollups of the newest versions computed without the database.
    expect(stored).toEqual(recount(dossierRollups, latest(base)));
  });

  test('series: on a province, a district and a commune of both registers, the periods add up to the whole range', async () => {
    const units = [
      'province(code: "49", asOf: "2025-03-01")',
      'district(code: "502", asOf: "2025-03-01")',
      'commune(code: "20335", asOf: "2025-03-01")',
      'province(code: "48")',
      'commune(code: "20335")',
      'commune(code: "20341")',
      'province(code: "48", asOf: "2025-03-01")',
    ];
    const figs = 'received notAccepted resolved onTime late pending overdue withdrawn online';
    const now = '2025-12-01T00:00:00+07:00';
    const q = units
      .map(
        (u, i) => `u${i}: ${u} { procedures(from: "2025-01-01", to: "2026-01-01", now: "${now}") { ${figs}
      months: series(from: "2025-01-01", to: "2026-01-01", every: MONTH) { from to ${figs} }
      weeks: series(from: "2025-01-01", to: "2026-01-01", every: WEEK) { from to received overdue }
      quarters: series(from: "2025-01-01", to: "2026-01-01", every: QUARTER) { from to received late } } }`,
      )
      .join('\n');
    const r = await hub.query(`{ ${q} }`, { token: admin });
    expect(r.errors).toBeUndefined();
    for (let i = 0; i < units.length; i++) {
      const p = r.data[`u${i}`].procedures;
      expect(p.received).toBeGreaterThan(0);
      expect(p.months).toHaveLength(12);
      expect(p.months[1]).toMatchObject({ from: '2025-02-01', to: '2025-03-01' });
      for (const k of figs.split(' ')) expect(p.months.reduce((s: number, m: any) => s + m[k], 0)).toBe(p[k]);
      expect(p.weeks.reduce((s: number, m: any) => s + m.received, 0)).toBe(p.received);
      expect(p.weeks.reduce((s: number, m: any) => s + m.overdue, 0)).toBe(p.overdue);
      expect(p.quarters.reduce((s: number, m: any) => s + m.late, 0)).toBe(p.late);
    }
    // Today's 48 holds old 49's dossiers and those sent for the new province as a whole (code 48),
    // which the backward rule gives to old 48 (the predecessor keeping the code), not to 49.
    expect(r.data.u3.procedures.received).toBe(r.data.u0.procedures.received + r.data.u6.procedures.received);
  });

  test("indicators carry the previous period's value", async () => {
    const r = await hub.query(
      '{ province(code: "48") { procedures(from: "2025-10-01", to: "2026-01-01", now: "2026-01-01T00:00:00+07:00") { indicators { code value previous } } } }',
      { token: admin },
    );
    const q3 = await hub.query(
      '{ province(code: "48") { procedures(from: "2025-07-01", to: "2025-10-01", now: "2026-01-01T00:00:00+07:00") { indicators { code value } } } }',
      { token: admin },
    );
    const before = Object.fromEntries(q3.data.province.procedures.indicators.map((i: any) => [i.code, i.value]));
    for (const i of r.data.province.procedures.indicators) expect(i.previous).toBe(before[i.code]);
    expect(Object.values(before).some((v) => v !== null)).toBe(true);
  });

  test('a statistics query reads the same number of documents when the raw records grow five-fold, and only the stamp when asked again', async () => {
    // The stamp and the rollup documents (kit countDocumentsRead: change records apart).
    const read = countDocumentsRead(conn());
    const query = async () => {
      const docsBefore = read();
      const before = hub.subgraphs.procedures.db.commands.count;
      const r = await hub.query(
        `{ old: province(code: "49", asOf: "2025-03-01") { procedures(from: "2025-01-01", to: "2026-01-01") { received overdue byField { code received } indicators { code previous } } }
        now: province(code: "48") { districts: communes { code procedures(from: "2025-07-01", to: "2026-01-01") { received } } } }`,
        { token: admin },
      );
      expect(r.errors).toBeUndefined();
      return { docs: read() - docsBefore, commands: hub.subgraphs.procedures.db.commands.count - before, received: r.data.old.procedures.received };
    };
    // The process keeps what it read, and takes its own writes of rollups as written (kit's
    // cache.ts): both queries compared come after an ingest and after the data changed "behind
    // its back" (a new epoch), so each reads what it needs from the database.
    const one = dossiers(2, 1, 'W');
    expect((await hub.ingest('procedures', 'dossiers', feedText(one, 4).join('\n'))).body.rejected).toBe(0);
    await renewStamp(conn(), { everything: true });
    const small = await query();
    // Nine dossiers more per month and code, in the same units and months (5.5 times as many).
    const more = dossiers(3, 9, 'X');
    const lines = feedText(more, 4);
    for (let i = 0; i < lines.length; i += 250) expect((await hub.ingest('procedures', 'dossiers', lines.slice(i, i + 250).join('\n'))).body.rejected).toBe(0);
    expect(await models(conn()).Dossier.countDocuments()).toBe(base.length + one.length + more.length);
    await renewStamp(conn(), { everything: true });
    const large = await query();
    expect(large.received).toBeGreaterThan(small.received * 4);
    expect(large.docs).toBe(small.docs);
    expect(large.commands).toBe(small.commands);
    // Asked again with nothing written since: each request to the subgraph (the gateway sends two)
    // reads the stamp alone, and the figures are the same.
    const again = await query();
    expect(again.received).toBe(large.received);
    expect(again.docs).toBe(again.commands);
    expect(again.commands).toBeLessThan(large.commands);
  });
});

describe('the backward rule (issue 8 item 3)', () => {
  // Four dossiers of Phường Tam Kỳ (20341), formed from An Mỹ 20341, An Xuân 20347 and Trường Xuân
  // 20353, all in old district 502 of old province 49: sent once with today's code (March 2026)
  // and once with the old communes' codes (April 2026).
  const hand = (month: string, codes: string[], prefix: string) =>
    codes
      .map((code, i) =>
        JSON.stringify({
          MaHoSo: `${prefix}-${i}`,
          MaTTHC: '1.001193',
          TenTTHC: 'Thủ tục đăng ký khai sinh',
          MaLinhVuc: '1.000001',
          TenLinhVuc: 'Hộ tịch',
          CoQuanXuLy: 'UBND phường Tam Kỳ',
          MaDonViHanhChinh: code,
          NgayTiepNhan: `2026-${month}-0${i + 1}T08:00:00+07:00`,
          NgayHenTra: `2026-${month}-1${i}T17:00:00+07:00`,
          NgayKetThuc: i % 2 ? `2026-${month}-2${i}T17:00:00+07:00` : null,
          NgayCapNhat: `2026-${month}-2${i}T17:00:00+07:00`,
          TrangThai: i % 2 ? 10 : 4,
          KenhNop: i === 0 ? 2 : 1,
          MucDo: null,
        }),
      )
      .join('\n');

  test("the same hand-made feed gives the same totals on old province 49, old district 502, today's 48 and 20341, whether its codes are old or new", async () => {
    expect((await hub.ingest('procedures', 'dossiers', hand('03', ['20341', '20341', '20341', '20341'], 'NEW'))).body.accepted).toBe(4);
    expect((await hub.ingest('procedures', 'dossiers', hand('04', ['20347', '20353', '20347', '20341'], 'OLD'))).body.accepted).toBe(4);
    const figs = 'received resolved late pending overdue online';
    const at = (month: string, next: string) => `procedures(from: "2026-${month}-01", to: "2026-${next}-01", now: "2026-06-01T00:00:00+07:00") { ${figs} }`;
    const units = ['province(code: "49", asOf: "2025-03-01")', 'district(code: "502", asOf: "2025-03-01")', 'province(code: "48")', 'commune(code: "20341")'];
    const r = await hub.query(`{ ${units.map((u, i) => `u${i}: ${u} { march: ${at('03', '04')} april: ${at('04', '05')} }`).join('\n')} }`, { token: admin });
    expect(r.errors).toBeUndefined();
    for (let i = 0; i < units.length; i++) {
      expect(r.data[`u${i}`].march).toEqual(r.data[`u${i}`].april);
      expect(r.data[`u${i}`].march).toMatchObject({ received: 4, resolved: 2, pending: 2 });
    }
  });
});
