/** Headline figures of a unit's air quality, for leaders. */
import { indicatorStatus, toVietnamIso, type Indicator } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import { settings } from './settings';
import { latestHour, vietnamDay } from './series';
import { figuresOf, stationDays } from './period-stats';
import { LATEST_WINDOW_MS, type Loaders } from './loaders';
import type { StationDoc } from './models';

/**
 * QĐ 1459/QĐ-TCMT, Bảng 1: 100 is the top of "Trung bình"; 101–150 "Kém" affects sensitive groups
 * (watch); from 151 "Xấu" everyone may be affected, the level the issue sets for alerts.
 */
export const LATEST_AQI_TARGET = 100;
const LATEST_AQI_ALERT = 151;

export async function indicators(stations: StationDoc[], loaders: Loaders): Promise<Indicator[]> {
  const reference = await loaders.newestReading();
  if (!reference || stations.length === 0) return [];

  const latest = await Promise.all(stations.map(async (s) => {
    const rows = await loaders.readings.load({ station: s.code, start: new Date(reference.getTime() - LATEST_WINDOW_MS), end: new Date(reference.getTime() + HOUR_MS) });
    return latestHour(rows ?? [], reference);
  }));
  const worst = latest.reduce<(typeof latest)[number]>((w, h) => (h && (!w || h.value > w.value) ? h : w), null);
  const latestStatus = indicatorStatus(worst?.value ?? null, { target: LATEST_AQI_TARGET, better: 'lower', band: LATEST_AQI_ALERT - 1 - LATEST_AQI_TARGET });

  const t = settings();
  const days = t.indicatorDays;
  const to = vietnamDay(reference.getTime() + 24 * HOUR_MS);
  const from = vietnamDay(Date.parse(`${to}T00:00:00+07:00`) - days * 24 * HOUR_MS);
  // The same number of days just before, for the trend; both in one read of the day documents.
  const before = vietnamDay(Date.parse(`${from}T00:00:00+07:00`) - days * 24 * HOUR_MS);
  const entries = await stationDays(stations, loaders, { from: before, to });
  const now = figuresOf({ from, to }, entries);
  const previous = figuresOf({ from: before, to: from }, entries);
  const rate = now.goodDayRate;
  const target = t.goodDayTarget;
  const rateStatus = indicatorStatus(rate, { target, better: 'higher', band: t.goodDayWatchBand });

  return [
    {
      code: 'environment.latestAqi',
      name: 'VN_AQI giờ cao nhất trong các trạm (giờ gần nhất)',
      value: worst?.value ?? null,
      unit: 'VN_AQI',
      target: LATEST_AQI_TARGET,
      status: latestStatus,
      period: toVietnamIso(worst?.time ?? reference),
      source: 'QĐ 1459/QĐ-TCMT, Bảng 1: tối đa 100 (mức Trung bình)',
    },
    {
      code: 'environment.goodDayRate',
      name: 'Tỷ lệ ngày-trạm có chất lượng không khí Tốt hoặc Trung bình',
      value: rate,
      unit: '%',
      target,
      status: rateStatus,
      previous: previous.goodDayRate,
      period: `${from}/${to}`,
      source: 'Cấu hình HUB_ENVIRONMENT_GOOD_DAY_TARGET (mặc định 80 %)',
    },
  ];
}
