/**
 * Ingest speed of position reports, end to end: NMEA text → decoder → validation → batched upserts
 * on the real database, through runIngest (the path every file, push and pull takes).
 * Goal (issue): ≥ 20,000 reports/s. BENCH_VESSEL_REPORTS sets the size (default 50,000).
 */
import { Readable } from 'node:stream';
import { connectDatabase, databaseServer, runIngest } from '@ioc/kit';
import { models } from '../src/models';
import { positionsFeed } from '../src/connectors/positions';
import { longRangeReport, positionReport } from '../src/connectors/ais-encode';

const total = Number(process.env.BENCH_VESSEL_REPORTS ?? 50_000);
const fleetSize = 500;

function reports(): string[] {
  const start = Date.parse('2025-09-01T00:00:00+07:00');
  const lines: string[] = [];
  for (let i = 0; i < total; i++) {
    const vessel = i % fleetSize;
    const fix = {
      mmsi: 574_300_000 + vessel,
      at: new Date(start + Math.floor(i / fleetSize) * 600_000),
      lat: 15 + (i % 97) / 100,
      lon: 108.5 + (i % 89) / 100,
      speed: i % 9,
      course: i % 360,
      status: 7,
    };
    lines.push(vessel % 2 ? positionReport(fix) : longRangeReport(fix));
  }
  return lines;
}

async function main() {
  const lines = reports();
  const db = await connectDatabase('bench_vessels');
  await db.connection.dropDatabase();
  const feed = positionsFeed(models(db.connection), db.connection);
  await feed.model.init();
  // 64 KiB chunks, as an HTTP body or file stream would arrive.
  const text = lines.join('\n') + '\n';
  const chunks = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => text.slice(i * 65536, (i + 1) * 65536));
  const t0 = process.hrtime.bigint();
  const summary = await runIngest(db.connection, feed, Readable.from(chunks));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result = {
    bench: 'vessels.positions.ingest',
    reports: total,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(total / seconds),
    goal: 20_000,
    summary,
  };
  console.log(JSON.stringify(result));
  await db.connection.dropDatabase();
  await db.close();
  await (await databaseServer()).stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
