/**
 * `npm run bench -- scale [--size S|M|L] [--sizes S,M] [--budget seconds]`: the province-year
 * scale benchmark (issue 9). `--budget` caps each sector's ingest time (its files go in month by
 * month until the budget is spent), for a quick run or a slow build.
 * Runs each size (default S then M, so that growth shows) in its own process against an empty
 * database, prints ingest speed per sector, dashboard query latency through the gateway and each
 * process's peak memory, and writes all of it to bench/results/scale-<date>-<commit>.json.
 */
import { spawnSync, execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDemoSize, type DemoSize } from '../kit/src/demo-scale';
import type { SizeFigures } from './bench-scale-run';

const root = join(__dirname, '..');

const option = (args: string[], flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? (args[i + 1] ?? '') : undefined;
};

function sizesFrom(args: string[]): DemoSize[] {
  const list = option(args, '--size') ?? option(args, '--sizes') ?? 'S,M';
  return list.split(',').map((s) => parseDemoSize(s.trim().toUpperCase(), '--size'));
}

function budgetFrom(args: string[]): string[] {
  const v = option(args, '--budget');
  if (v === undefined) return [];
  if (!(Number(v) > 0)) throw new Error(`--budget: "${v}" is not a number of seconds`);
  return [v];
}

const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

function table(runs: SizeFigures[]): string {
  const lines: string[] = [];
  const sectors = Object.keys(runs[0].ingest);
  const w = [14, ...runs.flatMap(() => [10, 9])];
  const load = (l: number[] | undefined) => (l ? l[0].toFixed(1) : '—');
  const wl = [14, ...runs.flatMap(() => [10, 9, 8, 6])];
  lines.push('', 'Ingest (all feeds of the sector; records = accepted + rejected + unchanged; gen s = writing its files; load = 1-min load average after it)');
  lines.push(pad(['sector', ...runs.flatMap((r) => [`${r.size} records`, `${r.size} rec/s`, `${r.size} gen s`, 'load'])], wl));
  for (const s of sectors)
    lines.push(
      pad([s, ...runs.flatMap((r) => [r.ingest[s].records, r.ingest[s].recordsPerSecond, r.generateSeconds[s] ?? '—', load(r.ingest[s].loadAverage)])], wl),
    );
  for (const r of runs) {
    for (const s of sectors) {
      const i = r.ingest[s];
      const failed = i.feeds.find((f) => f.error);
      if (i.filesIngested < i.files)
        lines.push(`  ${r.size} ${s}: ${i.filesIngested} of ${i.files} files${failed ? `; ${failed.file}: ${failed.error}` : ' (budget spent)'}`);
    }
  }
  lines.push('', 'Main feed of each sector');
  for (const s of sectors) {
    lines.push(
      pad(
        [
          s,
          ...runs.flatMap((r) => {
            const main = [...r.ingest[s].feeds].sort((a, b) => b.accepted + b.rejected + b.unchanged - (a.accepted + a.rejected + a.unchanged))[0];
            return [main.accepted + main.rejected + main.unchanged, main.recordsPerSecond];
          }),
        ],
        w,
      ),
    );
  }
  lines.push('', "Dashboard queries through the gateway (ms; gw own = the gateway's own p50 share, sub = the subgraphs' critical path p50)");
  const qw = [48, ...runs.flatMap(() => [9, 9, 9, 9, 8, 8, 6])];
  lines.push(pad(['query', ...runs.flatMap((r) => [`${r.size} 1st`, `${r.size} p50`, `${r.size} p95`, `${r.size} max`, 'gw own', 'sub', 'load'])], qw));
  runs[0].queries.forEach((q, i) => {
    lines.push(
      pad(
        [
          q.name,
          ...runs.flatMap((r) => {
            const f = r.queries[i];
            return [f.firstMs ?? '—', f.p50Ms, f.p95Ms, f.maxMs, f.split?.gatewayOwnP50Ms ?? '—', f.split?.criticalPathP50Ms ?? '—', load(f.loadAverage)];
          }),
        ],
        qw,
      ),
    );
    for (const r of runs) if (r.queries[i].error) lines.push(`  ${r.size}: error: ${r.queries[i].error}`);
  });
  if (runs.every((r) => r.afterBatch?.length)) {
    const f0 = runs[0].afterBatch[0];
    lines.push(
      '',
      `Province query right after a batch of ${f0.recordsPerBatch} new records, ${f0.batches} batches per sector (ms; own = the sector's own share)`,
    );
    const aw = [14, ...runs.flatMap(() => [10, 9, 8, 9])];
    lines.push(pad(['sector', ...runs.flatMap((r) => [`${r.size} 1st p50`, `${r.size} max`, 'own p50', 'next p50'])], aw));
    runs[0].afterBatch.forEach((f, i) =>
      lines.push(
        pad(
          [f.sector, ...runs.flatMap((r) => [r.afterBatch[i].firstP50Ms, r.afterBatch[i].firstMaxMs, r.afterBatch[i].sectorP50Ms, r.afterBatch[i].nextP50Ms])],
          aw,
        ),
      ),
    );
  }
  lines.push('', 'Peak RSS (MB, VmHWM)');
  const names = Object.keys(runs[0].peakRssMb);
  lines.push(pad(['process', ...runs.map((r) => r.size)], [14, ...runs.map(() => 8)]));
  for (const n of names) lines.push(pad([n, ...runs.map((r) => r.peakRssMb[n] ?? '—')], [14, ...runs.map(() => 8)]));
  return lines.join('\n');
}

export function runScale(args: string[]): number {
  const sizes = sizesFrom(args);
  const budget = budgetFrom(args);
  const runs: SizeFigures[] = [];
  const loadAverageAtStart = loadavg().map((x) => Math.round(x * 10) / 10);
  for (const size of sizes) {
    const dataDir = join(root, '.data', 'bench', size);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const out = join(dataDir, 'result.json');
    const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: dataDir };
    // Its own empty server, never the one a running `npm start` uses.
    delete env.MONGODB_URI;
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(root, 'scripts', 'bench-scale-run.ts'), size, out, ...budget], {
      stdio: 'inherit',
      env,
    });
    if (r.status !== 0) {
      console.error(`size ${size} failed (exit ${r.status}); the hub's log is in ${join(dataDir, 'hub.log')}`);
      return 1;
    }
    runs.push(JSON.parse(readFileSync(out, 'utf8')));
    // The files and the database of size L take gigabytes; the figures and the hub's log stay.
    for (const big of ['files', 'ferretdb', 'mongod']) rmSync(join(dataDir, big), { recursive: true, force: true });
  }
  console.log(table(runs));
  const commit = execSync('git rev-parse HEAD', { cwd: root }).toString().trim();
  const dirty = execSync('git status --porcelain', { cwd: root }).toString().trim() !== '';
  const date = new Date().toISOString();
  const result = {
    benchmark: 'scale',
    date,
    commit,
    dirty,
    budgetSecondsPerSector: budget[0] ? Number(budget[0]) : null,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart,
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 10) / 10),
    },
    sizes: runs,
  };
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `scale-${date.slice(0, 10)}-${commit.slice(0, 8)}-${sizes.join('')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nfigures written to ${file.slice(root.length + 1)}`);
  return 0;
}
