/** Alerts when a station's hourly VN_AQI reaches Xấu or worse, one per station and day. */
import { rankAlerts, type Alert } from '@ioc/kit';
import { HOUR_MS, type HourlyAqi } from './aqi';
import { vietnamDay } from './series';
import type { Loaders } from './loaders';
import type { StationDoc } from './models';

/** QĐ 1459/QĐ-TCMT, Bảng 1: 151 opens "Xấu", 201 "Rất xấu"; the issue alerts from Xấu. */
const WARNING_FROM = 151;
const CRITICAL_FROM = 201;
const DEFAULT_DAYS = 7;

const pollutantLabel: Record<string, string> = { PM2_5: 'PM2.5', PM10: 'PM10', O3: 'O₃', NO2: 'NO₂', SO2: 'SO₂', CO: 'CO' };

export async function alerts(stations: StationDoc[], loaders: Loaders, since: Date | null): Promise<Alert[]> {
  const reference = await loaders.newestReading();
  if (!reference || stations.length === 0) return [];
  const from = since ?? new Date(reference.getTime() - DEFAULT_DAYS * 24 * HOUR_MS);
  const end = new Date(reference.getTime() + HOUR_MS);
  if (from >= end) return [];
  const found = await Promise.all(
    stations.map(async (s) => {
      const days = new Map<string, HourlyAqi[]>();
      for (const h of await loaders.cachedAqi.hours(s.code, from, end)) {
        if (h.value < WARNING_FROM) continue;
        const d = vietnamDay(h.time);
        days.set(d, [...(days.get(d) ?? []), h]);
      }
      return [...days.entries()].map(([day, hours]): Alert => {
        const worst = hours.reduce((w, h) => (h.value > w.value ? h : w));
        return {
          code: 'environment.aqiBad',
          level: worst.value >= CRITICAL_FROM ? ('CRITICAL' as const) : ('WARNING' as const),
          title: `Không khí ${worst.band.labelVi} tại ${s.name}: VN_AQI ${worst.value} (${pollutantLabel[worst.dominant]}), ${hours.length} giờ từ mức Xấu`,
          unitCode: s.unit.code,
          register: s.unit.register,
          time: hours[0].time,
          link: `airStation:${s.code}/${day}`,
        };
      });
    }),
  );
  // Same level and time: by station and day, so the order never depends on the read.
  return rankAlerts(
    found.flat().sort((a, b) => a.link!.localeCompare(b.link!)),
    since,
  );
}
