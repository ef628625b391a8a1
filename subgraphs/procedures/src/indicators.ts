/** Headline figures against their targets, and the alerts a leader should look at first. */
import type { UnitSelector } from '@ioc/kit';
import { targets } from './config';
import { followUpOf, daysLate, type Figures } from './figures';
import type { FollowUpItem } from './rollups';
import type { Alert } from './generated/resolvers';

type Status = 'GOOD' | 'WATCH' | 'ALERT';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/** At or above target GOOD; within `band` points below WATCH; further below ALERT. */
function atLeast(value: number | null, target: number, band: number): Status {
  if (value === null || value >= target) return 'GOOD';
  return value >= target - band ? 'WATCH' : 'ALERT';
}

const overdueShareOf = (f: Figures) => (f.pending ? Math.round((f.overdue / f.pending) * 1000) / 10 : null);

/** @param previous the figures of the period of the same length just before, for the trend */
export function indicators(f: Figures, period: string, previous: Figures | null = null) {
  const t = targets();
  const onTime = pct(f.onTimeRate);
  const online = pct(f.onlineRate);
  const overdueShare = overdueShareOf(f);
  const list = [
    {
      code: 'procedures.onTimeRate', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', value: onTime, unit: '%', target: t.onTimeRate,
      status: atLeast(onTime, t.onTimeRate, t.onTimeWatchBand), period,
      source: 'Nghị định 61/2018/NĐ-CP (giải quyết đúng thời hạn quy định); HUB_PROCEDURES_TARGET_ON_TIME_RATE',
    },
    {
      code: 'procedures.overdueShare', name: 'Tỷ lệ hồ sơ đang xử lý đã quá hạn', value: overdueShare, unit: '%', target: 0,
      status: (overdueShare === null || overdueShare === 0 ? 'GOOD' : overdueShare <= t.overdueWatchShare ? 'WATCH' : 'ALERT') as Status, period,
      source: 'Cấu hình: HUB_PROCEDURES_OVERDUE_WATCH_SHARE',
    },
    {
      code: 'procedures.onlineRate', name: 'Tỷ lệ hồ sơ nộp trực tuyến', value: online, unit: '%', target: t.onlineRate,
      status: atLeast(online, t.onlineRate, t.onlineWatchBand), period,
      source: 'Nghị quyết 76/NQ-CP ngày 15/7/2021 (mục tiêu năm 2025); HUB_PROCEDURES_TARGET_ONLINE_RATE',
    },
  ];
  const before: Record<string, number | null> = previous
    ? { 'procedures.onTimeRate': pct(previous.onTimeRate), 'procedures.overdueShare': overdueShareOf(previous), 'procedures.onlineRate': pct(previous.onlineRate) }
    : {};
  return list.map((i) => ({ ...i, previous: before[i.code] ?? null }));
}

/** Most alerts a unit answers with: a province can hold thousands of late dossiers. */
const maxAlerts = 200;
const rank = { CRITICAL: 0, WARNING: 1, INFO: 2 } as const;

/**
 * One alert per late or overdue dossier, plus one per indicator in ALERT. Overdue (still open)
 * outranks late (already closed); a month overdue is critical.
 */
export function alerts(rows: (FollowUpItem & { id: string })[], f: Figures, unit: UnitSelector, now: Date, period: string, since: Date | null): Alert[] {
  const list = [];
  for (const ind of indicators(f, period)) {
    if (ind.status === 'ALERT') {
      list.push({ code: ind.code, level: 'CRITICAL' as const, title: `${ind.name} ${ind.value} % (chỉ tiêu ${ind.target} %)`, unitCode: unit.code, register: unit.register, time: now, link: null });
    }
  }
  for (const d of rows) {
    const kind = followUpOf(d, now);
    if (!kind) continue;
    const days = daysLate(d, now);
    const time = kind === 'LATE' ? d.finishedAt! : d.dueAt!;
    list.push({
      code: kind === 'LATE' ? 'procedures.late' : 'procedures.overdue',
      level: kind === 'LATE' ? ('INFO' as const) : days >= 30 ? ('CRITICAL' as const) : ('WARNING' as const),
      title: kind === 'LATE'
        ? `Hồ sơ ${d.id} (${d.procedureName}) trả kết quả trễ hạn ${days} ngày`
        : `Hồ sơ ${d.id} (${d.procedureName}) quá hạn ${days} ngày, chưa giải quyết`,
      unitCode: d.unitCode,
      register: d.register,
      time,
      link: `dossier:${d.id}`,
    });
  }
  return list
    .filter((a) => !since || a.time >= since)
    .sort((a, b) => rank[a.level] - rank[b.level] || b.time.getTime() - a.time.getTime())
    .slice(0, maxAlerts);
}
