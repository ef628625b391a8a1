/** Headline figures of a unit's air quality, for leaders. */
import { indicatorStatus, requestNow, toVietnamIso, type Indicator } from '@ioc/kit';
import { HOUR_MS } from './aqi';
import { settings } from './settings';
import { vietnamDay } from './series';
import { figuresOf, stationDays, type PeriodFigures } from './period-stats';
import type { Loaders } from './loaders';
import type { StationDoc } from './models';

/**
 * QĐ 1459/QĐ-TCMT, Bảng 1: 100 is the top of "Trung bình"; 101–150 "Kém" affects sensitive groups
 * (watch); from 151 "Xấu" everyone may be affected, the level the issue sets for alerts.
 */
export const LATEST_AQI_TARGET = 100;
const LATEST_AQI_ALERT = 151;

/**
 * A unit without stations, or a hub without any reading yet, still answers both indicators: no
 * value, status WATCH (the kit's rule for no data in every sector), at the hub's reference hour or
 * now when nothing was ever read. An empty list would look like "nothing to watch".
 */
export async function indicators(stations: StationDoc[], loaders: Loaders): Promise<Indicator[]> {
  // The clock only when nothing was ever read: otherwise the answer does not depend on it.
  const reference = (await loaders.newestReading()) ?? requestNow();

  const latest = await Promise.all(stations.map((s) => loaders.cachedAqi.latest(s.code, reference)));
  const worst = latest.reduce<(typeof latest)[number]>((w, h) => (h && (!w || h.value > w.value) ? h : w), null);

  const days = settings().indicatorDays;
  const to = vietnamDay(reference.getTime() + 24 * HOUR_MS);
  const from = vietnamDay(Date.parse(`${to}T00:00:00+07:00`) - days * 24 * HOUR_MS);
  // The same number of days just before, for the trend; both in one read of the day documents.
  const before = vietnamDay(Date.parse(`${from}T00:00:00+07:00`) - days * 24 * HOUR_MS);
  const entries = await stationDays(stations, loaders.cachedAqi, { from: before, to });
  return airIndicators(worst, reference, figuresOf({ from, to }, entries), figuresOf({ from: before, to: from }, entries));
}

/**
 * The indicators from what was read: the worst station's latest hour (null without one within the
 * window) at the hub's reference hour, and the good-day figures of the period and the one before.
 */
export function airIndicators(worst: { value: number; time: Date } | null, reference: Date, now: PeriodFigures, previous: PeriodFigures): Indicator[] {
  const t = settings();
  return [
    {
      code: 'environment.latestAqi',
      name: 'VN_AQI giờ cao nhất trong các trạm (giờ gần nhất)',
      value: worst?.value ?? null,
      unit: 'VN_AQI',
      target: LATEST_AQI_TARGET,
      status: indicatorStatus(worst?.value ?? null, { target: LATEST_AQI_TARGET, better: 'lower', band: LATEST_AQI_ALERT - 1 - LATEST_AQI_TARGET }),
      period: toVietnamIso(worst?.time ?? reference),
      source: 'QĐ 1459/QĐ-TCMT, Bảng 1: tối đa 100 (mức Trung bình)',
    },
    {
      code: 'environment.goodDayRate',
      name: 'Tỷ lệ ngày-trạm có chất lượng không khí Tốt hoặc Trung bình',
      value: now.goodDayRate,
      unit: '%',
      target: t.goodDayTarget,
      status: indicatorStatus(now.goodDayRate, { target: t.goodDayTarget, better: 'higher', band: t.goodDayWatchBand }),
      previous: previous.goodDayRate,
      period: `${now.from}/${now.to}`,
      source: 'Cấu hình HUB_ENVIRONMENT_GOOD_DAY_TARGET (mặc định 80 %)',
    },
  ];
}
