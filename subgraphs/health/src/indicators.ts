/** Indicators and alerts of a unit's health figures, worst first so leaders see them first. */
import { indicatorStatus, rankAlerts, worstFirst, type Alert, type Indicator } from '@ioc/kit';
import { settings } from './settings';
import type { FacilityStats, HealthStats } from './stats';

const pct = (r: number) => Math.round(r * 1000) / 10;

function overloaded(f: FacilityStats, limit: number): boolean {
  return f.bedOccupancy !== null ? pct(f.bedOccupancy) > limit : f.inpatientsNow > 0;
}

export function indicators(s: HealthStats): Indicator[] {
  const t = settings();
  const source = `Cấu hình HUB_HEALTH_BED_OCCUPANCY_TARGET (mặc định 85 %: Bagust, Place & Posnett, BMJ 1999;319:155); quá tải: HUB_HEALTH_BED_OVERLOAD (mặc định 100 %)`;
  const occupancy = s.bedOccupancy === null ? null : pct(s.bedOccupancy);
  // Inpatients without a planned bed is data, not its absence: the worst overload there is.
  const occupancyStatus =
    occupancy === null && s.inpatientsNow > 0
      ? 'ALERT'
      : indicatorStatus(occupancy, { target: t.bedOccupancyTarget, better: 'lower', band: t.bedOverload - t.bedOccupancyTarget });
  const over = s.facilities.filter((f) => overloaded(f, t.bedOverload)).length;
  const busy = s.facilities.filter((f) => overloaded(f, t.bedOccupancyTarget)).length;
  return worstFirst<Indicator>([
    {
      code: 'health.bedOccupancy',
      name: 'Công suất sử dụng giường bệnh',
      value: occupancy,
      unit: '%',
      target: t.bedOccupancyTarget,
      status: occupancyStatus,
      period: s.period,
      source,
    },
    // Overloaded facilities are an ALERT, facilities only above the target a WATCH.
    {
      code: 'health.overloadedFacilities',
      name: 'Cơ sở khám chữa bệnh quá tải giường bệnh',
      value: over,
      unit: 'cơ sở',
      target: 0,
      status: over > 0 ? 'ALERT' : busy > 0 ? 'WATCH' : 'GOOD',
      period: s.period,
      source,
    },
  ]);
}

export function alerts(s: HealthStats, since: Date | null | undefined): Alert[] {
  const t = settings();
  const list = s.facilities
    .filter((f) => overloaded(f, t.bedOverload))
    .sort((a, b) => (b.bedOccupancy ?? Infinity) - (a.bedOccupancy ?? Infinity) || a.code.localeCompare(b.code))
    .map((f): Alert => {
      const value = f.bedOccupancy === null ? null : pct(f.bedOccupancy);
      return {
        code: 'health.bedOverload',
        level: value === null || value >= t.bedCritical ? 'CRITICAL' : 'WARNING',
        title: `Quá tải giường bệnh: ${f.name} — ${value === null ? 'không có giường kế hoạch' : `${value} %`} (${f.inpatientsNow} người bệnh nội trú / ${f.beds} giường)`,
        unitCode: f.facility.unit.code,
        register: f.facility.unit.register,
        time: s.censusAt,
        link: `facility:${f.code}`,
      };
    });
  return rankAlerts(list, since ?? null);
}
