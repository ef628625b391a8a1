/**
 * Deadlines, limits and targets: the sector's settings, `HUB_FEEDBACK_<NAME>` (kit reader); where
 * no regulation sets a figure, the default is the hub's configuration default and says so.
 */
import { nowArg, sectorSettings, setting } from '@ioc/kit';
import { categories, type Category } from './codes';

/**
 * Working days to resolve a report, per category. ADMINISTRATIVE_PROCEDURES: 10 working days, the
 * time Nghị định 20/2008/NĐ-CP (tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính) is
 * commonly applied with — not checked against the decree's text here, so a configuration default
 * like the others. HUB_FEEDBACK_DEADLINE_DAYS='{"TRAFFIC":3}' overrides any of them.
 */
const defaultDeadlines: Record<Category, number> = {
  TRAFFIC: 5,
  ENVIRONMENT: 7,
  PUBLIC_ORDER: 3,
  URBAN_INFRASTRUCTURE: 7,
  LAND: 15,
  HEALTH: 5,
  EDUCATION: 10,
  ADMINISTRATIVE_PROCEDURES: 10,
  OTHER: 10,
};

const { z } = setting;
const deadlineOverrides = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON, e.g. {"TRAFFIC":3}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.partialRecord(z.enum(Object.keys(categories) as [Category, ...Category[]]), z.number().int().min(1).max(90), {
      error: `expected {"<category>": working days 1–90}, categories ${Object.keys(categories).join(', ')}`,
    }),
  )
  .transform((given) => ({ ...defaultDeadlines, ...given }))
  .default(defaultDeadlines);

/** "5/600": at most 5 submissions per client per 600 s. */
const rate = z
  .string()
  .regex(/^[1-9]\d*\/[1-9]\d*$/, { error: 'expected submissions/seconds, e.g. 5/600' })
  .transform((text) => {
    const [max, windowSeconds] = text.split('/').map(Number);
    return { max, windowSeconds };
  })
  .default({ max: 5, windowSeconds: 600 });

export const settings = sectorSettings('feedback', {
  deadlineDays: deadlineOverrides,
  /** Abuse limits of the public form (configuration defaults, sized under the gateway's 1 MB body limit). */
  photoBytes: setting.number(400_000, 1_000, 10_000_000),
  allPhotosBytes: setting.number(700_000, 1_000, 50_000_000),
  rateLimit: rate,
  /**
   * Hot spots: at least `reports` of one category within `metres` within `days` (configuration
   * defaults). The radius is at most the cells' width (cells.ts) and the days a fortnight, so judging
   * one report reads at most 9 × 15 cell documents.
   */
  hotspotReports: setting.number(3, 2, 1000),
  hotspotMetres: setting.number(200, 10, 250),
  hotspotDays: setting.number(3, 1, 14),
  /** 90 % of reports resolved within their deadline (configuration default). */
  targetOnTimeRate: setting.percent(90),
  onTimeWatchBand: setting.percent(10),
  /** Mean citizen rating of 4 out of 5 (configuration default). */
  targetSatisfaction: setting.number(4, 1, 5),
  satisfactionWatchBand: setting.number(0.5, 0, 4),
  overdueWatchShare: setting.percent(5),
  /** Where photo URLs point: the subgraph as the public reaches it (default: its listed address). */
  publicUrl: z.url({ error: 'expected a URL' }).optional(),
  /** The clock `overdue` is judged against when a query gives no `now` (a frozen demo). */
  now: setting.instant(),
});

export const deadlineDays = (): Record<Category, number> => settings().deadlineDays;

export function limits() {
  const s = settings();
  return {
    photos: 5,
    photoBytes: s.photoBytes,
    allPhotosBytes: s.allPhotosBytes,
    descriptionChars: 2000,
    rate: s.rateLimit,
    duplicateMetres: 100,
    duplicateHours: 24,
  };
}

export function hotSpot() {
  const s = settings();
  return { reports: s.hotspotReports, metres: s.hotspotMetres, days: s.hotspotDays };
}

export function targets() {
  const s = settings();
  return {
    onTimeRate: s.targetOnTimeRate,
    onTimeWatchBand: s.onTimeWatchBand,
    satisfaction: s.targetSatisfaction,
    satisfactionWatchBand: s.satisfactionWatchBand,
    overdueWatchShare: s.overdueWatchShare,
  };
}

export function publicBaseUrl(listed: string): string {
  return (settings().publicUrl ?? listed.replace(/\/graphql$/, '')).replace(/\/$/, '');
}

/** The instant `overdue` is judged against: the query's `now`, else HUB_FEEDBACK_NOW, else the request's clock. */
export function nowOf(arg: unknown): Date {
  return nowArg(arg, settings().now);
}
