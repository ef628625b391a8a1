import {
  AnswerValidity,
  requestNow,
  cappedAt,
  requestToday,
  runInRequest,
  validUntil,
  withRequestNow,
  clockUsed,
  answerNotKept,
  nowArg,
  startOfDay,
} from '../src';

/** Runs `fn` in a request whose clock reads `now`; returns what it made and until when its answer may be kept. */
function inRequest<T>(now: number, fn: () => T): { value: T; until: number | undefined } {
  const validity = new AnswerValidity(now);
  const value = runInRequest({ requestId: 'clock-test', validity }, fn);
  return { value, until: validity.keptUntil() };
}

const now = Date.parse('2026-03-10T15:30:00+07:00');

test('one instant for the whole request; a read that does not bound it keeps the answer from being kept', () => {
  const r = inRequest(now, () => [requestNow().getTime(), requestNow().getTime()]);
  expect(r.value).toEqual([now, now]);
  expect(r.until).toBeUndefined();
  expect(inRequest(now, () => 1).until).toBe(Infinity);
});

test('a bounded read keeps the answer until the earliest bound it was given', () => {
  const r = inRequest(now, () => {
    const at = requestNow({ bounded: true });
    validUntil(at, now + 5_000);
    validUntil(at, now + 2_000);
  });
  expect(r.until).toBe(now + 2_000);
  // A bounded read whose reader forgets to bound a use is caught by clockUsed.
  expect(inRequest(now, () => clockUsed(requestNow({ bounded: true }))).until).toBeUndefined();
});

test("a query's own instant bounds nothing and does not depend on the clock", () => {
  const given = new Date('2025-05-01T00:00:00+07:00');
  const r = inRequest(now, () => {
    const at = nowArg(given, undefined, { bounded: true });
    validUntil(at, given.getTime() + 1);
    clockUsed(at);
    return at;
  });
  expect(r.value).toBe(given);
  expect(r.until).toBe(Infinity);
});

test('today holds until the Vietnam day ends', () => {
  const r = inRequest(now, () => requestToday());
  expect(r.value).toBe('2026-03-10');
  expect(r.until).toBe(startOfDay('2026-03-11').getTime());
});

test('a census capped at a period end: a period that has ended does not depend on the clock, one that runs does', () => {
  const ended = new Date('2026-01-01T00:00:00+07:00');
  const running = new Date('2026-04-01T00:00:00+07:00');
  const clock = () => requestNow({ bounded: true });
  expect(inRequest(now, () => cappedAt(ended, clock()))).toEqual({ value: ended, until: Infinity });
  const r = inRequest(now, () => cappedAt(running, clock()));
  expect(r.value.getTime()).toBe(now);
  expect(r.until).toBeUndefined();
  // A query's own instant before the end does not move: kept.
  const given = new Date('2026-02-01T00:00:00+07:00');
  expect(inRequest(now, () => cappedAt(running, given))).toEqual({ value: given, until: Infinity });
});

test("a context's now is read from the clock only when a resolver reads it, Apollo's copy of the context included", () => {
  const quiet = inRequest(now, () => Object.assign({}, withRequestNow({ a: 1 })));
  expect(quiet.until).toBe(Infinity);
  const read = inRequest(now, () => withRequestNow({ a: 1 }).now);
  expect(read).toEqual({ value: now, until: undefined });
});

test('an answer marked as not to be kept is not, whatever its clock', () => {
  expect(inRequest(now, () => answerNotKept()).until).toBeUndefined();
});

test('outside a request the clock is the system clock and nothing is recorded', () => {
  const before = Date.now();
  expect(requestNow().getTime()).toBeGreaterThanOrEqual(before);
});
