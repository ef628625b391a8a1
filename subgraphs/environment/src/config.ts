/**
 * Targets no regulation sets, as configuration. Each default is documented here and can be
 * overridden by an environment variable.
 */

function numberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name}=${raw}: cần một số từ ${min} đến ${max}`);
  return n;
}

/**
 * Share of station-days whose daily VN_AQI is Tốt or Trung bình (≤ 100) a unit aims for, %.
 * No national regulation fixes such a share for a province; 80 % is this project's default
 * (HUB_ENVIRONMENT_GOOD_DAY_TARGET). Below target − 10 points the indicator is an alert.
 */
export function goodDayTarget(): number {
  return numberFromEnv('HUB_ENVIRONMENT_GOOD_DAY_TARGET', 80, 0, 100);
}

/** Days the good-day share is computed over, ending with the day of the newest reading (HUB_ENVIRONMENT_INDICATOR_DAYS, default 30). */
export function indicatorDays(): number {
  return numberFromEnv('HUB_ENVIRONMENT_INDICATOR_DAYS', 30, 1, 366);
}
