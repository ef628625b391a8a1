/**
 * `npm start`'s demo data, loaded through each sector's connector. First, before the URLs are
 * printed, the showcase files of each sector's `generateDemo` (the units the README's questions
 * name). Then, while the hub already answers, a province-year of Đà Nẵng (48) at HUB_DEMO_SIZE
 * (S, M or L as in the scale benchmark; default M, `none` for the showcase alone), so that the
 * dashboard and the explorer show a province that looks like one and fill month by month: each
 * sector's files go in month order, a few sectors at a time (loadDemoScale), so that after a minute
 * the first sectors hold their reference lists and first months. A stopped load resumes
 * at the next start where it stopped (the generators are seeded: the same files every time).
 * .data/demo/loaded.json records what went in.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, demoScale, parseDemoSize, projectRoot, type DemoSize } from '../../kit/src';
import { postFeed } from './post-feed';

type Files = { feed: string; file: string }[];

/** Per sector: its showcase summaries, and how much of a province-year went in (file names, whether all). */
interface Loaded {
  at: string;
  summaries: Record<string, unknown>;
  size?: DemoSize;
  files?: string[];
  complete?: boolean;
}

function demoSize(): DemoSize | null {
  const v = (process.env.HUB_DEMO_SIZE ?? 'M').trim().toUpperCase();
  return v === 'NONE' ? null : parseDemoSize(v, 'HUB_DEMO_SIZE');
}

// Beside the database it describes (HUB_DATA_DIR): a marker elsewhere would call an empty database loaded.
const demoDir = join(dataDir, 'demo');
const marker = join(demoDir, 'loaded.json');
const readLoaded = (): Record<string, Loaded> => (existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : {});

async function post(base: string, token: string, label: string, files: Files): Promise<Record<string, unknown>> {
  const summaries: Record<string, unknown> = {};
  for (const { feed, file } of files) {
    const t = Date.now();
    const res = await postFeed(base, feed, file, token);
    const body = await res.text();
    if (!res.ok) throw new Error(`demo ${label}/${feed}: HTTP ${res.status} ${body}`);
    summaries[file.slice(file.lastIndexOf('/') + 1)] = JSON.parse(body);
    console.log(`[demo] ${label}/${feed}: ${body} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return summaries;
}

/** The showcase of every sector not loaded yet; returns when it is in. */
export async function loadDemo(env: NodeJS.ProcessEnv, ports: Record<string, number>): Promise<void> {
  const loaded = readLoaded();
  const started = Date.now();
  for (const sector of Object.keys(ports)) {
    const demo = join(projectRoot, 'subgraphs', sector, 'src', 'demo.ts');
    if (!existsSync(demo) || loaded[sector]) continue;
    const out = join(demoDir, sector);
    mkdirSync(out, { recursive: true });
    const { generateDemo } = await import(demo);
    loaded[sector] = {
      at: new Date().toISOString(),
      summaries: await post(`http://127.0.0.1:${ports[sector]}`, env.HUB_INGEST_TOKEN!, sector, await generateDemo(out)),
    };
    writeFileSync(marker, JSON.stringify(loaded, null, 2));
  }
  console.log(`[demo] showcase loaded in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * Sectors loaded at once. Each sector's pipeline writes its files (CPU here) and then posts them one
 * by one (CPU in its subgraph, writes in its own database): with three at a time, one sector's
 * generation overlaps the others' ingest and the database server always has work, while a
 * two-core machine is not swamped by six parsers at once.
 */
const sectorsAtOnce = 3;

/**
 * The sectors whose province-year takes longest, first (their ingest at size M, npm start on this
 * 2-core machine: procedures 78 s, vessels 57, health 55, land 34, environment 28, education 5):
 * taken in port order, the last sector to start (vessels, after health) ran alone at the end of a
 * 123 s load while the other core idled; longest first, the load took 116 s. A sector not listed
 * goes after these.
 */
const longestFirst = ['procedures', 'vessels', 'health', 'land', 'environment', 'education'];
const startOrder = (sector: string) => {
  const i = longestFirst.indexOf(sector);
  return i < 0 ? longestFirst.length : i;
};

/** Runs `task` over `items`, at most `n` at a time. */
async function inParallel<T>(items: T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/**
 * The HUB_DEMO_SIZE province-year, skipping files already in: each sector writes its monthly files
 * and posts them in month order, `sectorsAtOnce` sectors at a time. Meant to run while the hub
 * answers; logs its progress and how long the whole took, generation included.
 */
export async function loadDemoScale(env: NodeJS.ProcessEnv, ports: Record<string, number>): Promise<void> {
  const size = demoSize();
  if (!size) return;
  const loaded = readLoaded();
  const sectors: { sector: string; generateScale: (dir: string, scale: number) => Promise<Files> }[] = [];
  for (const sector of Object.keys(ports)) {
    const demo = join(projectRoot, 'subgraphs', sector, 'src', 'demo.ts');
    if (!existsSync(demo) || !loaded[sector]) continue;
    const { generateScale } = await import(demo);
    if (!generateScale) continue;
    const had = loaded[sector].size;
    if (had && had !== size) {
      console.log(`[demo] ${sector} already holds (part of) the size ${had} province-year; delete .data to load size ${size} instead`);
      continue;
    }
    if (had && loaded[sector].complete) continue;
    sectors.push({ sector, generateScale });
  }
  if (sectors.length === 0) return;
  sectors.sort((a, b) => startOrder(a.sector) - startOrder(b.sector));
  const started = Date.now();
  console.log(`[demo] loading the size ${size} province-year of Đà Nẵng (48) in the background; the dashboard fills month by month`);
  await inParallel(sectors, sectorsAtOnce, async ({ sector, generateScale }) => {
    const dir = join(demoDir, sector, `scale-${size}`);
    mkdirSync(dir, { recursive: true });
    const t = Date.now();
    const all = await generateScale(dir, demoScale[size]);
    console.log(`[demo] ${sector} (${size}): ${all.length} files written in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const done = new Set(loaded[sector].files ?? []);
    for (const f of all.filter((f) => !done.has(f.file.slice(dir.length + 1)))) {
      const summaries = await post(`http://127.0.0.1:${ports[sector]}`, env.HUB_INGEST_TOKEN!, `${sector} (${size})`, [f]);
      const entry = loaded[sector];
      const files = [...(entry.files ?? []), f.file.slice(dir.length + 1)];
      loaded[sector] = { ...entry, size, files, complete: files.length === all.length, summaries: { ...entry.summaries, ...summaries } };
      writeFileSync(marker, JSON.stringify(loaded, null, 2));
    }
    // The database holds the records now; the files of size L alone take hundreds of MB.
    rmSync(dir, { recursive: true, force: true });
  });
  console.log(`[demo] size ${size} province-year loaded in ${Math.round((Date.now() - started) / 1000)} s, writing the files included`);
}
