/**
 * Targets of the land indicators. No regulation sets a numeric target for certificate coverage
 * (Luật Đất đai 2024 obliges registration but fixes no rate), so these are configuration defaults,
 * each overridable by environment variable.
 */
function percent(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : fallback;
}

export function landConfig() {
  return {
    /** Share of parcels (and of area) with a certificate at or above which coverage is GOOD, %. */
    certifiedTarget: percent('HUB_LAND_CERTIFIED_TARGET', 95),
    /** Below this share coverage is ALERT (between it and the target: WATCH), %. */
    certifiedAlert: percent('HUB_LAND_CERTIFIED_ALERT', 80),
    /** Declared area differing from the drawn shape by more than this is flagged, %. */
    areaMismatch: percent('HUB_LAND_AREA_MISMATCH', 10),
  };
}
