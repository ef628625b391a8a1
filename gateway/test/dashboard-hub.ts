/**
 * A whole hub for the dashboard's browser tests: every sector, each with its demo data sent through
 * its own connector as `npm start` does, and a browser (see ./browser) that records every request
 * a page makes.
 */
import { mkdtempSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '@ioc/kit';
import { procedures } from '@ioc/procedures';
import { health } from '@ioc/health';
import { education } from '@ioc/education';
import { land } from '@ioc/land';
import { environment } from '@ioc/environment';
import { vessels } from '@ioc/vessels';
import { feedback } from '@ioc/feedback';
import { startTestHub, type TestHub } from '@ioc/testing';
import { launchBrowser } from './browser';

const sectors = { procedures, health, education, land, environment, vessels, feedback };

export async function startDashboardHub(tag: string): Promise<TestHub> {
  // On a test machine shared by many jobs, the fleet's figures over the whole demo (every vessel's
  // track replayed for its alerts) can take longer than a test hub's 30 s per subgraph; these tests
  // are about the page, so the hub waits as long as the page does.
  const hub = await startTestHub(Object.values(sectors), {
    fresh: Object.keys(sectors),
    tag,
    gateway: { subgraphTimeoutMs: 240_000, requestTimeoutMs: 280_000 },
  });
  for (const name of Object.keys(sectors)) {
    const { generateDemo } = await import(`@ioc/${name}/demo`);
    const dir = mkdtempSync(join(tmpdir(), `hub-demo-${name}-`));
    const files: { feed: string; file: string }[] = await generateDemo(dir);
    for (const { feed, file } of files) {
      const r = await hub.ingest(name, feed, readFileSync(file));
      if (r.status !== 200) throw new Error(`demo ${name}/${feed}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return hub;
}

/** Screenshots the tests write, for people to look at (git-ignored). */
export const shotsDir = join(projectRoot, '.data', 'screenshots');
mkdirSync(shotsDir, { recursive: true });

export interface WatchedPage {
  page: Page;
  requests: string[];
}

/** A page whose every request URL is kept, to check none leaves the hub's origin. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 1000 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // The page's own errors belong in the test's output: a view that never draws says why.
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('response', async (r) => {
    if (r.status() >= 400 && r.status() !== 401)
      console.error(`HTTP ${r.status()} for ${r.request().postData()?.slice(0, 300)}: ${(await r.text().catch(() => '')).slice(0, 300)}`);
  });
  await page.goto(url);
  return { page, requests };
}

export { launchBrowser };
