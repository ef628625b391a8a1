/** The gateway's per-caller rate limit: the sliding window, and bounded memory and work under a flood of callers. No database. */
import { RateLimiter } from '../src/rate-limit';

const minute = 60_000;
const t0 = 1_000 * minute;

test('a caller gets its per-minute budget, then a wait until the window ends; others are not affected', () => {
  const limiter = new RateLimiter();
  for (let i = 0; i < 5; i++) expect(limiter.take('a', 5, t0 + i)).toBe(0);
  expect(limiter.take('a', 5, t0 + 10_000)).toBe(50);
  expect(limiter.take('b', 5, t0 + 10_000)).toBe(0);
});

test("the previous window's count weighs by how much of it still overlaps", () => {
  const limiter = new RateLimiter();
  for (let i = 0; i < 10; i++) limiter.take('a', 10, t0 + i);
  // A quarter into the next window, three quarters of the 10 still count (7.5): 3 more pass, not 10.
  const passed = Array.from({ length: 10 }, () => limiter.take('a', 10, t0 + minute + minute / 4)).filter((w) => w === 0).length;
  expect(passed).toBe(3);
});

test('a flood of distinct callers: windows are dropped whole, memory stays bounded, and the flood throttles itself', () => {
  const maxKeys = 1_000;
  const limiter = new RateLimiter(maxKeys);
  // 50,000 distinct callers in one minute, one request each.
  let refused = 0;
  for (let i = 0; i < 50_000; i++) if (limiter.take(`client:${i}`, 100, t0 + i)) refused++;
  expect(limiter.size).toBeLessThanOrEqual(maxKeys + 1);
  // The first maxKeys each got their request; the rest shared one overflow budget of 100.
  expect(refused).toBe(50_000 - maxKeys - 100);
  // A caller already counted keeps its own budget during the flood.
  expect(limiter.take('client:0', 100, t0 + 50_000)).toBe(0);
  // Next minute the flood's callers are the previous window; two minutes on, nothing is kept.
  limiter.take('late', 100, t0 + minute);
  expect(limiter.size).toBeLessThanOrEqual(maxKeys + 2);
  limiter.take('later', 100, t0 + 3 * minute);
  expect(limiter.size).toBe(1);
});

test('a window change never walks the callers: turning over a window of 200,000 callers costs what turning over an empty one does', () => {
  const limiter = new RateLimiter(400_000);
  for (let i = 0; i < 200_000; i++) limiter.take(`k${i}`, 10, t0);
  const entries = jest.spyOn(Map.prototype, 'entries');
  const forEach = jest.spyOn(Map.prototype, 'forEach');
  const keys = jest.spyOn(Map.prototype, 'keys');
  const del = jest.spyOn(Map.prototype, 'delete');
  const iterate = jest.spyOn(Map.prototype as unknown as Record<symbol, () => unknown>, Symbol.iterator);
  limiter.take('next', 10, t0 + minute);
  limiter.take('after', 10, t0 + 2 * minute);
  expect([entries, forEach, keys, del, iterate].map((s) => s.mock.calls.length)).toEqual([0, 0, 0, 0, 0]);
  expect(limiter.size).toBe(2);
  jest.restoreAllMocks();
});
