/** Headline figures of a unit's fleet, with their targets. */
import { silentOver10d, type Fleet } from './fleet';
import { reportIntervalHours, reportingWatchPercent, silentListDays } from './rules';
import type { Indicator } from './generated/resolvers';

export function indicators(f: Fleet): Indicator[] {
  const atSea = f.situations.filter((s) => s.state === 'AT_SEA');
  const onTime = atSea.filter((s) => s.silentHours! <= reportIntervalHours).length;
  const rate = atSea.length ? Math.round((onTime / atSea.length) * 1000) / 10 : null;
  const watch = reportingWatchPercent();
  const silent = f.situations.filter(silentOver10d).length;
  const at = f.at.toISOString();
  return [
    {
      code: 'vessels.reportingOnTime',
      name: `Tàu trên biển báo vị trí đúng hạn (≤ ${reportIntervalHours} giờ)`,
      value: rate,
      unit: '%',
      target: 100,
      status: rate === null || rate >= 100 ? 'GOOD' : rate >= watch ? 'WATCH' : 'ALERT',
      period: at,
      source: `Nghị định 37/2024/NĐ-CP sửa đổi Điều 44 Nghị định 26/2019/NĐ-CP (mục tiêu 100 %); ngưỡng theo dõi ${watch} % (VESSELS_REPORTING_WATCH_PERCENT)`,
    },
    {
      code: 'vessels.silentOver10d',
      name: `Tàu mất tín hiệu quá ${silentListDays} ngày`,
      value: silent,
      unit: 'tàu',
      target: 0,
      status: silent === 0 ? 'GOOD' : 'ALERT',
      period: at,
      source: 'Nghị định 37/2024/NĐ-CP sửa đổi Điều 44 Nghị định 26/2019/NĐ-CP',
    },
  ];
}
