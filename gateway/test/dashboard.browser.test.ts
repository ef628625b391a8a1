/**
 * The dashboard in a real browser (Chromium through playwright-core, see ./browser), against a real hub:
 * gateway, admin-units and the education sector with its demo data ingested through its connector.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestHub, type TestHub } from '../src/testing';
import { education } from '../../subgraphs/education/src';
import { generateDemo } from '../../subgraphs/education/src/demo';

// Page functions run in the browser, where `document` exists; the test's own types have no DOM.
declare const document: any;

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'dash' });
  for (const { feed, file } of await generateDemo(mkdtempSync(join(tmpdir(), 'hub-demo-')))) {
    expect((await hub.ingest('education', feed, readFileSync(file))).status).toBe(200);
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const origin = () => hub.gateway.url.replace(/\/graphql$/, '');

test('a leader sees the indicators, alerts and data flow of their province', async () => {
  const token = await hub.token({ role: 'leader', scope: ['48'] });
  const page = await browser.newPage();
  await page.goto(`${origin()}/dashboard/#token=${token}`);
  await page.waitForSelector('#indicators .card');
  expect(await page.locator('#unitName').textContent()).toBe('Thành phố Đà Nẵng');
  // Figures come from the education demo, which has schools in old Quảng Nam (now in 48).
  const codes = await page.locator('#indicators .card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
  expect(codes.some((c) => c!.startsWith('education.'))).toBe(true);
  const feedRows = await page.locator('#feeds tbody tr').allTextContents();
  expect(feedRows.some((r) => r.includes('Giáo dục') && r.includes('schools'))).toBe(true);
  // The token left the address bar once read.
  expect(page.url()).not.toContain('token=');
  await page.close();
});

test('in the old register, Tỉnh Quảng Nam shows its own figures', async () => {
  const token = await hub.token({ role: 'leader', scope: ['48'] });
  const page = await browser.newPage();
  await page.goto(`${origin()}/dashboard/#token=${token}`);
  await page.waitForSelector('#indicators .card');
  await page.selectOption('#register', '2025-03-01');
  await page.waitForSelector('#province option[value="49"]', { state: 'attached' });
  await page.selectOption('#province', '49');
  await page.click('#controls button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#unitName')?.textContent === 'Tỉnh Quảng Nam');
  await page.waitForSelector('#indicators .card');
  await page.close();
});

test('without a token the dashboard asks for one and shows no sector data', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin()}/dashboard/`);
  await page.waitForFunction(() => /Cập nhật|chưa tải/.test(document.querySelector('#status')?.textContent ?? ''));
  expect(await page.locator('#login').isVisible()).toBe(true);
  expect(await page.locator('#indicators .card').count()).toBe(0);
  await page.close();
});
