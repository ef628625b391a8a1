/**
 * The dashboard in real Chromium (playwright-core, see ./browser) against a real hub holding every
 * sector's demo data: what a leader would check on each view.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TestHub } from '../src/testing';
import { startDashboardHub, launchBrowser, openPage, shotsDir } from './dashboard-hub';

// Page functions run in the browser, where `document` exists; the test's own types have no DOM.
declare const document: any;

let hub: TestHub;
let browser: Browser;
let token: string;

beforeAll(async () => {
  hub = await startDashboardHub('dash');
  browser = await launchBrowser();
  token = await hub.token({ role: 'leader', scope: ['*'] });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const origin = () => hub.gateway.url.replace(/\/graphql$/, '');
const url = (query: string) => `${origin()}/dashboard/?${query}#token=${token}`;

test('overview', async () => {
  const { page, requests } = await openPage(browser, url('view=overview&province=48&period=2025-10'));
  await page.waitForSelector('#view[data-loaded]', { timeout: 60_000 });
  await page.screenshot({ path: join(shotsDir, 'overview.png'), fullPage: true });
  console.log(requests.length, await page.locator('#status').textContent());
  await page.close();
});
