/**
 * `npm start`'s demo data, loaded on first run through each sector's connector: the showcase files
 * of each sector's `generateDemo` (the units the README's questions name), then a province-year of
 * Đà Nẵng (48) at HUB_DEMO_SIZE (S, M or L as in the scale benchmark, default M; `none` for the
 * showcase alone), so that the dashboard shows a province that looks like one.
 * .data/demo/loaded.json records what went in; a sector already loaded is not loaded again.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoScale, parseDemoSize, projectRoot, type DemoSize } from '../../kit/src';
import { postFeed } from './post-feed';

type Files = { feed: string; file: string }[];

interface Loaded { at: string; summaries: Record<string, unknown>; size?: DemoSize }

function demoSize(): DemoSize | null {
  const v = (process.env.HUB_DEMO_SIZE ?? 'M').trim().toUpperCase();
  return v === 'NONE' ? null : parseDemoSize(v, 'HUB_DEMO_SIZE');
}

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

export async function loadDemo(env: NodeJS.ProcessEnv, ports: Record<string, number>): Promise<void> {
  const size = demoSize();
  const dir = join(projectRoot, '.data', 'demo');
  const marker = join(dir, 'loaded.json');
  const loaded: Record<string, Loaded> = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : {};
  const save = () => writeFileSync(marker, JSON.stringify(loaded, null, 2));
  const started = Date.now();
  for (const sector of Object.keys(ports)) {
    const demo = join(projectRoot, 'subgraphs', sector, 'src', 'demo.ts');
    if (!existsSync(demo)) continue;
    const base = `http://127.0.0.1:${ports[sector]}`;
    const out = join(dir, sector);
    mkdirSync(out, { recursive: true });
    const { generateDemo, generateScale } = await import(demo);
    if (!loaded[sector]) {
      loaded[sector] = { at: new Date().toISOString(), summaries: await post(base, env.HUB_INGEST_TOKEN!, sector, await generateDemo(out)) };
      save();
    }
    if (!size || !generateScale) continue;
    const had = loaded[sector].size;
    if (had) {
      if (had !== size) console.log(`[demo] ${sector} already holds the size ${had} province-year; delete .data to load size ${size} instead`);
      continue;
    }
    const scaleDir = join(out, `scale-${size}`);
    mkdirSync(scaleDir, { recursive: true });
    const summaries = await post(base, env.HUB_INGEST_TOKEN!, `${sector} (${size})`, await generateScale(scaleDir, demoScale[size]));
    // The database holds the records now; the files of size L alone take hundreds of MB.
    rmSync(scaleDir, { recursive: true, force: true });
    loaded[sector] = { ...loaded[sector], size, summaries: { ...loaded[sector].summaries, ...summaries } };
    save();
  }
  console.log(`[demo] loaded in ${Math.round((Date.now() - started) / 1000)} s`);
}
