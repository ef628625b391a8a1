/**
 * The environment subgraph through the gateway, from feeds in the monitoring system's own format.
 * Every expected figure is worked out by hand below from QĐ 1459/QĐ-TCMT (Bảng 1, Bảng 2, mục 2.2).
 *
 * Readings (µg/m³, hours are starts, Vietnam time):
 *   QNM01 (Tam Kỳ, commune 20335, district 502, province 49)
 *     2025-01-02 00:00–23:00  PM2.5 = 40
 *     2025-01-03              nothing
 *     2025-01-04 00:00–23:00  PM2.5 = 60, and NO2 = 900 at 10:00
 *   QNM02 (Hội An, commune 20398, district 503, province 49)
 *     2025-01-04 00:00–02:00  PM10 = 100
 *   NAN01 (Vinh, commune 16663, province 40)
 *     2025-01-04 05:00–07:00  PM2.5 = 10
 *
 * Sub-indices (Công thức 1): PM2.5 40 → 50 + (100−50)/(50−25)·(40−25) = 80;
 * PM2.5 60 → 100 + (150−100)/(80−50)·(60−50) = 116.67 → 117; NO2 900 → 150 + (200−150)/(1200−700)·(900−700) = 170;
 * PM10 100 → 50 + (100−50)/(150−50)·(100−50) = 75; PM2.5 10 → 50/25·10 = 20.
 * A NowCast of equal values is that value; it needs 2 of the 3 latest hours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renewStamp } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { environment } from '../src';

let hub: TestHub;
let leader48: string;
let leader40: string;
let officer: string;

const header = 'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO';
const at = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00+07:00`;
const hours = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

const readingsCsv = [
  header,
  ...hours(0, 23).map((h) => `QNM01,${at('2025-01-02', h)},40,,,,,`),
  ...hours(0, 23).map((h) => `QNM01,${at('2025-01-04', h)},60,,,${h === 10 ? 900 : ''},,`),
  ...hours(0, 2).map((h) => `QNM02,${at('2025-01-04', h)},,100,,,,`),
  ...hours(5, 7).map((h) => `NAN01,${at('2025-01-04', h)},10,,,,,`),
].join('\n');

const badReadings = [
  header,
  'QNM01,2025-01-05T07:30:00+07:00,10,,,,,',
  'QNM01,2025-01-05T08:00:00+07:00,-5,,,,,',
  'XYZ99,2025-01-05T08:00:00+07:00,10,,,,,',
  'QNM01,2025-13-01T00:00:00+07:00,10,,,,,',
  'QNM01,2025-01-05T09:00:00+07:00,,abc,,,,',
].join('\n');

beforeAll(async () => {
  hub = await startTestHub([environment], { fresh: ['environment'], tag: 'env' });
  leader48 = await hub.token({ role: 'leader', scope: ['48'] });
  leader40 = await hub.token({ role: 'leader', scope: ['40'] });
  // Rejects naming no unit in scope (a station code, an unknown commune) are for whole-country callers.
  officer = await hub.token({ role: 'officer', scope: ['*'] });
  const s = await hub.ingest('environment', 'stations', readFileSync(join(__dirname, 'fixtures', 'stations-2025-01.json')));
  expect(s.body).toEqual({ accepted: 3, rejected: 3, unchanged: 0 });
  const r = await hub.ingest('environment', 'readings', readingsCsv);
  // 24 + 24 + 3 + 3
  expect(r.body).toEqual({ accepted: 54, rejected: 0, unchanged: 0 });
}, 600_000);
afterAll(() => hub?.stop(), 120_000);

const q = async (query: string, token = leader48) => {
  const r = await hub.query(query, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
};

describe('contract', () => {
  test('the issue’s query works exactly as written', async () => {
    const data = await q(
      `{ province(code: "49", asOf: "2025-03-01") { environment { stations { code name latestAqi { time value band dominant } daily(from: "2025-01-01", to: "2025-01-08") { date value band } } } } }`,
    );
    expect(data.province.environment.stations).toEqual([
      {
        code: 'QNM01',
        name: 'Trạm Tam Kỳ',
        // Newest reading held is QNM01's 2025-01-04 23:00: NowCast of twelve 60s = 60 → 117.
        latestAqi: { time: '2025-01-04T23:00:00+07:00', value: 117, band: 'POOR', dominant: 'PM2_5' },
        daily: [
          // 24-hour mean 40 → 80.
          { date: '2025-01-02', value: 80, band: 'MODERATE' },
          // PM2.5 mean 60 → 116.67; NO2 max 900 → 170; max = 170.
          { date: '2025-01-04', value: 170, band: 'BAD' },
        ],
      },
      {
        code: 'QNM02',
        name: 'Trạm Hội An',
        // 03:00: c1 missing, c2 = c3 = 100 → NowCast 100 → 75; 04:00 onwards only one of 3 → none.
        latestAqi: { time: '2025-01-04T03:00:00+07:00', value: 75, band: 'MODERATE', dominant: 'PM10' },
        // 3 hours < 18 needed for a 24-hour mean: no index.
        daily: [{ date: '2025-01-04', value: null, band: null }],
      },
    ]);
  });
});

describe('statistics across levels', () => {
  // QNM01: Jan 2 01:00–23:00 = 23 h at 80 (00:00 has one of 3 hours), Jan 3 00:00 (c2, c3 of Jan 2) = 1 h at 80,
  //        Jan 4 01:00–23:00 = 23 h: 22 at 117 and 10:00 at 170, Jan 5 00:00 (c2, c3) at 117.
  //                                                                → MODERATE 24, POOR 23, BAD 1
  // QNM02: Jan 4 01:00, 02:00, 03:00 at 75.                       → MODERATE 3
  const bandsQ = `hoursByBand(from: "2025-01-01", to: "2025-01-08") { band hours hoursAtOrAbove }`;
  const hoursOf = (list: { band: string; hours: number }[]) => Object.fromEntries(list.map((b) => [b.band, b.hours]));

  test('station, district, province and communes agree', async () => {
    const data = await q(`{ province(code: "49", asOf: "2025-03-01") {
      environment { stationCount ${bandsQ} }
      districts { code environment { stationCount ${bandsQ} } }
      communes { code environment { stationCount ${bandsQ} } } } }`);
    const p = data.province;
    expect(p.environment.stationCount).toBe(2);
    expect(p.environment.hoursByBand).toEqual([
      { band: 'GOOD', hours: 0, hoursAtOrAbove: 51 },
      { band: 'MODERATE', hours: 27, hoursAtOrAbove: 51 },
      { band: 'POOR', hours: 23, hoursAtOrAbove: 24 },
      { band: 'BAD', hours: 1, hoursAtOrAbove: 1 },
      { band: 'VERY_BAD', hours: 0, hoursAtOrAbove: 0 },
      { band: 'HAZARDOUS', hours: 0, hoursAtOrAbove: 0 },
    ]);
    const d = Object.fromEntries(p.districts.map((x: any) => [x.code, x.environment]));
    expect(hoursOf(d['502'].hoursByBand)).toMatchObject({ MODERATE: 24, POOR: 23, BAD: 1 });
    expect(hoursOf(d['503'].hoursByBand)).toMatchObject({ MODERATE: 3, POOR: 0, BAD: 0 });
    for (const level of [p.districts, p.communes]) {
      expect(level.reduce((s: number, x: any) => s + x.environment.stationCount, 0)).toBe(2);
      for (const [i, band] of p.environment.hoursByBand.entries()) {
        expect(level.reduce((s: number, x: any) => s + x.environment.hoursByBand[i].hours, 0)).toBe(band.hours);
      }
    }
    const c = Object.fromEntries(p.communes.map((x: any) => [x.code, x.environment.stationCount]));
    expect(c['20335']).toBe(1);
    expect(c['20398']).toBe(1);
  });

  test('a station’s own hourly series and band tally', async () => {
    const data = await q(`{ environmentStation(code: "QNM02") { code communeCode register
      hourly(from: "2025-01-04", to: "2025-01-05") { time value band dominant }
      hoursByBand(from: "2025-01-04", to: "2025-01-05") { band hours } } }`);
    const s = data.environmentStation;
    expect(s).toMatchObject({ code: 'QNM02', communeCode: '20398', register: 'PRE_2025_07' });
    expect(s.hourly).toEqual(['01', '02', '03'].map((h) => ({ time: `2025-01-04T${h}:00:00+07:00`, value: 75, band: 'MODERATE', dominant: 'PM10' })));
    expect(hoursOf(s.hoursByBand)).toEqual({ GOOD: 0, MODERATE: 3, POOR: 0, BAD: 0, VERY_BAD: 0, HAZARDOUS: 0 });
  });

  test('a bad period is BAD_USER_INPUT naming the argument', async () => {
    const r = await hub.query(`{ environmentStation(code: "QNM01") { daily(from: "2025-01-08", to: "2025-01-01") { date } } }`, { token: leader48 });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('"to"');
  });

  test('indicators and alerts of province 49', async () => {
    const data = await q(`{ province(code: "49", asOf: "2025-03-01") { environment {
      indicators { code value target status period }
      alerts { code level title unitCode register time link } } } }`);
    const e = data.province.environment;
    expect(e.indicators).toEqual([
      // Worst latest hour: QNM01 117 (QNM02 75): 101–150 → WATCH.
      { code: 'environment.latestAqi', value: 117, target: 100, status: 'WATCH', period: '2025-01-04T23:00:00+07:00' },
      // 30 days ending 2025-01-04: rated station-days QNM01 Jan 2 (80, good) and Jan 4 (170): 1/2 = 50 % < 80 − 10 → ALERT.
      { code: 'environment.goodDayRate', value: 50, target: 80, status: 'ALERT', period: '2024-12-06/2025-01-05' },
    ]);
    expect(e.alerts).toEqual([
      {
        code: 'environment.aqiBad',
        level: 'WARNING',
        title: 'Không khí Xấu tại Trạm Tam Kỳ: VN_AQI 170 (NO₂), 1 giờ từ mức Xấu',
        unitCode: '20335',
        register: 'PRE_2025_07',
        time: '2025-01-04T10:00:00+07:00',
        link: 'airStation:QNM01/2025-01-04',
      },
    ]);
  });
});

describe('access', () => {
  const query = `{ province(code: "49", asOf: "2025-03-01") { environment { stationCount stations { code } } } }`;

  test('a token scoped to another province sees none of these stations', async () => {
    const data = await q(query, leader40);
    expect(data.province.environment).toBeNull();
    const vinh = await q(`{ province(code: "40", asOf: "2025-03-01") { environment { stations { code latestAqi { value } } } } }`, leader40);
    // NAN01's latest hour is 08:00 (c2, c3 = 10 → 20), within 24 h of the newest reading.
    expect(vinh.province.environment.stations).toEqual([{ code: 'NAN01', latestAqi: { value: 20 } }]);
    expect((await q(`{ environmentStation(code: "QNM01") { code } }`, leader40)).environmentStation).toBeNull();
  });

  test('the public gets no sector data', async () => {
    const data = await hub.query(query);
    expect(data.errors).toBeUndefined();
    expect(data.data.province.environment).toBeNull();
    expect((await hub.query(`{ environmentStation(code: "QNM01") { code } }`)).data.environmentStation).toBeNull();
    const feeds = await hub.query(`{ environmentFeeds { feed } }`);
    expect(feeds.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('connector', () => {
  test('re-sending the same feed changes nothing', async () => {
    const before = await q(`{ environmentStation(code: "QNM01") { daily(from: "2025-01-01", to: "2025-01-08") { date value } } }`);
    expect((await hub.ingest('environment', 'readings', readingsCsv)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 54 });
    expect((await hub.ingest('environment', 'stations', readFileSync(join(__dirname, 'fixtures', 'stations-2025-01.json')))).body).toEqual({
      accepted: 0,
      rejected: 3,
      unchanged: 3,
    });
    expect(await q(`{ environmentStation(code: "QNM01") { daily(from: "2025-01-01", to: "2025-01-08") { date value } } }`)).toEqual(before);
  });

  test('a corrected hour replaces the stored one', async () => {
    // QNM02 02:00 PM10 100 → 160. At 02:00: c1 = 160, c2 = c3 = 100; w* = 100/160 = 0.625 > ½, so w = 0.625;
    // NowCast = (160 + 0.625·100 + 0.625²·100) / (1 + 0.625 + 0.625²) = 261.5625 / 2.015625 = 129.77;
    // PM10: 50 + (100−50)/(150−50)·(129.77 − 50) = 89.88 → 90.
    const fix = `${header}\nQNM02,2025-01-04T02:00:00+07:00,,160,,,,`;
    expect((await hub.ingest('environment', 'readings', fix)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    const data = await q(`{ environmentStation(code: "QNM02") { hourly(from: "2025-01-04", to: "2025-01-05") { time value } } }`);
    expect(data.environmentStation.hourly.find((h: any) => h.time === '2025-01-04T02:00:00+07:00').value).toBe(90);
    const back = `${header}\nQNM02,2025-01-04T02:00:00+07:00,,100,,,,`;
    expect((await hub.ingest('environment', 'readings', back)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  });

  test('malformed rows become rejects naming field and value; the rest goes in', async () => {
    const r = await hub.ingest('environment', 'readings', badReadings);
    expect(r.body).toEqual({ accepted: 0, rejected: 5, unchanged: 0 });
    const data = await q(
      `{ environmentRejects(feed: "readings") { field value reason } stations: environmentRejects(feed: "stations") { field value reason } }`,
      officer,
    );
    const reasons = data.environmentRejects.map((x: any) => x.reason).sort();
    expect(reasons).toEqual([
      'MaTram: "XYZ99" — không có trạm này trong danh mục trạm (nạp stations.json trước)',
      'PM10: "abc" — không phải số',
      'PM2_5: "-5" — nồng độ không được âm',
      'ThoiGian: "2025-01-05T07:30:00+07:00" — phải là đầu giờ (phút và giây bằng 0)',
      'ThoiGian: "2025-13-01T00:00:00+07:00" — cần ngày giờ dạng 2025-01-01T07:00:00+07:00',
    ]);
    expect(data.stations.map((x: any) => [x.field, x.value]).sort()).toEqual([
      ['communeCode', '99999'],
      ['longitude', '15.57'],
      ['type', 'WATER'],
    ]);
    expect((await hub.query(`{ environmentRejects { reason } }`, { token: leader48 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const feeds = await q(`{ environmentFeeds { feed records rejects lastOutcome } }`, await hub.token({ role: 'leader', scope: ['*'] }));
    expect(feeds.environmentFeeds).toEqual([
      { feed: 'stations', records: 3, rejects: 3, lastOutcome: 'OK_WITH_REJECTS' },
      { feed: 'readings', records: 54, rejects: 5, lastOutcome: 'OK_WITH_REJECTS' },
    ]);
  });

  test('a station list that is not JSON cannot be processed at all', async () => {
    const r = await hub.ingest('environment', 'stations', '{"updatedAt": "2025-01-01", "stations": [');
    expect(r.status).toBe(422);
    expect(r.body.error).toContain('không xử lý được tệp');
  });

  test('after the reform: a newer listing wins, an older one is unchanged, and province 48 holds 49’s stations', async () => {
    const listing = (updatedAt: string, name: string) =>
      JSON.stringify({ updatedAt, stations: [{ code: 'QNM01', name, type: 'AIR', longitude: 108.4739, latitude: 15.5736, communeCode: '20335' }] });
    expect((await hub.ingest('environment', 'stations', listing('2025-09-01', 'Trạm Bàn Thạch'))).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
    expect((await hub.ingest('environment', 'stations', listing('2025-08-01', 'Trạm Tam Kỳ cũ'))).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
    const data = await q(`{
      p48: province(code: "48", asOf: "2025-08-01") { environment { stationCount stations { code name register communeCode currentCommuneCode listedAt }
        hoursByBand(from: "2025-01-01", to: "2025-01-08") { band hours } } communes { environment { stationCount hoursByBand(from: "2025-01-01", to: "2025-01-08") { hours } } } }
      p49: province(code: "49", asOf: "2025-03-01") { environment { stations { code name register communeCode } } } }`);
    expect(data.p48.environment.stations).toEqual([
      // 20335 in the new register is Phường Bàn Thạch, which kept Tân Thạnh's code.
      { code: 'QNM01', name: 'Trạm Bàn Thạch', register: 'FROM_2025_07', communeCode: '20335', currentCommuneCode: '20335', listedAt: '2025-09-01' },
      { code: 'QNM02', name: 'Trạm Hội An', register: 'PRE_2025_07', communeCode: '20398', currentCommuneCode: expect.any(String), listedAt: '2025-01-01' },
    ]);
    expect(data.p48.environment.hoursByBand.map((b: any) => b.hours)).toEqual([0, 27, 23, 1, 0, 0]);
    const communes = data.p48.communes;
    expect(communes.reduce((s: number, c: any) => s + c.environment.stationCount, 0)).toBe(2);
    for (let i = 0; i < 6; i++) {
      expect(communes.reduce((s: number, c: any) => s + c.environment.hoursByBand[i].hours, 0)).toBe(data.p48.environment.hoursByBand[i].hours);
    }
    // The old register still lists the station as it was then.
    expect(data.p49.environment.stations[0]).toEqual({ code: 'QNM01', name: 'Trạm Tam Kỳ', register: 'PRE_2025_07', communeCode: '20335' });
  });
});

describe('database round trips', () => {
  const db = () => hub.subgraphs.environment.db.commands;
  // Nothing kept from an earlier ask: a new epoch of the stamp, as after a restart.
  const count = async (query: string, kept = false) => {
    if (!kept) await renewStamp(hub.subgraphs.environment.db.connection, { everything: true });
    const before = db().count;
    await q(query);
    return db().count - before;
  };

  test('every province of the old register costs the same queries as one', async () => {
    const fields = `environment { stationCount stations { code latestAqi { value } daily(from: "2025-01-01", to: "2025-01-08") { value } } hoursByBand(from: "2025-01-01", to: "2025-01-08") { hours } }`;
    const one = await count(`{ province(code: "49", asOf: "2025-03-01") { ${fields} } }`);
    const all = await count(`{ provinces(asOf: "2025-03-01") { code ${fields} } }`);
    const districts = await count(`{ province(code: "49", asOf: "2025-03-01") { districts { ${fields} } } }`);
    // The stamp; stations of the units; the newest reading; the AQI documents of the stations.
    expect(one).toBeLessThanOrEqual(4);
    expect(all).toBe(one);
    expect(districts).toBe(one);
    // Asked again with nothing written: the stations and the newest reading are kept under the stamp.
    expect(await count(`{ province(code: "49", asOf: "2025-03-01") { ${fields} } }`, true)).toBe(one - 2);
  });
});
