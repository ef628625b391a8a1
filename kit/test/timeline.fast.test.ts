/** The kit's clock-dependent reads (Timeline), the values kept with a Tally, and a Tally's per-measure views. */
import { counter, derived, mergeSorted, seededRandom, Tally, Timeline } from '../src';

test('a Timeline sums the weights before an instant and lists an interval latest first', () => {
  const t = new Timeline([
    { at: 30, value: 'c' },
    { at: 10, weight: 2, value: 'a' },
    { at: 20, value: 'b1' },
    { at: 20, value: 'b2' },
  ]);
  expect([0, 10, 11, 20, 21, 31].map((x) => t.before(x))).toEqual([0, 0, 2, 2, 4, 5]);
  expect(t.between(11, 30)).toBe(2);
  expect([...t.latestFirst(10, 30)].map((e) => e.value)).toEqual(['b2', 'b1', 'a']);
  expect(new Timeline([]).before(Infinity)).toBe(0);
});

test('a value derived from a Tally is built once per Tally', () => {
  const a = new Tally();
  const b = new Tally();
  let built = 0;
  const of = (t: Tally) => derived(t, 'k', () => ++built);
  expect([of(a), of(a), of(b), of(a)]).toEqual([1, 1, 2, 1]);
});

test("a Tally's views by dimension follow the counters, also after more are added", () => {
  const t = new Tally();
  t.add('in', 3);
  t.add(counter('in', { facility: 'F.1' }), 2);
  t.add(counter('in', { facility: 'F|2' }), 1);
  t.add(counter('in', { facility: 'F.1', at: 60 }), 2);
  expect(Object.fromEntries(t.by('in', 'facility'))).toEqual({ 'F.1': 2, 'F|2': 1 });
  expect(t.entries('in')).toHaveLength(4);
  expect(t.values('at')).toEqual(new Set(['60']));
  t.add(counter('in', { facility: 'F.1' }), 5);
  expect(t.by('in', 'facility').get('F.1')).toBe(7);
  expect(t.by('out', 'facility').size).toBe(0);
});

test('next: the first instant at or after t, so that before() is the same at every instant up to it', () => {
  const line = new Timeline([{ at: 30 }, { at: 10 }, { at: 20 }, { at: 20 }]);
  expect([line.next(0), line.next(10), line.next(11), line.next(20), line.next(21), line.next(31)]).toEqual([10, 10, 20, 20, 30, Infinity]);
  for (const t of [11, 15, 20]) expect(line.before(t)).toBe(line.before(11));
  expect(line.before(21)).toBe(line.before(20) + 2);
});

test('Timelines merged, and sorted lists merged, are what one Timeline or one sort of all their points gives', () => {
  const random = seededRandom(7);
  // Parts with many equal instants, each value unique: ties are broken by the value, highest first.
  const parts = Array.from({ length: 5 }, (_, p) =>
    Array.from({ length: 40 + p * 13 }, (_, i) => ({ at: random.int(0, 29), weight: 1 + (i % 3), value: `v${p}-${String(i).padStart(3, '0')}` })),
  );
  const tie = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  const byTie = (list: (typeof parts)[number]) => [...list].sort((a, b) => tie(a.value, b.value));
  const merged = Timeline.merge(
    parts.map((p) => new Timeline(byTie(p))),
    tie,
  );
  const whole = new Timeline(byTie(parts.flat()));
  expect([...merged.latestFirst(-1, 31)]).toEqual([...whole.latestFirst(-1, 31)]);
  expect([0, 5, 12, 29, 30].map((x) => merged.before(x))).toEqual([0, 5, 12, 29, 30].map((x) => whole.before(x)));
  expect(merged.length).toBe(whole.length);
  expect(Timeline.merge([]).length).toBe(0);

  const cmp = (a: { at: number }, b: { at: number }) => b.at - a.at;
  const lists = parts.map((p) => [...p].sort(cmp));
  // Equal elements keep the order of the lists, as a stable sort of them one after the other does.
  expect(mergeSorted(lists, cmp)).toEqual(lists.flat().sort(cmp));
  expect(mergeSorted([], cmp)).toEqual([]);
});
