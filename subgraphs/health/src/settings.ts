/**
 * The sector's settings, `HUB_HEALTH_<NAME>` (kit reader; listed in the README). No Vietnamese
 * regulation sets a bed-occupancy target for a province, so these are configuration defaults.
 */
import { sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('health', {
  /**
   * %, default 85: above about 85 % occupancy, bed shortages and emergency overflow become regular
   * (Bagust, Place & Posnett, "Dynamics of bed use in accommodating emergency admissions", BMJ
   * 1999;319:155–158).
   */
  bedOccupancyTarget: setting.number(85, 1, 1000),
  /** %, default 100: more inpatients than planned beds — patients share beds. */
  bedOverload: setting.number(100, 1, 1000),
  /** %, default 120: overload at which an alert becomes critical. */
  bedCritical: setting.number(120, 1, 1000),
});
