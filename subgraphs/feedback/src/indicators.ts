/** Headline figures against their targets, and the alerts a leader should look at first. */
import { indicatorStatus, rankAlerts, toVietnamIso, type Alert, type Indicator, type UnitSelector } from '@ioc/kit';
import { targets, hotSpot } from './config';
import { categories, type Category } from './codes';
import { followUpOf, type Figures, type FeedbackRow } from './figures';
import { hotSpots } from './hotspots';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const overdueShareOf = (f: Figures) => (f.pending ? Math.round((f.overdue / f.pending) * 1000) / 10 : null);

/** @param previous the figures of the period of the same length just before, for the trend */
export function indicators(f: Figures, period: string, previous: Figures | null = null): Indicator[] {
  const t = targets();
  const onTime = pct(f.onTimeRate);
  const overdueShare = overdueShareOf(f);
  const before: Record<string, number | null> = previous
    ? { 'feedback.onTimeRate': pct(previous.onTimeRate), 'feedback.overdueShare': overdueShareOf(previous), 'feedback.satisfaction': previous.satisfaction }
    : {};
  const list: Indicator[] = [
    {
      code: 'feedback.onTimeRate',
      name: 'Tỷ lệ phản ánh xử lý đúng hạn',
      value: onTime,
      unit: '%',
      target: t.onTimeRate,
      status: indicatorStatus(onTime, { target: t.onTimeRate, better: 'higher', band: t.onTimeWatchBand }),
      period,
      source: 'Cấu hình: HUB_FEEDBACK_TARGET_ON_TIME_RATE',
    },
    {
      code: 'feedback.overdueShare',
      name: 'Tỷ lệ phản ánh đang xử lý đã quá hạn',
      value: overdueShare,
      unit: '%',
      target: 0,
      status: indicatorStatus(overdueShare, { target: 0, better: 'lower', band: t.overdueWatchShare }),
      period,
      source: 'Cấu hình: HUB_FEEDBACK_OVERDUE_WATCH_SHARE',
    },
    {
      code: 'feedback.satisfaction',
      name: 'Mức hài lòng của người dân (1–5)',
      value: f.satisfaction,
      unit: 'điểm',
      target: t.satisfaction,
      status: indicatorStatus(f.satisfaction, { target: t.satisfaction, better: 'higher', band: t.satisfactionWatchBand }),
      period,
      source: 'Cấu hình: HUB_FEEDBACK_TARGET_SATISFACTION',
    },
  ];
  return list.map((i) => ({ ...i, previous: before[i.code] ?? null }));
}

export function alerts(rows: FeedbackRow[], f: Figures, unit: UnitSelector, now: Date, period: string, since: Date | null): Alert[] {
  const list: Alert[] = [];
  for (const ind of indicators(f, period)) {
    if (ind.status === 'ALERT')
      list.push({
        code: ind.code,
        level: 'CRITICAL',
        title: `${ind.name}: ${ind.value} ${ind.unit} (chỉ tiêu ${ind.target})`,
        unitCode: unit.code,
        register: unit.register,
        time: now,
        link: null,
      });
  }
  const h = hotSpot();
  for (const s of hotSpots(rows)) {
    list.push({
      code: 'feedback.hotSpot',
      level: s.count >= 2 * h.reports ? 'CRITICAL' : 'WARNING',
      title: `Điểm nóng ${categories[s.category as Category].toLowerCase()}: ${s.count} phản ánh trong bán kính ${h.metres} m, ${h.days} ngày (gần ${s.latitude.toFixed(5)}, ${s.longitude.toFixed(5)}; mới nhất ${toVietnamIso(s.last).slice(0, 16).replace('T', ' ')})`,
      unitCode: s.unit.code,
      register: s.unit.register,
      time: s.last,
      link: `feedback:${s.id}`,
    });
  }
  for (const r of rows) {
    if (followUpOf(r, now) !== 'OVERDUE') continue;
    const days = Math.floor((now.getTime() - r.dueAt.getTime()) / 86_400_000);
    list.push({
      code: 'feedback.overdue',
      level: days >= 10 ? 'CRITICAL' : 'WARNING',
      title: `Phản ánh ${r._id} (${categories[r.category as Category].toLowerCase()}) quá hạn ${days} ngày, chưa xử lý xong`,
      unitCode: r.unit.code,
      register: r.unit.register,
      time: r.dueAt,
      link: `feedback:${r._id}`,
    });
  }
  return rankAlerts(list, since);
}
