/** Headline figures against their targets, and the alerts a leader should look at first. */
import { cappedAt, indicatorStatus, rankAlerts, validUntil, MAX_ALERTS, type Alert, type Indicator, type Tally, type UnitSelector } from '@ioc/kit';
import { settings } from './settings';
import { followUpOf, followUpsOf, daysLate, type Figures } from './figures';

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

const dayMs = 86_400_000;

/**
 * One alert per late or overdue dossier, plus one per indicator in ALERT. Overdue (still open)
 * outranks late (already closed); a month overdue is critical. Only the first MAX_ALERTS, in rank
 * order, are made: a province holds thousands of late dossiers, and the tally keeps them ranked.
 */
export function alerts(t: Tally, f: Figures, unit: UnitSelector, now: Date, period: { label: string; end: Date }, since: Date | null): Alert[] {
  const list: Alert[] = [];
  // An indicator's alert is timed at the instant its figures refer to: the period's end once passed.
  const figuresAt = cappedAt(period.end, now);
  for (const ind of indicators(f, period.label)) {
    if (ind.status === 'ALERT') {
      list.push({
        code: ind.code,
        level: 'CRITICAL',
        title: `${ind.name} ${ind.value} % (chỉ tiêu ${ind.target} %)`,
        unitCode: unit.code,
        register: unit.register,
        time: figuresAt,
        link: null,
      });
    }
  }
  const { open, late } = followUpsOf(t);
  const from = since?.getTime() ?? -Infinity;
  // Critical: due a whole month (30 days) or more before now; then the rest of the overdue; then the late.
  const monthAgo = now.getTime() - 30 * dayMs;
  // The list holds (kit clock) until a dossier falls due (it joins the overdue), one reaches a month
  // overdue (it turns critical and is listed among those first), or a listed one's days late grow.
  let holdsUntil = Math.min(open.next(now.getTime()) + 1, open.next(monthAgo + 1) + 30 * dayMs);
  const rows = function* () {
    for (const e of open.latestFirst(from, monthAgo + 1)) yield e.value;
    for (const e of open.latestFirst(Math.max(from, monthAgo + 1), now.getTime())) yield e.value;
    for (const d of late) {
      if (d.finishedAt!.getTime() < from) break;
      yield d;
    }
  };
  for (const d of rows()) {
    if (list.length >= MAX_ALERTS) break;
    const kind = followUpOf(d, now)!;
    const days = daysLate(d, now);
    if (kind === 'OVERDUE') holdsUntil = Math.min(holdsUntil, d.dueAt!.getTime() + (days + 1) * dayMs);
    const time = kind === 'LATE' ? d.finishedAt! : d.dueAt!;
    const procedure = t.label('procedure', d.procedureCode) ?? d.procedureCode;
    list.push({
      code: kind === 'LATE' ? 'procedures.late' : 'procedures.overdue',
      level: kind === 'LATE' ? 'INFO' : days >= 30 ? 'CRITICAL' : 'WARNING',
      title:
        kind === 'LATE'
          ? `Hồ sơ ${d.id} (${procedure}) trả kết quả trễ hạn ${days} ngày`
          : `Hồ sơ ${d.id} (${procedure}) quá hạn ${days} ngày, chưa giải quyết`,
      unitCode: d.unitCode,
      register: d.register,
      time,
      link: `dossier:${d.id}`,
    });
  }
  validUntil(now, holdsUntil);
  return rankAlerts(list, since);
}
