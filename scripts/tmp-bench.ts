import { Readable } from 'node:stream';
import { seededRandom, runIngest, connectDatabase, databaseServer } from '../kit/src';
import { dossierFeed } from '../subgraphs/procedures/src/connectors/dossiers-jsonl';
const iso = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
const day = 86_400_000;
const oldCodes = ['20335', '20341', '20347', '20398', '502', '49'];
const newCodes = ['20335', '20341', '20401', '48', '20347', '502'];

interface Line { MaHoSo: string; NgayCapNhat: string; [k: string]: unknown }

/**
 * Dossiers of 2025: `perCell` for every month × code of that month's register, each sent in 1–3
 * versions as it moves (accepted → in progress → resolved on time or late, withdrawn; or refused).
 */
function dossiers(seed: number, perCell: number, prefix: string): Line[][] {
  const rnd = seededRandom(seed);
  const out: Line[][] = [];
  for (let month = 1; month <= 12; month++) {
    for (const code of month < 7 ? oldCodes : newCodes) {
      for (let k = 0; k < perCell; k++) {
        const received = new Date(`2025-${String(month).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}T${String(rnd.int(7, 16)).padStart(2, '0')}:00:00+07:00`);
        const due = new Date(received.getTime() + rnd.int(3, 20) * day);
        const base = {
          MaHoSo: `${prefix}-${month}-${code}-${k}`, MaTTHC: '1.001193', TenTTHC: 'Thủ tục đăng ký khai sinh',
          MaLinhVuc: rnd.pick(['1.000001', '1.000045']), TenLinhVuc: 'Lĩnh vực', CoQuanXuLy: rnd.pick(['UBND phường Tân Thạnh', 'Sở A.B $ | =']),
          MaDonViHanhChinh: code, NgayTiepNhan: iso(received), KenhNop: rnd.int(1, 3), MucDo: null,
        };
        const at = (days: number) => iso(new Date(received.getTime() + days * day));
        if (rnd.chance(0.1)) { out.push([{ ...base, TrangThai: 3, NgayHenTra: null, NgayKetThuc: null, NgayCapNhat: at(0.1) }]); continue; }
        const versions: Line[] = [{ ...base, TrangThai: 2, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: at(0.1) }];
        if (rnd.chance(0.6)) versions.push({ ...base, TrangThai: 4, NgayHenTra: iso(due), NgayKetThuc: null, NgayCapNhat: at(1) });
        const end = rnd.next();
        if (end < 0.6) {
          const finished = new Date(due.getTime() + rnd.int(-2, 3) * day);
          versions.push({ ...base, TrangThai: 10, NgayHenTra: iso(due), NgayKetThuc: iso(finished < received ? due : finished), NgayCapNhat: iso(new Date(Math.max(finished.getTime(), received.getTime()) + 3600_000)) });
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
  const lines = list.flat().flatMap((l) => (rnd.chance(0.2) ? [l, l] : [l])).map((l) => JSON.stringify(l));
  for (let i = lines.length - 1; i > 0; i--) { const j = rnd.int(0, i); [lines[i], lines[j]] = [lines[j], lines[i]]; }
  return lines;
}

/** The newest version of each dossier, as the connector reads it: what the raw store should end with. */
async function main() {
  (await import('mongoose')).default.set('debug', (coll: string, method: string) => console.log(new Date().toISOString().slice(11, 23), coll, method));
  const per = Number(process.argv[2] ?? 10);
  for (const withRollups of [false]) {
    const db = await connectDatabase(`bench_rollups_${withRollups ? 1 : 0}`);
    await db.connection.dropDatabase();
    const feed = dossierFeed(db.connection);
    if (!withRollups) delete feed.onAccepted;
    let inHook = 0; let calls = 0;
    const hook = feed.onAccepted;
    if (hook) feed.onAccepted = async (c) => { const t0 = Date.now(); await hook(c); inHook += Date.now() - t0; calls++; console.log(`hook call ${calls}: ${c.length} changes ${Date.now() - t0} ms`); };
    await feed.model.init();
    const lines = feedText(dossiers(5, per, 'P'), 6);
    const t = Date.now();
    const s = await runIngest(db.connection, feed, Readable.from([lines.join('\n')]));
    const ms = Date.now() - t;
    console.log(`hook ${inHook} ms in ${calls} calls; rollups=${withRollups} lines=${lines.length} ${JSON.stringify(s)} ${ms} ms → ${Math.round(lines.length / ms * 1000)} lines/s; commands ${JSON.stringify(db.commands.byName)}`);
    await db.connection.dropDatabase();
    await db.close();
  }
  await (await databaseServer()).stop();
}
main();
