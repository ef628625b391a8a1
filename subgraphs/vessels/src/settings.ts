/** The sector's settings, `HUB_VESSELS_<NAME>` (kit reader; listed in the README). */
import { sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('vessels', {
  /**
   * Below this share (%) of vessels at sea reporting within the 2-hour interval, the indicator
   * turns from WATCH to ALERT. No regulation sets a band (the rule itself is 100 %): default 90.
   */
  reportingWatchPercent: setting.number(90, 0.1, 100),
});
