/**
 * The clock a request reads. One instant for the whole request, so that every resolver judges
 * "now" alike, and a record of how the answer depends on it, for the subgraph's answer cache
 * (http/answer-cache.ts): an answer made without the clock is kept while the database is unchanged;
 * one made from the clock is kept only until the earliest instant its readers said their part
 * holds to (`validUntil`); a read that says nothing (`requestNow()`) keeps the answer from being
 * kept at all. Outside a request (ingest, scripts) these read the system clock and record nothing.
 */
import { currentRequest } from './observability/request-context';
import { startOfDay, todayInVietnam } from './args';
import { badInput } from './errors';

/** What one request's answer may be kept for. */
export class AnswerValidity {
  /** Whether some reader used the clock without saying how long its part holds. */
  private unbounded = false;
  /** Whether something the request did must happen on every request (an audited read). */
  private once = false;
  private until = Infinity;

  /** @param now the request's instant (epoch ms) */
  constructor(readonly now: number) {}

  /** The clock was read by someone who does not bound what it made of it. */
  dependsOnClock() {
    this.unbounded = true;
  }

  validUntil(t: number) {
    this.until = Math.min(this.until, t);
  }

  notKept() {
    this.once = true;
  }

  /** Until when (epoch ms, Infinity for as long as the data stay) the answer may be served again; undefined: not at all. */
  keptUntil(): number | undefined {
    return this.unbounded || this.once ? undefined : this.until;
  }
}

const validity = () => currentRequest()?.validity;

/**
 * The request's instant. The answer then depends on the clock with no known end: it is not kept.
 * A reader that knows when its part next changes uses `requestNow({ bounded: true })` and says so
 * with `validUntil` for everything it derives from the instant.
 */
export function requestNow(opts: { bounded?: boolean } = {}): Date {
  const v = validity();
  if (!v) return new Date();
  if (!opts.bounded) v.dependsOnClock();
  return new Date(v.now);
}

/**
 * What was made from the instant `at` stays true until `t` (epoch ms, exclusive). When `at` is the
 * request's clock (`requestNow({ bounded: true })`), the answer is served no later; an instant the
 * query gave does not move, and bounds nothing.
 */
export function validUntil(at: Date, t: number) {
  const v = validity();
  if (v && at.getTime() === v.now) v.validUntil(t);
}

/** Today in Vietnam at the request's instant; the answer holds until the day ends. */
export function requestToday(): string {
  const now = requestNow({ bounded: true });
  const today = todayInVietnam(now);
  validUntil(now, startOfDay(today).getTime() + 86_400_000);
  return today;
}

/** The request did something that must happen every time it is asked (an audited read): its answer is not kept. */
export function answerNotKept() {
  validity()?.notKept();
}

/**
 * The instant a sector judges `overdue` at: the query's `now`, else the configured instant (a
 * frozen demo), else the request's clock (`bounded`: as `requestNow`).
 */
export function nowArg(arg: unknown, configured: Date | undefined, opts: { bounded?: boolean } = {}): Date {
  if (arg instanceof Date) return arg;
  if (arg !== undefined && arg !== null) throw badInput('now', arg, 'cần thời điểm ISO 8601');
  return configured ?? requestNow(opts);
}

/**
 * `at`, an instant read with `requestNow({ bounded: true })`, is used by a reader that cannot bound
 * what it makes of it: when it is the request's instant, the answer is not kept.
 */
export function clockUsed(at: Date) {
  const v = validity();
  if (v && at.getTime() === v.now) v.dependsOnClock();
}

/**
 * The instant a figure over a period ending at `end` refers to: `end` once the period has ended,
 * else `now` (the query's, or the request's read with `requestNow({ bounded: true })`; the answer
 * then moves with the clock and is not kept).
 */
export function cappedAt(end: Date, now: Date): Date {
  if (end.getTime() <= now.getTime()) return end;
  clockUsed(now);
  return now;
}

// On the prototype, not the object: Apollo copies a context with Object.assign for each operation,
// which would read an own getter, and the clock with it, whether a resolver asks or not.
const lazyNow = Object.defineProperty({}, 'now', { get: () => requestNow().getTime(), enumerable: false });

/** `ctx` with `now` (epoch ms) read from the request's clock only when a resolver reads it. */
export function withRequestNow<T extends object>(ctx: T): T & { readonly now: number } {
  return Object.assign(Object.create(lazyNow) as { readonly now: number }, ctx);
}
