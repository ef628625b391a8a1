/** Headline figures of a unit's fleet, with their targets. */
import { indicatorStatus, type Indicator } from '@ioc/kit';
import { perFleet, silentOver10d, type Fleet } from './fleet';
import { reportIntervalHours, silentListDays } from './rules';
import { settings } from './settings';

/** Once per fleet object (perFleet): a fleet kept at an explicit instant answers every request with the same. */
export const indicators = perFleet(indicatorsOf);

function indicatorsOf(f: Fleet): Indicator[] {
  const atSea = f.situations.filter((s) => s.state === 'AT_SEA');
  const onTime = atSea.filter((s) => s.silentHours! <= reportIntervalHours).length;
  const rate = atSea.length ? Math.round((onTime / atSea.length) * 1000) / 10 : null;
  const watch = settings().reportingWatchPercent;
  const silent = f.situations.filter(silentOver10d).length;
  const at = f.at.toISOString();
  return [
    {
      code: 'vessels.reportingOnTime',
      name: `Tàu trên biển báo vị trí đúng hạn (≤ ${reportIntervalHours} giờ)`,
      value: rate,
      unit: '%',
      target: 100,
      status: indicatorStatus(rate, { target: 100, better: 'higher', band: 100 - watch }),
      period: at,
      source: `Nghị định 37/2024/NĐ-CP sửa đổi Điều 44 Nghị định 26/2019/NĐ-CP (mục tiêu 100 %); ngưỡng theo dõi ${watch} % (HUB_VESSELS_REPORTING_WATCH_PERCENT)`,
    },
    {
      code: 'vessels.silentOver10d',
      name: `Tàu mất tín hiệu quá ${silentListDays} ngày`,
      value: silent,
      unit: 'tàu',
      target: 0,
      status: indicatorStatus(silent, { target: 0, better: 'lower', band: 0 }),
      period: at,
      source: 'Nghị định 37/2024/NĐ-CP sửa đổi Điều 44 Nghị định 26/2019/NĐ-CP',
    },
  ];
}
