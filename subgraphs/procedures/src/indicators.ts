/** Headline figures against their targets, and the alerts a leader should look at first. */
import { indicatorStatus, rankAlerts, type Alert, type Indicator, type UnitSelector } from '@ioc/kit';
import { settings } from './settings';
import { followUpOf, daysLate, type Figures } from './figures';
import type { FollowUpItem } from './rollups';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

const overdueShareOf = (f: Figures) => (f.pending ? Math.round((f.overdue / f.pending) * 1000) / 10 : null);

/** @param previous the figures of the period of the same length just before, for the trend */
export function indicators(f: Figures, period: string, previous: Figures | null = null): Indicator[] {
  const t = settings();
  const onTime = pct(f.onTimeRate);
  const online = pct(f.onlineRate);
  const overdueShare = overdueShareOf(f);
  const list: Indicator[] = [
    {
      code: 'procedures.onTimeRate',
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      value: onTime,
      unit: '%',
      target: t.targetOnTimeRate,
      status: indicatorStatus(onTime, { target: t.targetOnTimeRate, better: 'higher', band: t.onTimeWatchBand }),
      period,
      source: 'Nghị định 61/2018/NĐ-CP (giải quyết đúng thời hạn quy định); HUB_PROCEDURES_TARGET_ON_TIME_RATE',
    },
    {
      code: 'procedures.overdueShare',
      name: 'Tỷ lệ hồ sơ đang xử lý đã quá hạn',
      value: overdueShare,
      unit: '%',
      target: 0,
      status: indicatorStatus(overdueShare, { target: 0, better: 'lower', band: t.overdueWatchShare }),
      period,
      source: 'Cấu hình: HUB_PROCEDURES_OVERDUE_WATCH_SHARE',
    },
    {
      code: 'procedures.onlineRate',
      name: 'Tỷ lệ hồ sơ nộp trực tuyến',
      value: online,
      unit: '%',
      target: t.targetOnlineRate,
      status: indicatorStatus(online, { target: t.targetOnlineRate, better: 'higher', band: t.onlineWatchBand }),
      period,
      source: 'Nghị quyết 76/NQ-CP ngày 15/7/2021 (mục tiêu năm 2025); HUB_PROCEDURES_TARGET_ONLINE_RATE',
    },
  ];
  const before: Record<string, number | null> = previous
    ? {
        'procedures.onTimeRate': pct(previous.onTimeRate),
        'procedures.overdueShare': overdueShareOf(previous),
        'procedures.onlineRate': pct(previous.onlineRate),
      }
    : {};
  return list.map((i) => ({ ...i, previous: before[i.code] ?? null }));
}

/**
 * One alert per late or overdue dossier, plus one per indicator in ALERT. Overdue (still open)
 * outranks late (already closed); a month overdue is critical.
 */
export function alerts(rows: (FollowUpItem & { id: string })[], f: Figures, unit: UnitSelector, now: Date, period: string, since: Date | null): Alert[] {
  const list: Alert[] = [];
  for (const ind of indicators(f, period)) {
    if (ind.status === 'ALERT') {
      list.push({
        code: ind.code,
        level: 'CRITICAL',
        title: `${ind.name} ${ind.value} % (chỉ tiêu ${ind.target} %)`,
        unitCode: unit.code,
        register: unit.register,
        time: now,
        link: null,
      });
    }
  }
  for (const d of rows) {
    const kind = followUpOf(d, now);
    if (!kind) continue;
    const days = daysLate(d, now);
    const time = kind === 'LATE' ? d.finishedAt! : d.dueAt!;
    list.push({
      code: kind === 'LATE' ? 'procedures.late' : 'procedures.overdue',
      level: kind === 'LATE' ? 'INFO' : days >= 30 ? 'CRITICAL' : 'WARNING',
      title:
        kind === 'LATE'
          ? `Hồ sơ ${d.id} (${d.procedureName}) trả kết quả trễ hạn ${days} ngày`
          : `Hồ sơ ${d.id} (${d.procedureName}) quá hạn ${days} ngày, chưa giải quyết`,
      unitCode: d.unitCode,
      register: d.register,
      time,
      link: `dossier:${d.id}`,
    });
  }
  return rankAlerts(list, since);
}
