/** Calendar periods over Vietnam days (YYYY-MM-DD strings, half-open [from, to)). */
import { badInput } from '../errors';

export type Every = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER';
export interface DayRange {
  from: string;
  to: string;
}

/** Most periods one series answers: a year of days. */
export const maxPeriods = 366;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = asDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return asDay(d);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((asDate(to).getTime() - asDate(from).getTime()) / 86_400_000);
}

/** The first day of the period after the one holding `day`. */
function nextBoundary(day: string, every: Every): string {
  const d = asDate(day);
  if (every === 'DAY') return addDays(day, 1);
  // Weeks start on Monday (ISO 8601), as Vietnamese calendars print them.
  if (every === 'WEEK') return addDays(day, 7 - ((d.getUTCDay() + 6) % 7));
  const months = every === 'MONTH' ? 1 : 3;
  const startMonth = every === 'MONTH' ? d.getUTCMonth() : d.getUTCMonth() - (d.getUTCMonth() % 3);
  return asDay(new Date(Date.UTC(d.getUTCFullYear(), startMonth + months, 1)));
}

/**
 * [from, to) cut at calendar boundaries (Monday, the 1st, the first day of a quarter); the first
 * and last periods are cut to the range, so the periods always sum to the whole range.
 */
export function seriesPeriods(from: string, to: string, every: Every): DayRange[] {
  const out: DayRange[] = [];
  for (let at = from; at < to;) {
    const next = nextBoundary(at, every);
    const end = next < to ? next : to;
    out.push({ from: at, to: end });
    if (out.length > maxPeriods) throw badInput('every', every, `quá nhiều kỳ (tối đa ${maxPeriods}); hãy chọn kỳ dài hơn hoặc khoảng thời gian ngắn hơn`);
    at = end;
  }
  return out;
}

export function addMonths(day: string, n: number): string {
  const d = asDate(day);
  return asDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate())));
}

/**
 * The period of the same length just before [from, to), for an indicator's trend: as many whole
 * calendar months when the range is whole months (a quarter → the quarter before), else as many days.
 */
export function previousPeriod(p: DayRange): DayRange {
  if (p.from.endsWith('-01') && p.to.endsWith('-01')) {
    const [fy, fm] = p.from.split('-').map(Number);
    const [ty, tm] = p.to.split('-').map(Number);
    return { from: addMonths(p.from, -((ty - fy) * 12 + tm - fm)), to: p.from };
  }
  return { from: addDays(p.from, -daysBetween(p.from, p.to)), to: p.from };
}

/** The months (YYYY-MM) holding the days of [from, to). */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  const last = addDays(to, -1).slice(0, 7);
  for (let m = from.slice(0, 7); m <= last;) {
    out.push(m);
    const [y, mo] = m.split('-').map(Number);
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return out;
}
