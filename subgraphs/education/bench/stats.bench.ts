/**
 * Education at two sizes: ingest speed of the enrolment feed (schools and teachers loaded first)
 * through runIngest with the rollup bookkeeping, and the latency of a province's and its districts'
 * statistics read from the rollups. BENCH_EDU_SCHOOLS sets the smaller size (default 300; the
 * second run is 10×). Figures printed as one JSON line per size.
 */
import { Readable } from 'node:stream';
import { connectDatabase, databaseServer, runIngest, rollupReader, unitRegisters, type Identity } from '@ioc/kit';
import { feeds } from '../src';
import { computeStats } from '../src/stats';

const base = Number(process.env.BENCH_EDU_SCHOOLS ?? 300);
const admin: Identity = { sub: 'bench', role: 'admin', scope: ['*'] };

function files(n: number) {
  const communes = unitRegisters().list('PRE_2025_07', 'COMMUNE').filter((c) => c.province === '49');
  const schools = ['MaTruong,TenTruong,CapHoc,LoaiHinh,MaXa,DatChuanQuocGia'];
  const enrolment = ['MaTruong,NamHoc,Khoi,SoLop,SoHocSinh,SoHocSinhNu,NgayCapNhat'];
  const teachers = ['MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan,NgayCapNhat'];
  for (let i = 0; i < n; i++) {
    const code = `B${String(i).padStart(6, '0')}`;
    schools.push(`${code},Trường Tiểu học ${i},TH,CONG_LAP,${communes[i % communes.length].code},${i % 2}`);
    for (const year of ['2022-2023', '2023-2024', '2024-2025']) {
      for (let g = 1; g <= 5; g++) enrolment.push(`${code},${year},${g},${2 + (i % 3)},${60 + (i % 30)},${30 + (i % 10)},2024-09-20`);
      teachers.push(`${code},${year},${8 + (i % 5)},${7 + (i % 5)},2024-09-20`);
    }
  }
  return { schools: schools.join('\n'), enrolment: enrolment.join('\n'), teachers: teachers.join('\n'), rows: enrolment.length - 1 };
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function run(n: number) {
  const db = await connectDatabase('bench_education');
  await db.connection.dropDatabase();
  const [schoolsFeed, enrolmentFeed, teachersFeed] = feeds(db.connection);
  for (const f of [schoolsFeed, enrolmentFeed, teachersFeed]) await f.model.init();
  const text = files(n);
  await runIngest(db.connection, schoolsFeed, Readable.from([text.schools]));
  await runIngest(db.connection, teachersFeed, Readable.from([text.teachers]));
  let t0 = process.hrtime.bigint();
  await runIngest(db.connection, enrolmentFeed, Readable.from([text.enrolment]));
  const ingestMs = ms(t0);
  const districts = unitRegisters().list('PRE_2025_07', 'DISTRICT').filter((d) => d.province === '49');
  const latencies: number[] = [];
  for (let k = 0; k < 5; k++) {
    t0 = process.hrtime.bigint();
    const reader = rollupReader(db.connection, admin);
    const asks = [{ register: 'PRE_2025_07', level: 'PROVINCE', code: '49' }, ...districts.map((d) => ({ register: 'PRE_2025_07', level: 'DISTRICT', code: d.code }))]
      .map((unit) => reader.load({ unit: unit as never, buckets: ['2024-2025', '2023-2024'] }).then(([t]) => computeStats('2024-2025', t)));
    const out = await Promise.all(asks);
    if (out[0].schools !== n) throw new Error(`expected ${n} schools, got ${out[0].schools}`);
    latencies.push(ms(t0));
  }
  latencies.sort((a, b) => a - b);
  console.log(JSON.stringify({ bench: 'education.stats', schools: n, enrolmentRows: text.rows, ingestPerSecond: Math.round(text.rows / (ingestMs / 1000)), provinceAndDistrictsMs: { p50: Math.round(latencies[2]), max: Math.round(latencies[4]) } }));
  await db.connection.dropDatabase();
  await db.close();
}

async function main() {
  await run(base);
  await run(base * 10);
  await (await databaseServer()).stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
