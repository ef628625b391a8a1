/**
 * `npx tsx scripts/bench-ingest.ts [--size S|M|L] [--sectors procedures,health] [--months 3] [--batch 5000] [--ceiling]`: each
 * sector's ingest alone, in this process, through the same `runIngest` the push route calls, on an
 * empty database of its own — no HTTP and no other process, so that a profile
 * (`node --cpu-prof --import tsx scripts/bench-ingest.ts …`) shows where a sector's time goes.
 * `--months` keeps the first months' files of each sector (default: all); `--batch` overrides every feed's batch size. Prints records/s per
 * feed and the database commands each record cost. `--ceiling` then copies each feed's stored
 * records into an empty collection with nothing but the driver's unordered `insertMany` (1,000 a
 * command, two in flight, as the ingest writes): what the database alone takes to store them, the
 * bound no ingest of those records can pass on this machine.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mongo } from 'mongoose';

// Every kit module is imported late: the kit's server module reads HUB_DATA_DIR when it loads.
const projectRoot = join(__dirname, '..');

const option = (args: string[], flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
/**
 * CPU seconds used so far by this process and by the database server it started (from /proc, 0
 * where it is missing): on a shared machine, wall time mostly measures the neighbours.
 */
function cpuSeconds(dataDir: string): { node: number; db: number } {
  const node = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
  const state = join(dataDir, 'db-server.json');
  if (!existsSync(state)) return { node, db: 0 };
  try {
    const fields = readFileSync(`/proc/${JSON.parse(readFileSync(state, 'utf8')).pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ');
    return { node, db: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return { node, db: 0 };
  }
}

/** Bare inserts of (at most 30,000 of) a collection's stored documents into an empty copy; see `--ceiling`. */
async function insertCeiling(db: mongo.Db, name: string, dataDir: string): Promise<string> {
  const source = db.collection(name);
  const docs = await source.find({}).limit(30_000).toArray();
  if (docs.length === 0) return `  ceiling ${source.collectionName}: no documents`;
  const target = db.collection(`${source.collectionName}_ceiling`);
  await target.drop().catch(() => {});
  const cpu = cpuSeconds(dataDir);
  const t = performance.now();
  let inFlight: Promise<unknown> | null = null;
  for (let i = 0; i < docs.length; i += 1000) {
    const sent = target.insertMany(docs.slice(i, i + 1000), { ordered: false });
    if (inFlight) await inFlight;
    inFlight = sent;
  }
  await inFlight;
  const took = (performance.now() - t) / 1000;
  const used = cpuSeconds(dataDir);
  const bytes = docs.reduce((n, d) => n + mongo.BSON.calculateObjectSize(d), 0);
  await target.drop();
  const perDoc = (s: number) => `${Math.round((s * 1e6) / docs.length)} µs`;
  return `  ceiling ${source.collectionName.padEnd(18)} ${String(docs.length).padStart(6)} documents of ${Math.round(bytes / docs.length)} B: ${String(Math.round(docs.length / took)).padStart(6)}/s, cpu per document: node ${perDoc(used.node - cpu.node)}, database ${perDoc(used.db - cpu.db)}`;
}

const allSectors = ['procedures', 'health', 'education', 'land', 'environment', 'vessels'];

async function main(args: string[]) {
  const dataDir = join(projectRoot, '.data', 'bench-ingest');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // Its own empty server, never the one tests or `npm start` use.
  process.env.HUB_DATA_DIR = dataDir;
  delete process.env.MONGODB_URI;
  const { connectDatabase, databaseServer, runIngest, demoScale, parseDemoSize } = await import('../kit/src');
  const size = parseDemoSize((option(args, '--size') ?? 'S').toUpperCase(), '--size');
  const sectors = (option(args, '--sectors') ?? allSectors.join(',')).split(',');
  const months = Number(option(args, '--months') ?? Infinity);
  const batch = option(args, '--batch');
  const rows: string[] = [];
  try {
    for (const sector of sectors) {
      const dir = join(dataDir, 'files', sector);
      mkdirSync(dir, { recursive: true });
      const { generateScale } = await import(join(projectRoot, 'subgraphs', sector, 'src', 'demo.ts'));
      const files: { feed: string; file: string }[] = await generateScale(dir, demoScale[size]);
      const index = await import(join(projectRoot, 'subgraphs', sector, 'src', 'index.ts'));
      const def = Object.values(index).find((v: any) => v?.name === sector) as any;
      const db = await connectDatabase(`bench_${sector}`);
      await def.setup?.(db);
      // Time spent in the database per command (and per collection), to tell it from time in this process.
      const inDb = new Map<string, { n: number; ms: number }>();
      const started = new Map<number, string>();
      db.connection.getClient().on('commandStarted', (e) => started.set(e.requestId, `${e.commandName} ${String((e.command as any)[e.commandName])}`));
      db.connection.getClient().on('commandSucceeded', (e) => {
        const key = started.get(e.requestId) ?? e.commandName;
        started.delete(e.requestId);
        const x = inDb.get(key) ?? { n: 0, ms: 0 };
        x.n++;
        x.ms += e.duration;
        inDb.set(key, x);
      });
      const feeds = new Map<string, any>(def.feeds(db.connection).map((f: any) => [f.name, f]));
      await Promise.all(Object.values(db.connection.models).map((m) => m.init()));
      // Files per month come in order; those of one feed past `months` are left out.
      const seen = new Map<string, number>();
      let records = 0;
      let seconds = 0;
      for (const { feed, file } of files) {
        const k = (seen.get(feed) ?? 0) + 1;
        seen.set(feed, k);
        if (k > months) continue;
        const commands = db.commands.count;
        const cpu = cpuSeconds(dataDir);
        const t = performance.now();
        const f = feeds.get(feed);
        const s = await runIngest(db.connection, batch ? { ...f, batchSize: Number(batch) } : f, createReadStream(file));
        const took = (performance.now() - t) / 1000;
        const used = cpuSeconds(dataDir);
        const nodeCpu = used.node - cpu.node;
        const dbCpu = used.db - cpu.db;
        const n = s.accepted + s.rejected + s.unchanged;
        records += n;
        seconds += took;
        const line = `${sector.padEnd(12)} ${file.slice(dir.length + 1).padEnd(40)} ${String(n).padStart(7)} records ${took.toFixed(1).padStart(6)} s ${String(Math.round(n / took)).padStart(6)}/s  cpu: node ${nodeCpu.toFixed(1)} s, database ${dbCpu.toFixed(1)} s (${Math.round(n / (nodeCpu + dbCpu))}/cpu-s)  ${((db.commands.count - commands) / Math.max(1, n)).toFixed(3)} commands/record ${JSON.stringify(s)}`;
        console.log(line);
      }
      if (args.includes('--ceiling'))
        for (const f of feeds.values()) console.log(await insertCeiling(db.connection.db!, f.model.collection.collectionName, dataDir));
      for (const [k, v] of [...inDb].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8))
        console.log(`  database: ${k.padEnd(28)} ${String(v.n).padStart(6)} commands ${(v.ms / 1000).toFixed(1).padStart(7)} s`);
      rows.push(
        `${sector.padEnd(12)} ${String(records).padStart(8)} records ${seconds.toFixed(1).padStart(7)} s ${String(Math.round(records / seconds)).padStart(7)}/s`,
      );
      await db.close();
    }
  } finally {
    await (await databaseServer()).stop();
  }
  console.log(`\nsize ${size}\n${rows.join('\n')}`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
