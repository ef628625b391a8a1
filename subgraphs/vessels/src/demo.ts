/**
 * Demo data in the native formats, the same on every machine (seeded): zones (GeoJSON), the
 * registry (CSV) and AIS/VMS positions (NMEA 4.0) for Quảng Nam (49), Nghệ An (40) and Hà Nam (35)
 * — three days of February 2025 under the old register, then an update of the registry with the
 * new register's codes (48, 40, 37) and three days of September 2025. Hà Nam has no coast: its few
 * registered boats are small river craft, under 15 m, without VMS. A few records are malformed on
 * purpose, for the rejects panel.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, unitRegisters, writeLines, scaleProvince, scaled } from '@ioc/kit';
import { longRangeReport, positionReport, staticNameReport, type PositionFix } from './connectors/ais-encode';

type Box = [number, number, number, number];
interface Coast {
  province: string;
  symbol: string;
  successor: string;
  ports: { id: string; name: string; box: Box }[];
  sea: Box;
  fishing: Box;
  mmsiBase: number;
}

/** Approximate boxes drawn for the demo (not official boundaries); the zone properties say so. */
const coasts: Coast[] = [
  {
    province: '49',
    symbol: 'QNa',
    successor: '48',
    mmsiBase: 574_100_000,
    ports: [
      { id: 'port-cua-dai', name: 'Cảng cá Cửa Đại (Hội An)', box: [108.36, 15.86, 108.41, 15.9] },
      { id: 'port-tam-quang', name: 'Cảng cá Tam Quang (Núi Thành)', box: [108.66, 15.4, 108.71, 15.45] },
    ],
    sea: [108.55, 15.3, 109.3, 16.05],
    fishing: [108.3, 15.2, 109.2, 16.1],
  },
  {
    province: '40',
    symbol: 'NA',
    successor: '40',
    mmsiBase: 574_200_000,
    ports: [
      { id: 'port-cua-hoi', name: 'Cảng cá Cửa Hội (Nghi Xuân – Cửa Lò)', box: [105.72, 18.74, 105.78, 18.79] },
      { id: 'port-lach-quen', name: 'Cảng cá Lạch Quèn (Quỳnh Lưu)', box: [105.7, 19.08, 105.75, 19.12] },
    ],
    sea: [105.85, 18.5, 106.6, 19.4],
    fishing: [105.6, 18.4, 106.5, 19.5],
  },
];

const approximateNote = 'Vùng minh hoạ vẽ gần đúng cho dữ liệu demo, không phải ranh giới chính thức';
const rect = ([x0, y0, x1, y1]: Box) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

function zonesFile(): string {
  const feature = (id: string, kind: string, name: string, coordinates: unknown) => ({
    type: 'Feature',
    properties: { id, kind, name, approximate: true, source: approximateNote },
    geometry: { type: 'Polygon', coordinates },
  });
  const features = coasts.flatMap((c) => [
    ...c.ports.map((p) => feature(p.id, 'PORT', p.name, rect(p.box))),
    feature(
      `fishing-${c.province}`,
      'FISHING_ZONE',
      `Vùng khai thác ven bờ và vùng lộng tỉnh ${c.province === '49' ? 'Quảng Nam' : 'Nghệ An'}`,
      rect(c.fishing),
    ),
  ]);
  // A coarse box around the Vietnamese sea: enough to show "left national waters" alerts.
  features.push(feature('vn-waters', 'NATIONAL_BOUNDARY', 'Vùng biển Việt Nam (gần đúng)', rect([102.0, 6.0, 117.5, 23.5])));
  // Malformed on purpose: a ring that is not closed.
  features.push({
    type: 'Feature',
    properties: { id: 'port-broken', kind: 'PORT', name: 'Cảng lỗi', approximate: true, source: approximateNote },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [108, 15],
          [108.1, 15],
          [108.1, 15.1],
        ],
      ],
    },
  });
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

const gears = ['Lưới vây', 'Lưới kéo', 'Lưới rê', 'Câu mực', 'Câu cá ngừ', 'Chụp mực'];
const names = ['Phước Lộc', 'Thành Công', 'Hải Đăng', 'Bình An', 'Tân Phát', 'Đại Thắng', 'Hoàng Sa', 'Trường Sa', 'Minh Châu', 'Quốc Việt'];

interface DemoVessel {
  registration: string;
  name: string;
  lengthM: number;
  powerKw: number;
  gear: string;
  mmsi: number | null;
  port: Coast['ports'][number] | null;
  coast: Coast | null;
  commune: string;
  newCommune: string | null;
}

function fleet(rnd: ReturnType<typeof seededRandom>): DemoVessel[] {
  const reg = unitRegisters();
  const communesOf = (province: string, register: 'PRE_2025_07' | 'FROM_2025_07') => reg.list(register, 'COMMUNE').filter((c) => c.province === province);
  const out: DemoVessel[] = [];
  for (const c of coasts) {
    const communes = communesOf(c.province, 'PRE_2025_07').slice(0, 40);
    for (let i = 0; i < 24; i++) {
      const commune = rnd.pick(communes);
      const successor = reg.successorsOf(commune)[0]?.unit.code ?? null;
      const lengthM = rnd.chance(0.75) ? 15 + rnd.int(0, 120) / 10 : 9 + rnd.int(0, 55) / 10;
      out.push({
        registration: `${c.symbol}-9${String(100 + i * 37).padStart(4, '0')}-TS`,
        name: `${rnd.pick(names)} ${i + 1}`,
        lengthM,
        powerKw: Math.round(lengthM * rnd.int(12, 30)),
        gear: rnd.pick(gears),
        mmsi: lengthM >= 15 || rnd.chance(0.3) ? c.mmsiBase + i + 1 : null,
        port: rnd.pick(c.ports),
        coast: c,
        commune: commune.code,
        newCommune: successor,
      });
    }
  }
  // Hà Nam: river boats, no VMS, no positions.
  for (const commune of communesOf('35', 'PRE_2025_07').slice(0, 4)) {
    out.push({
      registration: `HNa-9${String(out.length).padStart(4, '0')}-TS`,
      name: `Sông Đáy ${out.length}`,
      lengthM: 7 + rnd.int(0, 40) / 10,
      powerKw: rnd.int(10, 40),
      gear: 'Lưới rê',
      mmsi: null,
      port: null,
      coast: null,
      commune: commune.code,
      newCommune: reg.successorsOf(commune)[0]?.unit.code ?? null,
    });
  }
  return out;
}

const header = 'SoDangKy;TenTau;ChieuDai;CongSuat;NgheKhaiThac;MaXaChuTau;MMSI;CangCa;NgayCapNhat';
const row = (v: DemoVessel, commune: string, date: string, lengthM = v.lengthM) =>
  [v.registration, v.name, `"${String(lengthM).replace('.', ',')}"`, v.powerKw, v.gear, commune, v.mmsi ?? '', v.port?.name ?? 'Bến sông Phủ Lý', date].join(
    ';',
  );

function registryBefore(vessels: DemoVessel[]): string {
  return (
    [
      header,
      ...vessels.map((v) => row(v, v.commune, '2025-01-15')),
      'QNa-91X-TS;Số đăng ký sai;18;300;Câu;20335;;Cảng cá Cửa Đại (Hội An);2025-01-15',
      'NA-92001-TS;Mã xã sai;17;300;Câu;12;574299999;Cảng cá Cửa Hội (Nghi Xuân – Cửa Lò);2025-01-15',
      'QNa-92002-TS;Chiều dài thiếu;;300;Câu;20335;;Cảng cá Cửa Đại (Hội An);2025-01-15',
    ].join('\n') + '\n'
  );
}

/** After the reform: a third of the fleet re-declared with the new commune codes, one vessel lengthened. */
function registryAfter(vessels: DemoVessel[], rnd: ReturnType<typeof seededRandom>): string {
  const rows = vessels
    .filter((v) => v.newCommune && rnd.chance(0.33))
    .map((v, i) => row(v, v.newCommune!, '2025-08-20', i === 0 ? Math.max(v.lengthM, 15.5) : v.lengthM));
  return [header, ...rows, 'QNa-93001-TS;MMSI sai;16;300;Câu;20335;5741;Cảng cá Cửa Đại (Hội An);2025-08-20'].join('\n') + '\n';
}

/**
 * Trips of every vessel with an MMSI over `days` days from `start`: out of port, fishing, back.
 * A share of vessels sends nothing at all in the period (silent since the previous one).
 */
function positions(vessels: DemoVessel[], rnd: ReturnType<typeof seededRandom>, start: Date, days: number, absentShare: number): string {
  const lines: string[] = [];
  const end = start.getTime() + days * 86400_000;
  for (const v of vessels) {
    if (!v.mmsi || !v.coast || !v.port || rnd.chance(absentShare)) continue;
    const viaSatellite = v.lengthM >= 15 && rnd.chance(0.6);
    const [px0, py0, px1, py1] = v.port.box;
    const home = { lon: (px0 + px1) / 2, lat: (py0 + py1) / 2 };
    const [sx0, sy0, sx1, sy1] = v.coast.sea;
    let t = start.getTime() + rnd.int(0, 6) * 3600_000;
    // Some vessels fall silent part-way (broken or switched-off transceiver).
    const silentFrom = rnd.chance(0.1) ? start.getTime() + rnd.int(12, days * 24 - 12) * 3600_000 : Infinity;
    // A few stray beyond national waters.
    const strays = rnd.chance(0.05);
    let where = { ...home };
    let atSea = false;
    while (t < end && t < silentFrom) {
      if (!atSea && rnd.chance(0.5)) {
        atSea = true;
        where = { lon: sx0 + rnd.next() * (sx1 - sx0), lat: sy0 + rnd.next() * (sy1 - sy0) };
      } else if (atSea && rnd.chance(0.08)) {
        atSea = false;
        where = { ...home };
      } else if (atSea) {
        where = { lon: Math.min(118, where.lon + (rnd.next() - 0.4) * 0.08 + (strays ? 0.3 : 0)), lat: where.lat + (rnd.next() - 0.5) * 0.08 };
      }
      const fix: PositionFix = {
        mmsi: v.mmsi,
        at: new Date(t),
        lat: round(where.lat),
        lon: round(where.lon),
        speed: atSea ? rnd.int(2, 9) : 0,
        course: rnd.int(0, 359),
        status: atSea ? rnd.pick([0, 7]) : 5,
      };
      lines.push(viaSatellite ? longRangeReport(fix) : positionReport(fix));
      t += (viaSatellite ? 2 : 1) * 3600_000 - rnd.int(0, 600) * 1000;
    }
    if (!viaSatellite)
      lines.push(
        staticNameReport(
          v.mmsi,
          v.registration
            .replace(/-/g, ' ')
            .normalize('NFD')
            .replace(/[^\x20-\x7e]/g, ''),
          start,
        ),
      );
  }
  lines.sort((a, b) => tagTime(a) - tagTime(b));
  // Malformed on purpose: a damaged checksum and a sentence without its tag block.
  lines.splice(10, 0, lines[10].replace(/\*[0-9A-F]{2}$/, '*00'));
  lines.splice(20, 0, lines[20].slice(lines[20].indexOf('!')));
  return lines.join('\n') + '\n';
}

const round = (x: number) => Math.round(x * 600) / 600;
const tagTime = (line: string) => Number(/^\\c:(\d+)/.exec(line)?.[1] ?? 0);

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(49_40_35);
  const vessels = fleet(rnd);
  const files: [string, string, string][] = [
    ['zones', 'zones.geojson', zonesFile()],
    ['registry', 'registry-2025-01.csv', registryBefore(vessels)],
    ['positions', 'positions-2025-02.nmea', positions(vessels, rnd, new Date('2025-02-10T00:00:00+07:00'), 3, 0)],
    ['registry', 'registry-2025-08.csv', registryAfter(vessels, rnd)],
    ['positions', 'positions-2025-09.nmea', positions(vessels, rnd, new Date('2025-09-15T00:00:00+07:00'), 3, 0.1)],
  ];
  return files.map(([feed, name, content]) => {
    const file = join(outDir, name);
    writeFileSync(file, content);
    return { feed, file };
  });
}

/** Registered offshore vessels of a coastal province (size L of the benchmark), each reporting every 5 minutes for a day. */
const vesselsPerProvince = 1500;
const reportEveryMs = 5 * 60_000;
/** The old Đà Nẵng's fishing port and waters, drawn as approximately as the demo's others. */
const daNang: Coast = {
  province: '48',
  symbol: 'ĐNa',
  successor: '48',
  mmsiBase: 574_300_000,
  ports: [{ id: 'port-tho-quang', name: 'Cảng cá Thọ Quang (Sơn Trà)', box: [108.22, 16.08, 108.26, 16.11] }],
  sea: [108.35, 15.95, 109.3, 16.5],
  fishing: [108.2, 15.9, 109.3, 16.6],
};

/**
 * The fleet of the merged Đà Nẵng (48) at `scale` (1 = 1,500 vessels): the zones of its two coasts,
 * the registry under the old commune codes of Quảng Nam (49) and the old Đà Nẵng (48), and every
 * vessel's AIS position every 5 minutes over the last day of 2025, time-ordered as a receiver
 * logs them, in hourly files. Streamed line by line.
 */
export async function generateScale(outDir: string, scale: number): Promise<{ feed: string; file: string }[]> {
  const rnd = seededRandom(48_2025);
  const province = scaleProvince();
  const fleetCoasts = [coasts[0], daNang];
  const n = scaled(vesselsPerProvince, scale);
  const communesOf = (code: string) => province.old.communes.filter((c) => c.province === code);
  const vessels: (DemoVessel & { mmsi: number; coast: Coast; port: Coast['ports'][number] })[] = [];
  for (let i = 0; i < n; i++) {
    const coast = fleetCoasts[rnd.chance(0.6) ? 0 : 1];
    const lengthM = 15 + rnd.int(0, 150) / 10;
    vessels.push({
      // Serials from 80000 keep clear of the showcase demo's vessels (9xxxx).
      registration: `${coast.symbol}-${80000 + i}-TS`,
      name: `${rnd.pick(names)} ${i + 1}`,
      lengthM,
      powerKw: Math.round(lengthM * rnd.int(12, 30)),
      gear: rnd.pick(gears),
      mmsi: daNang.mmsiBase + i + 1,
      port: rnd.pick(coast.ports),
      coast,
      commune: rnd.pick(communesOf(coast.province)).code,
      newCommune: null,
    });
  }
  const feature = (id: string, kind: string, name: string, box: Box) => ({
    type: 'Feature',
    properties: { id, kind, name, approximate: true, source: approximateNote },
    geometry: { type: 'Polygon', coordinates: rect(box) },
  });
  const zones = {
    type: 'FeatureCollection',
    features: [
      ...fleetCoasts.flatMap((c) => c.ports.map((p) => feature(p.id, 'PORT', p.name, p.box))),
      feature('fishing-48', 'FISHING_ZONE', 'Vùng khai thác ven bờ và vùng lộng thành phố Đà Nẵng', daNang.fishing),
      feature('vn-waters', 'NATIONAL_BOUNDARY', 'Vùng biển Việt Nam (gần đúng)', [102.0, 6.0, 117.5, 23.5]),
    ],
  };
  const files = [
    { feed: 'zones', file: join(outDir, 'zones-48.geojson') },
    { feed: 'registry', file: join(outDir, 'registry-48-2025.csv') },
  ];
  writeFileSync(files[0].file, JSON.stringify(zones, null, 1));
  await writeLines(files[1].file, [header, ...vessels.map((v) => row(v, v.commune, '2025-01-15'))]);
  const day = Date.parse('2025-12-31T00:00:00+07:00');
  const where = vessels.map((v) => ({ lon: (v.port.box[0] + v.port.box[2]) / 2, lat: (v.port.box[1] + v.port.box[3]) / 2, atSea: false }));
  /** One report of every vessel at each 5-minute tick of the hour from `start`. */
  function* reports(start: number) {
    for (let t = start; t < start + 3_600_000; t += reportEveryMs) {
      for (const [i, v] of vessels.entries()) {
        const w = where[i];
        const [sx0, sy0, sx1, sy1] = v.coast.sea;
        if (!w.atSea && rnd.chance(0.02)) Object.assign(w, { atSea: true, lon: sx0 + rnd.next() * (sx1 - sx0), lat: sy0 + rnd.next() * (sy1 - sy0) });
        else if (w.atSea) Object.assign(w, { lon: Math.min(118, w.lon + (rnd.next() - 0.5) * 0.01), lat: w.lat + (rnd.next() - 0.5) * 0.01 });
        // The receiver stamps each report within the second it arrives, vessels a few seconds apart.
        yield positionReport({
          mmsi: v.mmsi,
          at: new Date(t + (i % 290) * 1000),
          lat: round(w.lat),
          lon: round(w.lon),
          speed: w.atSea ? rnd.int(2, 9) : 0,
          course: rnd.int(0, 359),
          status: w.atSea ? rnd.pick([0, 7]) : 5,
        });
      }
    }
  }
  // The receiver's log rolls over every hour.
  for (let hour = 0; hour < 24; hour++) {
    const file = join(outDir, `positions-48-2025-12-31-${String(hour).padStart(2, '0')}.nmea`);
    await writeLines(file, reports(day + hour * 3_600_000));
    files.push({ feed: 'positions', file });
  }
  return files;
}
