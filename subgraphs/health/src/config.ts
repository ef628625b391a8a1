/**
 * Targets of the health indicators. No Vietnamese regulation sets a bed-occupancy target for a
 * province, so these are configuration defaults, overridable by environment variable.
 */
function percent(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

export function healthTargets() {
  return {
    /**
     * HEALTH_BED_OCCUPANCY_TARGET, % (default 85): above about 85 % occupancy, bed shortages and
     * emergency overflow become regular (Bagust, Place & Posnett, "Dynamics of bed use in
     * accommodating emergency admissions", BMJ 1999;319:155–158).
     */
    occupancy: percent('HEALTH_BED_OCCUPANCY_TARGET', 85),
    /** HEALTH_BED_OVERLOAD, % (default 100): more inpatients than planned beds — patients share beds. */
    overload: percent('HEALTH_BED_OVERLOAD', 100),
    /** HEALTH_BED_CRITICAL, % (default 120): overload at which an alert becomes critical. */
    critical: percent('HEALTH_BED_CRITICAL', 120),
  };
}
