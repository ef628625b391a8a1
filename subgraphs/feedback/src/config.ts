/**
 * Deadlines, limits and targets. Each is overridable by an environment variable; where no regulation
 * sets a figure, the default is the hub's configuration default and says so.
 */
import { badInput } from '@ioc/kit';
import { categories, type Category } from './codes';

function numberEnv(name: string, fallback: number, min: number, max: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name}=${v}: cần một số từ ${min} đến ${max}`);
  return n;
}

/**
 * Working days to resolve a report, per category. ADMINISTRATIVE_PROCEDURES: 10 working days, the
 * time Nghị định 20/2008/NĐ-CP (tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính) is
 * commonly applied with — not checked against the decree's text here, so a configuration default
 * like the others. HUB_FEEDBACK_DEADLINE_DAYS='{"TRAFFIC":3}' overrides any of them.
 */
const defaultDeadlines: Record<Category, number> = {
  TRAFFIC: 5, ENVIRONMENT: 7, PUBLIC_ORDER: 3, URBAN_INFRASTRUCTURE: 7, LAND: 15, HEALTH: 5, EDUCATION: 10, ADMINISTRATIVE_PROCEDURES: 10, OTHER: 10,
};

export function deadlineDays(): Record<Category, number> {
  const raw = process.env.HUB_FEEDBACK_DEADLINE_DAYS;
  if (!raw) return defaultDeadlines;
  let parsed: Record<string, unknown>;
  try { parsed = JSON.parse(raw); } catch { throw new Error(`HUB_FEEDBACK_DEADLINE_DAYS: không phải JSON`); }
  const out = { ...defaultDeadlines };
  for (const [k, v] of Object.entries(parsed)) {
    if (!(k in categories) || typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 90) {
      throw new Error(`HUB_FEEDBACK_DEADLINE_DAYS: ${k}=${v}; cần lĩnh vực trong ${Object.keys(categories).join(', ')} và số ngày làm việc 1–90`);
    }
    out[k as Category] = v;
  }
  return out;
}

/** Abuse limits of the public form (configuration defaults, sized under the gateway's 1 MB body limit). */
export function limits() {
  return {
    photos: 5,
    photoBytes: numberEnv('HUB_FEEDBACK_PHOTO_BYTES', 400_000, 1_000, 10_000_000),
    allPhotosBytes: numberEnv('HUB_FEEDBACK_ALL_PHOTOS_BYTES', 700_000, 1_000, 50_000_000),
    descriptionChars: 2000,
    /** HUB_FEEDBACK_RATE_LIMIT="5/600": at most 5 submissions per client per 600 s. */
    rate: rateLimit(process.env.HUB_FEEDBACK_RATE_LIMIT ?? '5/600'),
    duplicateMetres: 100,
    duplicateHours: 24,
  };
}

function rateLimit(text: string): { max: number; windowSeconds: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m || +m[1] < 1 || +m[2] < 1) throw new Error(`HUB_FEEDBACK_RATE_LIMIT=${text}: cần dạng số-lần/số-giây, ví dụ 5/600`);
  return { max: +m[1], windowSeconds: +m[2] };
}

/**
 * Hot spots: at least `reports` of one category within `metres` within `days` (configuration
 * defaults). The radius is at most the cells' width (cells.ts) and the days a fortnight, so judging
 * one report reads at most 9 × 15 cell documents.
 */
export function hotSpot() {
  return {
    reports: numberEnv('HUB_FEEDBACK_HOTSPOT_REPORTS', 3, 2, 1000),
    metres: numberEnv('HUB_FEEDBACK_HOTSPOT_METRES', 200, 10, 250),
    days: numberEnv('HUB_FEEDBACK_HOTSPOT_DAYS', 3, 1, 14),
  };
}

export function targets() {
  return {
    /** 90 % of reports resolved within their deadline (configuration default). */
    onTimeRate: numberEnv('HUB_FEEDBACK_TARGET_ON_TIME_RATE', 90, 0, 100),
    onTimeWatchBand: numberEnv('HUB_FEEDBACK_ON_TIME_WATCH_BAND', 10, 0, 100),
    /** Mean citizen rating of 4 out of 5 (configuration default). */
    satisfaction: numberEnv('HUB_FEEDBACK_TARGET_SATISFACTION', 4, 1, 5),
    satisfactionWatchBand: numberEnv('HUB_FEEDBACK_SATISFACTION_WATCH_BAND', 0.5, 0, 4),
    overdueWatchShare: numberEnv('HUB_FEEDBACK_OVERDUE_WATCH_SHARE', 5, 0, 100),
  };
}

/** Where photo URLs point: HUB_FEEDBACK_PUBLIC_URL (the subgraph as the public reaches it), else its listed address. */
export function publicBaseUrl(listed: string): string {
  return (process.env.HUB_FEEDBACK_PUBLIC_URL ?? listed.replace(/\/graphql$/, '')).replace(/\/$/, '');
}

/** The instant `overdue` is judged against: the query's `now`, else HUB_FEEDBACK_NOW (a frozen demo), else the clock. */
export function nowOf(arg: unknown): Date {
  if (arg instanceof Date) return arg;
  if (arg !== undefined && arg !== null) throw badInput('now', arg, 'cần thời điểm ISO 8601');
  const env = process.env.HUB_FEEDBACK_NOW;
  if (!env) return new Date();
  const d = new Date(env);
  if (Number.isNaN(d.getTime())) throw new Error(`HUB_FEEDBACK_NOW=${env}: cần thời điểm ISO 8601`);
  return d;
}
