/** Headline figures and alerts of one unit, from the same rollups as its statistics. */
import { indicatorStatus, rankAlerts, type Alert, type Indicator, type Register, type UnitSelector } from '@ioc/kit';
import { settings } from './settings';
import type { LandStats } from './stats';
import type { MismatchItem } from './rollup';

const configSource = (variable: string, value: number) => `Cấu hình ${variable} (mặc định của hệ thống, hiện ${value}%)`;

const pct = (share: number | null) => (share === null ? null : Math.round(share * 10_000) / 100);

export function landIndicators(stats: LandStats): Indicator[] {
  const c = settings();
  const rule = { target: c.certifiedTarget, better: 'higher' as const, band: c.certifiedTarget - c.certifiedAlert };
  const byCount = pct(stats.certifiedShare);
  const byArea = pct(stats.certifiedAreaShare);
  return [
    {
      code: 'land.certifiedShare',
      name: 'Tỷ lệ thửa đất đã cấp Giấy chứng nhận',
      value: byCount,
      unit: '%',
      target: c.certifiedTarget,
      status: indicatorStatus(byCount, rule),
      period: null,
      source: configSource('HUB_LAND_CERTIFIED_TARGET', c.certifiedTarget),
    },
    {
      code: 'land.certifiedAreaShare',
      name: 'Tỷ lệ diện tích đã cấp Giấy chứng nhận',
      value: byArea,
      unit: '%',
      target: c.certifiedTarget,
      status: indicatorStatus(byArea, rule),
      period: null,
      source: configSource('HUB_LAND_CERTIFIED_TARGET', c.certifiedTarget),
    },
  ];
}

/** Most alerts a unit answers with (each mismatch is one parcel to survey again). */
const maxAlerts = 100;
const vn = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/**
 * The area-mismatch alerts of a unit's open set over the threshold configured now, ranked (newest
 * first, then by title, so the order never depends on the read). Resolvers keep them with the
 * tally (`derived`, keyed by the threshold): a province holds thousands, each title formatted in
 * vi-VN.
 */
export function mismatchAlerts(mismatches: MismatchItem[], threshold = settings().areaMismatch): Alert[] {
  const alerts: Alert[] = [];
  for (const r of mismatches) {
    const deviation = r.deviation * 100;
    if (deviation <= threshold) continue;
    alerts.push({
      code: 'land.areaMismatch',
      level: 'WARNING',
      title: `Thửa ${r.number} tờ bản đồ ${r.sheet} (xã ${r.code}): diện tích kê khai ${vn(r.area)} m² lệch ${vn(deviation)}% so với hình thửa`,
      unitCode: r.code,
      register: r.register as Register,
      time: new Date(r.updatedAt),
      link: `parcel:${r.code}-${r.sheet}-${r.number}`,
    });
  }
  return rankAlerts(
    alerts.sort((a, b) => a.title.localeCompare(b.title)),
    null,
    Infinity,
  );
}

/** Whether the coverage alert is due, the one alert that needs the unit's newest update time. */
export const lowCertification = (stats: LandStats) => {
  const share = pct(stats.certifiedShare);
  return share !== null && share < settings().certifiedAlert;
};

/**
 * @param ranked the unit's area-mismatch alerts as `mismatchAlerts` ranks them
 * @param newest the newest ngayCapNhat of the unit's parcels, the time of the coverage alert
 */
export function landAlerts(unit: UnitSelector, ranked: Alert[], newest: Date | null, stats: LandStats, since: Date | null): Alert[] {
  const c = settings();
  // All are warnings, ranked newest first: those since `since` are a prefix, and only the first `maxAlerts` can be answered.
  const alerts: Alert[] = [];
  for (const a of ranked) {
    if ((since && a.time < since) || alerts.length === maxAlerts) break;
    alerts.push(a);
  }
  const share = pct(stats.certifiedShare);
  if (lowCertification(stats) && newest) {
    alerts.push({
      code: 'land.lowCertification',
      level: 'WARNING',
      title: `Tỷ lệ thửa đất đã cấp Giấy chứng nhận ${vn(share!)}%, dưới ngưỡng ${vn(c.certifiedAlert)}%`,
      unitCode: unit.code,
      register: unit.register,
      time: newest,
      link: null,
    });
  }
  // Same level and time: by title, so the order never depends on the read.
  return rankAlerts(
    alerts.sort((a, b) => a.title.localeCompare(b.title)),
    since,
    maxAlerts,
  );
}
