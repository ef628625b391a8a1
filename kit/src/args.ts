/** Checks of arguments that name the argument and the value when they fail. */
import { badInput } from './errors';
import { parseDateString } from './scalars';

export function dateArg(argument: string, value: unknown): string {
  const d = parseDateString(value);
  if (!d) throw badInput(argument, value, 'cần một ngày có thật dạng YYYY-MM-DD');
  return d;
}

/** Today in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now = new Date()): string {
  // The day of toVietnamIso, without its offset rewriting: rollups ask it twice per ingested record.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The instant a Vietnam calendar day starts. */
export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** A half-open period [from, to) of Vietnam days; at most 5 years. */
export function periodArgs(from: unknown, to: unknown): Period {
  const f = dateArg('from', from);
  const t = dateArg('to', to);
  if (t <= f) throw badInput('to', to, `phải sau ngày bắt đầu "from" (${f})`);
  const start = startOfDay(f);
  const end = startOfDay(t);
  if (end.getTime() - start.getTime() > 5 * 366 * 86400_000) throw badInput('to', to, 'khoảng thời gian tối đa 5 năm');
  return { from: f, to: t, start, end };
}

export function codeArg(argument: string, value: unknown, digits: number, what: string): string {
  if (typeof value !== 'string' || !new RegExp(`^\\d{${digits}}$`).test(value)) {
    throw badInput(argument, value, `${what} gồm ${digits} chữ số`);
  }
  return value;
}

export function intArg(argument: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, value, `cần số nguyên từ ${min} đến ${max}`);
  }
  return value;
}

/** How long a list a caller may ask for: the default when `first` is not given, and the most it may be. */
export interface ListBound {
  fallback: number;
  max: number;
}

/**
 * A list's `first`: the bound's default when absent (null counts as absent, as an explicit null
 * in a query does), else an integer from 1 to the bound's maximum; a larger value is refused
 * naming the argument and the value, never silently cut.
 */
export function firstArg(value: unknown, bound: ListBound, argument = 'first'): number {
  return value === undefined || value === null ? bound.fallback : intArg(argument, value, 1, bound.max);
}
