/**
 * The sector's settings, `HUB_LAND_<NAME>` (kit reader; listed in the README). No regulation sets a
 * numeric target for certificate coverage (Luật Đất đai 2024 obliges registration but fixes no
 * rate), so these are configuration defaults.
 */
import { sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('land', {
  /** Share of parcels (and of area) with a certificate at or above which coverage is GOOD, %. */
  certifiedTarget: setting.percent(95),
  /** Below this share coverage is ALERT (between it and the target: WATCH), %. */
  certifiedAlert: setting.percent(80),
  /** Declared area differing from the drawn shape by more than this is flagged, %. */
  areaMismatch: setting.percent(10),
});
