/**
 * Ingest speed of the procedures' main feed, end to end on the real database through runIngest
 * (the path every file, push and pull takes): the portal's JSONL export at two sizes, first as new
 * dossiers, then re-sent with half of them moved on (the duplicate-key path: one read per batch,
 * versions compared in the replace). Goal (issue 9): ≥ 20,000 records/s.
 * BENCH_DOSSIERS sets the sizes (default "20000,100000").
 */
import { Readable } from 'node:stream';
import { connectDatabase, databaseServer, runIngest } from '@ioc/kit';
import { dossierFeed } from '../src/connectors/dossiers-jsonl';

const sizes = (process.env.BENCH_DOSSIERS ?? '20000,100000').split(',').map(Number);
const communes = ['20335', '20341', '20398', '20194', '16663'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Dossier i as received, or (stage 1) resolved three weeks later. */
function line(i: number, stage: 0 | 1): string {
  const day = `2025-${pad(1 + (i % 6))}-${pad(1 + (i % 28))}`;
  return JSON.stringify({
    MaHoSo: `B-${pad(i, 7)}`,
    MaTTHC: `1.00${i % 900}`,
    TenTTHC: 'Thủ tục hành chính',
    MaLinhVuc: `1.0000${i % 40}`,
    TenLinhVuc: 'Lĩnh vực',
    CoQuanXuLy: 'UBND',
    MaDonViHanhChinh: communes[i % communes.length],
    NgayTiepNhan: `${day}T08:00:00+07:00`,
    NgayHenTra: `${day}T17:00:00+07:00`,
    NgayKetThuc: stage ? `${day}T16:00:00+07:00` : null,
    NgayCapNhat: `${day}T${stage ? '16' : '08'}:00:00+07:00`,
    TrangThai: stage ? 10 : 4,
    KenhNop: 1 + (i % 3),
    MucDo: null,
  });
}

/** 64 KiB chunks, as an HTTP body or a file stream arrives; generated lazily so memory stays flat. */
function* chunks(size: number, stageOf: (i: number) => 0 | 1 | null) {
  let buffer = '';
  for (let i = 0; i < size; i++) {
    const stage = stageOf(i);
    if (stage === null) continue;
    buffer += line(i, stage) + '\n';
    if (buffer.length >= 65536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

async function main() {
  const db = await connectDatabase('bench_procedures');
  const feed = dossierFeed(db.connection);
  for (const size of sizes) {
    await db.connection.dropDatabase();
    await feed.model.init();
    for (const [pass, stageOf, records] of [
      ['new', () => 0, size],
      ['half moved on', (i: number) => (i % 2 ? 1 : 0), size],
    ] as const) {
      const t0 = process.hrtime.bigint();
      const summary = await runIngest(db.connection, feed, Readable.from(chunks(size, stageOf as (i: number) => 0 | 1)));
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const firstReject = summary.rejected ? await db.connection.collection('rejects').findOne({}) : null;
      if (firstReject) console.error(`a reject: ${firstReject.reason}`);
      console.log(
        JSON.stringify({
          bench: 'procedures.dossiers.ingest',
          server: (await databaseServer()).kind,
          size,
          pass,
          records,
          seconds: Math.round(seconds * 100) / 100,
          perSecond: Math.round(records / seconds),
          goal: 20_000,
          summary,
          rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
        }),
      );
    }
  }
  await db.connection.dropDatabase();
  await db.close();
  await (await databaseServer()).stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
