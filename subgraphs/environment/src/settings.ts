/**
 * The sector's settings, `HUB_ENVIRONMENT_<NAME>` (kit reader; listed in the README): targets no
 * regulation sets, as configuration.
 */
import { sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('environment', {
  /**
   * Share of station-days whose daily VN_AQI is Tốt or Trung bình (≤ 100) a unit aims for, %.
   * No national regulation fixes such a share for a province; 80 % is this project's default.
   */
  goodDayTarget: setting.percent(80),
  /** Points below the good-day target that are still WATCH; further below is ALERT. */
  goodDayWatchBand: setting.percent(10),
  /** Days the good-day share is computed over, ending with the day of the newest reading. */
  indicatorDays: setting.number(30, 1, 366),
});
