import { AnswerCache, maxAnswerBytes, maxKeptAnswerBytes } from '../src';

const answer = (body: string, until = Infinity) => ({ body, contentType: 'application/json', until });
const leader = { sub: 'a', role: 'leader' as const, scope: ['48'] };

test('an answer is served under the stamp it was made under, until its time, and never under another stamp', () => {
  const cache = new AnswerCache();
  const key = AnswerCache.keyOf('{"query":"{ x }"}', leader);
  expect(cache.get('s1', key)).toBeUndefined();
  cache.put('s1', key, answer('{"data":1}', 1_000));
  expect(cache.get('s1', key, 999)?.body).toBe('{"data":1}');
  expect(cache.get('s1', key, 1_000)).toBeUndefined();
  // A request that read a new stamp drops the old answers; one made under the old stamp is refused.
  cache.put('s1', key, answer('{"data":1}'));
  expect(cache.get('s2', key)).toBeUndefined();
  cache.put('s1', key, answer('{"data":1}'));
  expect(cache.get('s2', key)).toBeUndefined();
});

test('the key is the body and who asks: role and scope, never the subject', () => {
  const body = '{"query":"{ x }"}';
  expect(AnswerCache.keyOf(body, leader)).toBe(AnswerCache.keyOf(body, { ...leader, sub: 'b' }));
  expect(AnswerCache.keyOf(body, leader)).not.toBe(AnswerCache.keyOf(body, { ...leader, scope: ['40'] }));
  expect(AnswerCache.keyOf(body, leader)).not.toBe(AnswerCache.keyOf(body, { ...leader, role: 'analyst' }));
});

test('an answer over the byte bound is not kept, and the whole stays within its bound', () => {
  const cache = new AnswerCache();
  cache.get('s', 'k');
  cache.put('s', 'big', answer('x'.repeat(maxAnswerBytes + 1)));
  expect(cache.get('s', 'big')).toBeUndefined();
  const body = 'y'.repeat(maxAnswerBytes / 2);
  const n = Math.ceil(maxKeptAnswerBytes / body.length) + 4;
  for (let i = 0; i < n; i++) cache.put('s', `k${i}`, answer(body));
  // The least recently kept went first; the newest stay.
  expect(cache.get('s', 'k0')).toBeUndefined();
  expect(cache.get('s', `k${n - 1}`)?.body).toBe(body);
  const kept = Array.from({ length: n }, (_, i) => cache.get('s', `k${i}`)).filter(Boolean).length;
  expect(kept * body.length).toBeLessThanOrEqual(maxKeptAnswerBytes);
});
