/**
 * The sector's settings, `HUB_PROCEDURES_<NAME>` (kit reader; listed in the README). The targets'
 * defaults are the regulation's figure where one exists.
 */
import { nowArg, sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('procedures', {
  /**
   * 100 %: every dossier is to be resolved within the time the law sets; a late one calls for a
   * written apology and a new appointment (Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa
   * liên thông, điều 19).
   */
  targetOnTimeRate: setting.percent(100),
  /** Below target by up to this many points is WATCH, further is ALERT (configuration default). */
  onTimeWatchBand: setting.percent(5),
  /**
   * 50 %: share of dossiers handled through online public services by 2025 (Nghị quyết
   * 76/NQ-CP ngày 15/7/2021, Chương trình tổng thể cải cách hành chính nhà nước 2021–2030).
   */
  targetOnlineRate: setting.percent(50),
  onlineWatchBand: setting.percent(10),
  /** Overdue share of pending dossiers: 0 is the aim; up to this share is WATCH (configuration default). */
  overdueWatchShare: setting.percent(5),
  /** The clock `overdue` is judged against when a query gives no `now` (to freeze a demo). */
  now: setting.instant(),
});

/**
 * The instant `overdue` is judged against: the query's `now`, else HUB_PROCEDURES_NOW, else the request's
 * clock (`bounded`: the caller bounds what it makes of it, kit clock.ts).
 */
export function nowOf(arg: unknown, opts: { bounded?: boolean } = {}): Date {
  return nowArg(arg, settings().now, opts);
}
