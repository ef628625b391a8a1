/**
 * The dashboard in real Chromium (playwright-core, see ./browser) against a real hub holding every
 * sector's demo data: what a leader would check on each view. Screenshots go to .data/screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '@ioc/testing';
import { SignJWT } from 'jose';
import { startDashboardHub, launchBrowser, openPage, shotsDir } from './dashboard-hub';

// Page functions run in the browser, where `document` and `echarts` exist; the test's types have no DOM.
declare const document: any;
declare const echarts: any;

let hub: TestHub;
let browser: Browser;
let token: string;
const markup = '<img src=x id=injected onerror="document.title=1">Trường thử';

beforeAll(async () => {
  hub = await startDashboardHub('dash');
  // A school whose name is markup: its alert must reach the page as text.
  expect(
    (
      await hub.ingest(
        'education',
        'schools',
        Buffer.from(
          `MaTruong;TenTruong;CapHoc;LoaiHinh;MaXa;DatChuanQuocGia;NgayCapNhat\n48999901;"${markup.replace(/"/g, '""')}";TH;CONG_LAP;20335;0;2025-08-15\n`,
        ),
      )
    ).status,
  ).toBe(200);
  expect(
    (await hub.ingest('education', 'teachers', Buffer.from('MaTruong,NamHoc,SoGiaoVien,SoGiaoVienDatChuan,NgayCapNhat\n48999901,2025-2026,10,5,2025-09-30\n')))
      .status,
  ).toBe(200);
  browser = await launchBrowser();
  token = await hub.token({ role: 'leader', scope: ['*'] });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

// A page on the whole demo asks the hub for a lot; on a busy machine that takes minutes.
jest.setTimeout(400_000);

const origin = () => hub.gateway.url.replace(/\/graphql$/, '');
const url = (query: string, t = token) => `${origin()}/dashboard/?${query}#token=${t}`;
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const statusColour: Record<string, string> = { GOOD: '#1e8e3e', WATCH: '#f29900', ALERT: '#d93025', NONE: '#b0b8c1' };
const vesselColour: Record<string, string> = { AT_SEA: '#1a73e8', IN_PORT: '#1e8e3e', SILENT: '#d93025' };
const feedbackColour: Record<string, string> = {
  RECEIVED: '#9aa5b1',
  ACCEPTED: '#4e79a7',
  ASSIGNED: '#8e44ad',
  IN_PROGRESS: '#f29900',
  RESOLVED: '#1e8e3e',
  CLOSED: '#0b5d2a',
  REFUSED: '#3c4650',
};

async function loaded(page: Page) {
  await page.waitForSelector('#view[data-loaded], #view[data-failed]', { timeout: 300_000 });
  expect(await page.locator('#view').getAttribute('data-failed')).toBeNull();
}

/** The option ECharts holds for the chart drawn in the element matching `selector`. */
function chartOption(page: Page, selector: string) {
  return page.evaluate((sel) => echarts.getInstanceByDom(document.querySelector(sel)).getOption(), selector);
}

function expectSameOrigin(requests: string[]) {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => !r.startsWith(`${origin()}/`) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
}

/**
 * A point of a GeoJSON (Multi)Polygon's outer rings, on a 30 × 30 grid over its box, as far as
 * possible from `avoid` (points [lon, lat]): where a click lands on the region and not on a dot.
 */
function insidePoint(geometry: any, avoid: number[][]): number[] {
  const rings: number[][][] = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p: any) => p[0]);
  const inRing = (x: number, y: number, ring: number[][]) =>
    ring.reduce((inside, [x1, y1], i) => {
      const [x2, y2] = ring[(i + 1) % ring.length];
      return y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1 ? !inside : inside;
    }, false);
  const all = rings.flat();
  const [minX, maxX, minY, maxY] = [
    Math.min(...all.map((c) => c[0])),
    Math.max(...all.map((c) => c[0])),
    Math.min(...all.map((c) => c[1])),
    Math.max(...all.map((c) => c[1])),
  ];
  let best: number[] = [];
  let bestScore = -Infinity;
  for (let i = 1; i < 30; i++) {
    for (let j = 1; j < 30; j++) {
      const [x, y] = [minX + ((maxX - minX) * i) / 30, minY + ((maxY - minY) * j) / 30];
      if (!rings.some((r) => inRing(x, y, r))) continue;
      // Far from the dots, and from the edge of the box (a proxy for the region's border).
      const score = Math.min(...avoid.map(([ax, ay]) => Math.hypot(ax - x, ay - y)), 1) + Math.min(i, 30 - i, j, 30 - j) / 300;
      if (score > bestScore) [best, bestScore] = [[x, y], score];
    }
  }
  return best;
}

async function api<T = any>(query: string): Promise<T> {
  const r = await hub.query<T>(query, { token });
  expect(r.errors).toBeUndefined();
  return r.data!;
}

test("the overview shows the API's figures, 12-month sparklines, alerts by sector (as text) and feed freshness, all from the hub's origin", async () => {
  const { page, requests } = await openPage(browser, url('view=overview&province=48&period=2025-10'));
  await loaded(page);
  await page.screenshot({ path: join(shotsDir, 'overview.png'), fullPage: true });
  // Every sector answers on the demo: a panel standing in for one carries the hub's reason.
  expect(await page.locator('.sector-panel .unavailable').evaluateAll((els) => els.map((e) => `${e.dataset.sector}: ${e.title}`))).toEqual([]);
  expect(page.url()).not.toContain('token');
  expect(await page.locator('#title').textContent()).toContain('Thành phố Đà Nẵng');

  const d = await api(`{ province(code: "48") {
    procedures(from: "2025-10-01", to: "2025-11-01") { indicators { code value status } alerts { code } }
    health(from: "2025-10-01", to: "2025-11-01") { indicators { code value status } alerts { code } }
    land { indicators { code value status } }
    feedback(from: "2025-10-01", to: "2025-11-01") { indicators { code value status } alerts { code } } } }`);
  for (const sector of ['procedures', 'health', 'land', 'feedback']) {
    for (const ind of d.province[sector].indicators) {
      const card = page.locator(`.card[data-code="${ind.code}"]`);
      expect(await card.getAttribute('data-value')).toBe(ind.value === null ? '' : String(ind.value));
      expect(await card.getAttribute('class')).toContain(ind.status);
      if (ind.value !== null) expect(await card.locator('.value').textContent()).toContain(viNumber.format(ind.value));
    }
  }
  expect(Number(await page.locator('.alert-group[data-sector=procedures]').getAttribute('data-count'))).toBe(d.province.procedures.alerts.length);
  expect(Number(await page.locator('.alert-group[data-sector=feedback]').getAttribute('data-count'))).toBe(d.province.feedback.alerts.length);
  expect(await page.locator('.alert-group[data-sector=education]').textContent()).toContain(markup);
  expect(await page.locator('#injected').count()).toBe(0);

  // The on-time rate's sparkline: 12 months ending in October, each point the API's figure for that month.
  const spark = await chartOption(page, '.card[data-code="procedures.onTimeRate"] .spark');
  const points: (number | null)[] = spark.series[0].data;
  expect(points).toHaveLength(12);
  const months = await api(`{ province(code: "48") {
    sep: procedures(from: "2025-09-01", to: "2025-10-01") { indicators { code value } }
    mar: procedures(from: "2025-03-01", to: "2025-04-01") { indicators { code value } } } }`);
  const valueOf = (s: any) => s.indicators.find((i: any) => i.code === 'procedures.onTimeRate').value;
  expect(points[10]).toBe(valueOf(months.province.sep));
  expect(points[4]).toBe(valueOf(months.province.mar));
  expect(points[11]).toBe(valueOf(d.province.procedures));

  // Every feed listed with its freshness; demo feeds were just sent, so none is stale yet.
  const feeds = await api('{ proceduresFeeds { feed } vesselsFeeds { feed } feedbackFeeds { feed } }');
  for (const f of [...feeds.proceduresFeeds, ...feeds.vesselsFeeds, ...feeds.feedbackFeeds])
    expect(await page.locator(`#feeds tr[data-feed="${f.feed}"]`).count()).toBeGreaterThan(0);
  expect(await page.locator('#feeds td.fresh-mark').count()).toBeGreaterThan(0);
  expectSameOrigin(requests);
  await page.close();
});

test("a sector view ranks the districts, and a click opens the district's own view", async () => {
  const { page, requests } = await openPage(browser, url('view=procedures&register=PRE_2025_07&province=49&period=2025-03'));
  await loaded(page);
  await page.screenshot({ path: join(shotsDir, 'procedures.png'), fullPage: true });
  const { province } = await api('{ province(code: "49", asOf: "2025-03-01") { districts { code } } }');
  const rows = page.locator('#ranking tbody tr');
  expect(await rows.count()).toBe(province.districts.length);
  // The trend holds one point per month, from the sector's `series`: the same figures the API gives.
  const trend = await chartOption(page, '.chart[data-via]');
  expect(trend.xAxis[0].data).toHaveLength(12);
  expect(await page.locator('.chart[data-via]').getAttribute('data-via')).toBe('series');
  const { province: p49 } = await api(`{ province(code: "49", asOf: "2025-03-01") { procedures(from: "2024-04-01", to: "2025-04-01") {
    series(from: "2024-04-01", to: "2025-04-01", every: MONTH) { received } } } }`);
  expect(trend.series[0].data).toEqual(p49.procedures.series.map((x: any) => x.received));
  // The trend exports as a PNG image drawn by the chart itself.
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('.chart-box', { has: page.locator('.chart[data-via]') })
      .locator('button.export', { hasText: 'PNG' })
      .click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect([...readFileSync(await png.path()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The ranking exports as CSV with a byte-order mark, so Excel reads the Vietnamese names.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.ranking h3 button.export').click()]);
  const csv = readFileSync(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('Thành phố Tam Kỳ');

  await page.locator('#ranking tbody tr[data-code="502"]').click();
  await page.waitForFunction(() => /Tam Kỳ/.test(document.querySelector('#title')?.textContent ?? ''));
  await loaded(page);
  expect(page.url()).toContain('unit=502');
  expect(page.url()).toContain('view=procedures');
  const { district } = await api('{ district(code: "502", asOf: "2025-03-01") { communes { code } } }');
  expect(await page.locator('#ranking tbody tr').count()).toBe(district.communes.length);
  // The link is the view: opened afresh, it shows the same district.
  const again = await openPage(browser, `${page.url()}#token=${token}`);
  await loaded(again.page);
  expect(await again.page.locator('#title').textContent()).toContain('Tam Kỳ');
  expectSameOrigin([...requests, ...again.requests]);
  await again.page.close();
  await page.close();
});

test('each sector view draws its charts (screenshots)', async () => {
  for (const [view, period] of [
    ['health', '2025-10'],
    ['education', '2025-10'],
    ['land', '2025-10'],
    ['environment', '2025-07'],
    ['vessels', '2025-09'],
    ['feedback', '2025-03'],
  ]) {
    const { page, requests } = await openPage(browser, url(`view=${view}&province=48&period=${period}`));
    await loaded(page);
    expect(await page.locator('.unavailable').count()).toBe(0);
    expect(await page.locator('.chart canvas, .chart svg').count()).toBeGreaterThan(0);
    if (view === 'feedback') expect(Number(await page.locator('.chart[data-reports]').getAttribute('data-reports'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(shotsDir, `${view}.png`), fullPage: true });
    expectSameOrigin(requests);
    await page.close();
  }
});

test("education's trend is its `series` month by month (the school year in force), beside its last five school years", async () => {
  const { page, requests } = await openPage(browser, url('view=education&province=48&period=2025-10'));
  await loaded(page);
  const trend = await chartOption(page, '.chart[data-via="series"]');
  expect(trend.xAxis[0].data).toHaveLength(12);
  const { province, y2425, y2526 } = await api(`{ province(code: "48") { education(schoolYear: "2025-2026") {
    series(from: "2024-11-01", to: "2025-11-01", every: MONTH) { schoolYear students } } }
    y2425: province(code: "48") { education(schoolYear: "2024-2025") { students } } y2526: province(code: "48") { education(schoolYear: "2025-2026") { students } } }`);
  const series = province.education.series;
  // Pupils (the third figure drawn) as the API gives them: 2024-2025 until August, 2025-2026 from September.
  expect(trend.series[2].data).toEqual(series.map((x: any) => x.students));
  expect(series.map((x: any) => x.schoolYear)).toEqual([...Array(10).fill('2024-2025'), '2025-2026', '2025-2026']);
  expect(trend.series[2].data[0]).toBe(y2425.education.students);
  expect(trend.series[2].data[11]).toBe(y2526.education.students);
  expect(y2425.education.students).toBeGreaterThan(0);
  const years = await chartOption(page, '.chart[data-via="aliases"]');
  expect(years.xAxis[0].data).toEqual(['2021–2022', '2022–2023', '2023–2024', '2024–2025', '2025–2026']);
  expectSameOrigin(requests);
  await page.close();
});

test('the map colours each former district by its indicator status and says where no boundary exists', async () => {
  const { page } = await openPage(browser, url('view=map&province=48&period=2025-03&indicator=procedures.onTimeRate'));
  await loaded(page);
  await page.waitForSelector('.maps .chart canvas');
  await page.screenshot({ path: join(shotsDir, 'map.png'), fullPage: true });
  const { province } = await api(`{ province(code: "48") { predecessors { unit { code name districts { code boundary
    procedures(from: "2025-03-01", to: "2025-04-01") { indicators { code status } } } } } } }`);
  const option = await chartOption(page, '.chart[data-indicator]');
  const colours = Object.fromEntries(option.geo[0].regions.map((r: any) => [r.name, r.itemStyle.areaColor]));
  const drawn = province.predecessors.flatMap((l: any) => l.unit.districts).filter((x: any) => x.boundary);
  expect(drawn.length).toBeGreaterThan(15);
  expect(Object.keys(colours).sort()).toEqual(drawn.map((x: any) => x.code).sort());
  for (const x of drawn) {
    const status = x.procedures?.indicators.find((i: any) => i.code === 'procedures.onTimeRate')?.status ?? 'NONE';
    expect(colours[x.code]).toBe(statusColour[status]);
  }
  // Today's Đà Nẵng is drawn with the former districts of the provinces it absorbed, labelled as such.
  for (const l of province.predecessors) expect(await page.locator('.map-notes').textContent()).toContain(l.unit.name);

  // The fleet at the end of March: every vessel with a position, in the colour of its state in the API.
  const fleet = await chartOption(page, '.chart[data-vessels]');
  const vessels = fleet.series[0].data;
  const {
    province: { vessels: atEnd },
  } = await api(`{ province(code: "48") { vessels(at: "2025-04-01T00:00:00+07:00") {
    atSea inPort fleet(first: 2000) { vessel { registration } state silentOver6h position { time } } } } }`);
  expect(vessels.length).toBe(atEnd.atSea + atEnd.inPort);
  expect(vessels.length).toBeGreaterThan(0);
  expect(Object.fromEntries(vessels.map((v: any) => [v.vessel.registration, v.itemStyle.color]))).toEqual(
    Object.fromEntries(atEnd.fleet.filter((v: any) => v.position).map((v: any) => [v.vessel.registration, vesselColour[v.silentOver6h ? 'SILENT' : v.state]])),
  );
  // A click on a vessel shows it and its track.
  await page.evaluate(() => {
    const c = echarts.getInstanceByDom(document.querySelector('.chart[data-vessels]'));
    const v = c.getOption().series[0].data[0];
    c.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    c.trigger('click', { seriesType: 'scatter', data: v });
  });
  await page.waitForSelector('#vesselDetail .track');
  expect(await page.locator('#vesselDetail h4').textContent()).toContain(vessels[0].vessel.registration);
  expect(Number(await page.locator('#vesselDetail .track').getAttribute('data-points'))).toBeGreaterThan(1);

  // Citizens' reports of March, each in the colour of its status, the overdue ones ringed in red.
  const { feedbackReports } = await api(`{ feedbackReports(from: "2025-03-01", to: "2025-04-01", unitCode: "48", first: 500) {
    trackingCode status followUp latitude longitude } }`);
  const placed = feedbackReports.filter((x: any) => x.latitude !== null);
  expect(placed.length).toBeGreaterThan(0);
  const reports = (await chartOption(page, '.chart[data-reports]')).series[0].data;
  expect(Object.fromEntries(reports.map((x: any) => [x.report.trackingCode, [x.itemStyle.color, x.itemStyle.borderColor]]))).toEqual(
    Object.fromEntries(placed.map((x: any) => [x.trackingCode, [feedbackColour[x.status], x.followUp === 'OVERDUE' ? '#d93025' : '#fff']])),
  );
  for (const status of new Set(feedbackReports.map((x: any) => x.status))) {
    expect(Number(await page.locator(`.legend [data-status="${status}"]`).getAttribute('data-count'))).toBe(
      feedbackReports.filter((x: any) => x.status === status).length,
    );
  }

  // A real click inside Tam Kỳ (old district 502, away from the stations' dots) opens its view of the indicator's sector.
  const tamKy = drawn.find((x: any) => x.code === '502');
  const stations = option.series[0].data.map((x: any) => x.value);
  const [lon, lat] = insidePoint(tamKy.boundary, stations);
  const [px, py] = await page.evaluate(
    ([x, y]) => echarts.getInstanceByDom(document.querySelector('.chart[data-indicator]')).convertToPixel({ geoIndex: 0 }, [x, y]),
    [lon, lat],
  );
  const frame = (await page.locator('.chart[data-indicator]').boundingBox())!;
  await page.mouse.click(frame.x + px, frame.y + py);
  await page.waitForFunction(() => /Tam Kỳ/.test(document.querySelector('#title')?.textContent ?? ''));
  await loaded(page);
  expect(page.url()).toMatch(/view=procedures&register=PRE_2025_07&province=49&.*unit=502/);
  await page.close();

  // Hà Nội: the hub holds no boundary of its districts, and the map says so instead of drawing nothing.
  const none = await openPage(browser, url('view=map&province=01&period=2025-03&indicator=procedures.onTimeRate'));
  await loaded(none.page);
  expect(await none.page.locator('.no-boundary[data-province="01"]').count()).toBe(1);
  expect(await none.page.locator('.no-map').textContent()).toContain('Không có ranh giới');
  await none.page.close();
});

test('the wall fills the screen with large type and no controls', async () => {
  const { page, requests } = await openPage(browser, url('wall=1&every=600&province=48&period=2025-10'), { width: 1920, height: 1080 });
  await loaded(page);
  expect(await page.locator('header').isVisible()).toBe(false);
  expect(await page.locator('button.export').first().isVisible()).toBe(false);
  expect(await page.locator('#view').getAttribute('data-view')).toBe('overview');
  expect(parseFloat(await page.evaluate(() => (globalThis as any).getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: join(shotsDir, 'wall.png') });
  expectSameOrigin(requests);
  await page.close();
});

test('the wall refreshes the view it shows, then rotates to the next', async () => {
  const { page, requests } = await openPage(browser, url('wall=1&every=25&refresh=5&view=land&province=48&period=2025-10'), { width: 1920, height: 1080 });
  await loaded(page);
  const first = await page.locator('#view').getAttribute('data-loaded');
  const asked = requests.filter((r) => r.endsWith('/graphql')).length;
  await page.waitForFunction((t) => document.querySelector('#view')?.dataset.loaded !== t, first, { timeout: 60_000 });
  expect(await page.locator('#view').getAttribute('data-view')).toBe('land');
  expect(requests.filter((r) => r.endsWith('/graphql')).length).toBeGreaterThan(asked);
  await page.waitForFunction(() => document.querySelector('#view')?.dataset.view === 'environment', null, { timeout: 90_000 });
  expect(page.url()).toContain('view=environment');
  expectSameOrigin(requests);
  await page.close();
});

test('without a token the page asks for one and shows no sector data', async () => {
  const { page } = await openPage(browser, `${origin()}/dashboard/?view=overview&province=48`);
  await loaded(page);
  expect(await page.locator('#login').isVisible()).toBe(true);
  expect(await page.locator('.card').count()).toBe(0);
  await page.close();
});

test('a token that expires mid-session asks for a new one, and the new one brings the data back', async () => {
  const { page } = await openPage(browser, url('view=land&province=48&period=2025-10'));
  await loaded(page);
  expect(await page.locator('#login').isVisible()).toBe(false);
  const expired = await new SignJWT({ role: 'leader', scope: ['48'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('expired')
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(new TextEncoder().encode(process.env.HUB_JWT_SECRET!));
  await page.evaluate((t) => (globalThis as any).sessionStorage.setItem('hubToken', t), expired);
  await page.locator('#tabs a', { hasText: 'Môi trường' }).click();
  await page.waitForSelector('#login:not([hidden])');
  expect(await page.locator('#loginReason').textContent()).toContain('hết hạn');
  await page.fill('#token', token);
  await page.click('#tokenForm button');
  await page.waitForSelector('.card[data-sector=environment]', { timeout: 300_000 });
  expect(await page.locator('#login').isVisible()).toBe(false);
  expect(page.url()).not.toContain('token');
  await page.close();
});

test('a stopped sector shows its "unavailable" panel while the others draw, on the overview and the wall', async () => {
  await hub.subgraphs.health.stop();
  const { page } = await openPage(browser, url('view=overview&province=48&period=2025-10'));
  await loaded(page);
  await page.screenshot({ path: join(shotsDir, 'sector-down.png'), fullPage: true });
  expect(await page.locator('.sector-panel[data-sector=health] .unavailable.down').count()).toBe(1);
  expect(await page.locator('.sector-panel[data-sector=health] .card').count()).toBe(0);
  const drawn: Record<string, string> = {};
  for (const s of ['procedures', 'education', 'land', 'environment', 'vessels', 'feedback']) {
    drawn[s] =
      (await page.locator(`.sector-panel[data-sector=${s}] .card`).count()) > 0
        ? 'cards'
        : `${await page.locator(`.sector-panel[data-sector=${s}] .unavailable`).getAttribute('title')}`;
  }
  expect(drawn).toEqual({ procedures: 'cards', education: 'cards', land: 'cards', environment: 'cards', vessels: 'cards', feedback: 'cards' });
  await page.close();

  const wall = await openPage(browser, url('wall=1&view=health&province=48&period=2025-10'), { width: 1920, height: 1080 });
  await loaded(wall.page);
  expect(await wall.page.locator('#view .unavailable.down').textContent()).toContain('Y tế');
  await wall.page.close();
});
