/**
 * Targets and the clock. Each target is overridable by an environment variable; the defaults are
 * the regulation's figure where one exists.
 */
import { badInput } from '@ioc/kit';

function percent(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`${name}=${v}: cần một tỷ lệ phần trăm từ 0 đến 100`);
  return n;
}

export function targets() {
  return {
    /**
     * 100 %: every dossier is to be resolved within the time the law sets; a late one calls for a
     * written apology and a new appointment (Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa
     * liên thông, điều 19). HUB_PROCEDURES_TARGET_ON_TIME_RATE overrides.
     */
    onTimeRate: percent('HUB_PROCEDURES_TARGET_ON_TIME_RATE', 100),
    /** Below target by up to this many points is WATCH, further is ALERT (configuration default). */
    onTimeWatchBand: percent('HUB_PROCEDURES_ON_TIME_WATCH_BAND', 5),
    /**
     * 50 %: share of dossiers handled through online public services by 2025 (Nghị quyết
     * 76/NQ-CP ngày 15/7/2021, Chương trình tổng thể cải cách hành chính nhà nước 2021–2030).
     * HUB_PROCEDURES_TARGET_ONLINE_RATE overrides.
     */
    onlineRate: percent('HUB_PROCEDURES_TARGET_ONLINE_RATE', 50),
    onlineWatchBand: percent('HUB_PROCEDURES_ONLINE_WATCH_BAND', 10),
    /** Overdue share of pending dossiers: 0 is the aim; up to this share is WATCH (configuration default). */
    overdueWatchShare: percent('HUB_PROCEDURES_OVERDUE_WATCH_SHARE', 5),
  };
}

/**
 * The instant `overdue` is judged against: the query's `now`, else HUB_PROCEDURES_NOW (to freeze a
 * demo), else the clock.
 */
export function nowOf(arg: unknown): Date {
  if (arg instanceof Date) return arg;
  if (arg !== undefined && arg !== null) throw badInput('now', arg, 'cần thời điểm ISO 8601');
  const env = process.env.HUB_PROCEDURES_NOW;
  if (!env) return new Date();
  const d = new Date(env);
  if (Number.isNaN(d.getTime())) throw new Error(`HUB_PROCEDURES_NOW=${env}: cần thời điểm ISO 8601`);
  return d;
}
