/**
 * Demo data in the monitoring system's own formats (stations.json, hourly readings CSV) for
 * Quảng Nam (49), Nghệ An (40) and Hà Nam (35): a station list and three days of readings before the
 * 2025 reform (old-register commune codes), then the re-issued list with the successors' codes
 * (48 Đà Nẵng, 40 Nghệ An, 37 Ninh Bình) and three days after. Seeded, so every machine gets the
 * same files. A few malformed records are mixed in for the rejects panel.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveUnit, seededRandom, writeLines, scaleProvince, scaled, evenShare, provinceYear, provinceMonths } from '@ioc/kit';

interface DemoStation {
  code: string;
  name: string;
  longitude: number;
  latitude: number;
  /** Commune code in the register of 2025-03-01 (GSO). */
  commune: string;
  /** Typical winter PM2.5 (µg/m³): northern plains are dirtier in the dry season. */
  pm25: number;
}

const stations: DemoStation[] = [
  { code: 'QNM_TAMKY', name: 'Trạm quan trắc không khí Tam Kỳ', longitude: 108.4739, latitude: 15.5736, commune: '20335', pm25: 24 },
  { code: 'QNM_HOIAN', name: 'Trạm quan trắc không khí Hội An', longitude: 108.338, latitude: 15.8794, commune: '20398', pm25: 20 },
  { code: 'NAN_VINH', name: 'Trạm quan trắc không khí TP Vinh', longitude: 105.6813, latitude: 18.6734, commune: '16663', pm25: 42 },
  { code: 'NAN_HOANGMAI', name: 'Trạm quan trắc không khí Hoàng Mai', longitude: 105.715, latitude: 19.254, commune: '17110', pm25: 38 },
  { code: 'HNA_PHULY', name: 'Trạm quan trắc không khí Phủ Lý', longitude: 105.9122, latitude: 20.5411, commune: '13285', pm25: 58 },
  { code: 'HNA_DONGVAN', name: 'Trạm quan trắc không khí KCN Đồng Văn', longitude: 105.922, latitude: 20.645, commune: '13321', pm25: 64 },
];

/**
 * Days per period. Each hour is one record and FerretDB v1 upserts slow down as a collection
 * grows, so the demo stays at a few days: enough for daily indices and an episode, small enough to
 * load through HTTP in seconds.
 */
const DAYS = 3;
const header = 'MaTram,ThoiGian,PM2_5,PM10,O3,NO2,SO2,CO';

function stationList(updatedAt: string, codeOf: (s: DemoStation) => string, extra: object[]): string {
  const list = stations.map((s) => ({ code: s.code, name: s.name, type: 'AIR', longitude: s.longitude, latitude: s.latitude, communeCode: codeOf(s) }));
  return JSON.stringify({ updatedAt, stations: [...list, ...extra] }, null, 2) + '\n';
}

/** "2025-01-01T07:00:00+07:00": the system's ThoiGian, Vietnam time. */
function ictHour(ms: number, minute = 0): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 13)}:${String(minute).padStart(2, '0')}:00+07:00`;
}

const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * Hourly readings: a diurnal PM curve peaking in the evening and the morning rush, ozone peaking
 * in the early afternoon, traffic-shaped NO2 and CO, some gaps, one pollution episode per period
 * in Hà Nam (burning of rice straw after harvest), and a few malformed rows.
 */
function readings(firstDay: string, season: number, rand: ReturnType<typeof seededRandom>, episodeDay: number): string {
  const start = Date.parse(`${firstDay}T00:00:00+07:00`);
  const rows = [header, ...readingRows(stations, start, DAYS * 24, () => season, rand, episodeDay)];
  const t = (day: number, hour: number, minute = 0) => ictHour(start + (day * 24 + hour) * 3_600_000, minute);
  rows.push(
    `QNM_TAMKY,${t(1, 9, 30)},22.1,35.0,40.2,20.5,7.1,700`,
    `NAN_VINH,${t(2, 10)},-3.5,60.2,50.0,25.0,8.0,650`,
    `HNA_TRAM_LA,${t(2, 10)},45.0,70.0,40.0,30.0,9.0,900`,
    `HNA_PHULY,${t(2, 14)},N/A,88.0,60.0,28.0,9.5,800`,
  );
  return rows.join('\n') + '\n';
}

/** `hours` hourly rows of each station from `start`, one station after another; `season` scales PM by the time of year. */
function* readingRows(
  list: DemoStation[],
  start: number,
  hours: number,
  season: (t: number) => number,
  rand: ReturnType<typeof seededRandom>,
  episodeDay: number,
): Generator<string> {
  for (const s of list) {
    const outageStart = rand.int(0, hours - 8);
    for (let k = 0; k < hours; k++) {
      if (k >= outageStart && k < outageStart + (s.code === 'NAN_HOANGMAI' ? 6 : 0)) continue;
      const time = new Date(start + k * 3_600_000);
      const h = k % 24;
      const day = Math.floor(k / 24);
      const diurnal = 1 + 0.35 * Math.cos((2 * Math.PI * (h - 20)) / 24) + (h >= 6 && h <= 8 ? 0.25 : 0);
      const episode = s.code.startsWith('HNA') && day >= episodeDay && day <= episodeDay + 1 ? 2.6 : 1;
      const pm25 = s.pm25 * season(time.getTime()) * diurnal * episode * (0.8 + 0.4 * rand.next());
      const sun = Math.max(0, Math.sin((Math.PI * (h - 6)) / 12));
      const o3 = 15 + (season(time.getTime()) < 1 ? 120 : 70) * sun * (0.7 + 0.6 * rand.next());
      const traffic = 1 + (h >= 6 && h <= 8 ? 0.8 : 0) + (h >= 17 && h <= 19 ? 0.9 : 0);
      const cell = (v: number) => (rand.chance(0.03) ? '' : fmt(v));
      yield [
        s.code,
        ictHour(time.getTime()),
        cell(pm25),
        cell(pm25 * (1.5 + 0.3 * rand.next())),
        cell(o3),
        cell(18 * traffic * (0.7 + 0.6 * rand.next())),
        cell(6 + 10 * rand.next()),
        cell(600 * traffic * (0.8 + 0.4 * rand.next())),
      ].join(',');
    }
  }
}

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  mkdirSync(outDir, { recursive: true });
  const rand = seededRandom(1459);
  const files = [
    {
      feed: 'stations',
      file: 'stations-2025-01.json',
      text: stationList('2025-01-01', (s) => s.commune, [
        { code: 'QNM_NUOC01', name: 'Trạm quan trắc nước sông Trường Giang', type: 'WATER', longitude: 108.52, latitude: 15.6, communeCode: '20335' },
        { code: 'NAN_NHAMMA', name: 'Trạm nhập sai mã xã', type: 'AIR', longitude: 105.6, latitude: 18.7, communeCode: '16999' },
      ]),
    },
    { feed: 'readings', file: 'readings-2025-01.csv', text: readings('2025-01-01', 1, rand, 2) },
    {
      feed: 'stations',
      file: 'stations-2025-07.json',
      // The re-issued list names each station's commune by its successor (resolver's rule for splits).
      text: stationList('2025-07-01', (s) => resolveUnit(s.commune, '2025-03-01').current.commune!, []),
    },
    { feed: 'readings', file: 'readings-2025-07.csv', text: readings('2025-07-01', 0.55, rand, 1) },
  ];
  for (const f of files) writeFileSync(join(outDir, f.file), f.text);
  return files.map((f) => ({ feed: f.feed, file: join(outDir, f.file) }));
}

/** Automatic air stations of a province's network (size L of the benchmark), each reporting every hour of the year. */
const stationsPerProvince = 20;

/**
 * One year of the merged Đà Nẵng (48)'s air network at `scale` (1 = 20 stations): the station list
 * under the old commune codes of Quảng Nam (49) and the old Đà Nẵng (48), every hour of 2025 from
 * each station in a file a month (the dry season from November to April dirtier than the wet one),
 * and the list re-issued in July under today's codes. Streamed row by row.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const rand = seededRandom(48_2025);
  const province = scaleProvince();
  const count = scaled(stationsPerProvince, scale);
  const communes = evenShare(province.old.communes, count / province.old.communes.length);
  const list: DemoStation[] = communes.map((c, i) => ({
    code: `DNG_${String(i + 1).padStart(2, '0')}`,
    name: `Trạm quan trắc không khí ${c.name}`,
    longitude: Math.round((107.9 + rand.next() * 0.9) * 1e4) / 1e4,
    latitude: Math.round((15.3 + rand.next() * 0.8) * 1e4) / 1e4,
    commune: c.code,
    pm25: rand.int(15, 35),
  }));
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const listFile = (updatedAt: string, after: boolean) =>
    JSON.stringify(
      {
        updatedAt,
        stations: list.map((s) => ({
          code: s.code,
          name: s.name,
          type: 'AIR',
          longitude: s.longitude,
          latitude: s.latitude,
          communeCode: after ? province.successor(byCode.get(s.commune)!) : s.commune,
        })),
      },
      null,
      2,
    ) + '\n';
  const dry = (t: number) => {
    const m = new Date(t + 7 * 3_600_000).getUTCMonth();
    return m >= 10 || m <= 3 ? 1 : 0.55;
  };
  const files: { feed: string; file: string }[] = [];
  for (const month of provinceMonths) {
    if (month.from === provinceYear.from || month.from === provinceYear.reform) {
      const file = join(outDir, `stations-48-${month.tag}.json`);
      writeFileSync(file, listFile(`${month.tag}-01`, month.from === provinceYear.reform));
      files.push({ feed: 'stations', file });
    }
    const file = join(outDir, `readings-48-${month.tag}.csv`);
    await writeLines(
      file,
      (function* () {
        yield header;
        yield* readingRows(list, month.from, Math.round((month.to - month.from) / 3_600_000), dry, rand, -1);
      })(),
    );
    files.push({ feed: 'readings', file });
  }
  return files;
}
