/** Indicators and alerts of a unit's health figures, worst first so leaders see them first. */
import { healthTargets } from './config';
import type { FacilityStats, HealthStats } from './stats';
import type { Alert } from './generated/resolvers';

type Status = 'GOOD' | 'WATCH' | 'ALERT';
const rank: Record<Status, number> = { ALERT: 0, WATCH: 1, GOOD: 2 };
const pct = (r: number) => Math.round(r * 1000) / 10;

function overloaded(f: FacilityStats, limit: number): boolean {
  return f.bedOccupancy !== null ? pct(f.bedOccupancy) > limit : f.inpatientsNow > 0;
}

export function indicators(s: HealthStats) {
  const t = healthTargets();
  const source = `Cấu hình HEALTH_BED_OCCUPANCY_TARGET (mặc định 85 %: Bagust, Place & Posnett, BMJ 1999;319:155); quá tải: HEALTH_BED_OVERLOAD (mặc định 100 %)`;
  const occupancy = s.bedOccupancy === null ? null : pct(s.bedOccupancy);
  const occupancyStatus: Status = occupancy === null
    ? (s.inpatientsNow > 0 ? 'ALERT' : 'GOOD')
    : occupancy > t.overload ? 'ALERT' : occupancy > t.occupancy ? 'WATCH' : 'GOOD';
  const over = s.facilities.filter((f) => overloaded(f, t.overload)).length;
  const busy = s.facilities.filter((f) => overloaded(f, t.occupancy)).length;
  const list = [
    { code: 'health.bedOccupancy', name: 'Công suất sử dụng giường bệnh', value: occupancy, unit: '%', target: t.occupancy, status: occupancyStatus, period: s.period, source },
    { code: 'health.overloadedFacilities', name: 'Cơ sở khám chữa bệnh quá tải giường bệnh', value: over, unit: 'cơ sở', target: 0, status: (over > 0 ? 'ALERT' : busy > 0 ? 'WATCH' : 'GOOD') as Status, period: s.period, source },
  ];
  return list.sort((a, b) => rank[a.status] - rank[b.status]);
}

export function alerts(s: HealthStats, since: Date | null | undefined): Alert[] {
  if (since && s.censusAt < since) return [];
  const t = healthTargets();
  return s.facilities
    .filter((f) => overloaded(f, t.overload))
    .sort((a, b) => (b.bedOccupancy ?? Infinity) - (a.bedOccupancy ?? Infinity) || a.code.localeCompare(b.code))
    .map((f) => {
      const value = f.bedOccupancy === null ? null : pct(f.bedOccupancy);
      return {
        code: 'health.bedOverload',
        level: value === null || value >= t.critical ? 'CRITICAL' : 'WARNING',
        title: `Quá tải giường bệnh: ${f.name} — ${value === null ? 'không có giường kế hoạch' : `${value} %`} (${f.inpatientsNow} người bệnh nội trú / ${f.beds} giường)`,
        unitCode: f.facility.unit.code,
        register: f.facility.unit.register,
        time: s.censusAt,
        link: `facility:${f.code}`,
      };
    });
}
