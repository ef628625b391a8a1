/** Where a record counts (both registers, forward and backward rules) and how series cut a range. */
import { unitRegisters, resolveUnit, targetsOf, seriesPeriods, previousPeriod, monthsOf, counter, expand, Tally, encodeName, decodeName } from '../src';

const keys = (code: string, date: string) => Object.fromEntries(targetsOf(resolveUnit(code, date)).map((t) => [t.key, t.approximate]));

describe('targets', () => {
  test("a record in the old register counts as reported and forward in today's units", () => {
    expect(keys('20335', '2025-01-05')).toEqual({ 'O:49': false, 'O:502': false, 'O:20335': false, 'N:48': false, 'N:20335': false });
  });

  test("Tam Kỳ 20341 in today's codes counts exactly in old 49 and 502 (all three predecessors lie there), approximately in old commune 20341", () => {
    expect(keys('20341', '2025-08-01')).toEqual({ 'N:48': false, 'N:20341': false, 'O:49': false, 'O:502': false, 'O:20341': true });
  });

  test("a legacy old code sent after the reform reaches the same province and district as today's code", () => {
    const legacy = keys('20347', '2025-08-01');
    expect(legacy).toMatchObject({ 'O:49': false, 'O:502': false, 'N:48': false, 'N:20341': false });
  });

  test('a new commune with one whole predecessor counts in that old commune exactly; a new province of two in the one keeping its code, approximately', () => {
    const reg = unitRegisters();
    const single = reg.list('FROM_2025_07', 'COMMUNE').find((u) => {
      const p = reg.predecessorsOf(u);
      return p.length === 1 && p[0].share === 'FULL' && p[0].unit.level === 'COMMUNE';
    })!;
    const old = reg.predecessorsOf(single)[0].unit;
    expect(keys(single.code, '2025-08-01')).toEqual({
      [`N:${single.province}`]: false,
      [`N:${single.code}`]: false,
      [`O:${old.province}`]: false,
      [`O:${old.district}`]: false,
      [`O:${old.code}`]: false,
    });
    expect(keys('48', '2025-08-01')).toEqual({ 'N:48': false, 'O:48': true });
  });
});

describe('periods', () => {
  test('weeks start on Monday and the ends are cut to the range; the periods tile it', () => {
    const weeks = seriesPeriods('2025-01-01', '2025-02-01', 'WEEK');
    expect(weeks[0]).toEqual({ from: '2025-01-01', to: '2025-01-06' });
    expect(weeks.at(-1)).toEqual({ from: '2025-01-27', to: '2025-02-01' });
    weeks.slice(1).forEach((w, i) => expect(w.from).toBe(weeks[i].to));
  });

  test('quarters and months follow the calendar', () => {
    expect(seriesPeriods('2024-11-15', '2025-05-01', 'QUARTER')).toEqual([
      { from: '2024-11-15', to: '2025-01-01' },
      { from: '2025-01-01', to: '2025-04-01' },
      { from: '2025-04-01', to: '2025-05-01' },
    ]);
    expect(seriesPeriods('2025-01-31', '2025-03-02', 'MONTH').map((p) => p.from)).toEqual(['2025-01-31', '2025-02-01', '2025-03-01']);
    expect(monthsOf('2024-12-31', '2025-02-01')).toEqual(['2024-12', '2025-01']);
  });

  test('too many periods is a clear error naming the argument', () => {
    expect(() => seriesPeriods('2020-01-01', '2025-01-01', 'DAY')).toThrow(/every.*DAY/);
  });

  test('the previous period has the same length: as many whole months, else as many days', () => {
    expect(previousPeriod({ from: '2025-01-01', to: '2025-04-01' })).toEqual({ from: '2024-10-01', to: '2025-01-01' });
    expect(previousPeriod({ from: '2025-03-01', to: '2025-04-01' })).toEqual({ from: '2025-02-01', to: '2025-03-01' });
    expect(previousPeriod({ from: '2025-01-10', to: '2025-01-20' })).toEqual({ from: '2024-12-31', to: '2025-01-10' });
  });
});

describe('counters', () => {
  test('names with dots, dollars, bars and equals survive the round trip to a field name', () => {
    const name = counter('received', { agency: 'Sở A.B | $x=1' });
    expect(decodeName(encodeName(name))).toBe(name);
    expect(encodeName(name)).not.toMatch(/[.$]/);
    const t = new Tally();
    for (const [k, n] of Object.entries(expand({ received: 2, late: 0 }, { agency: 'Sở A.B | $x=1', field: '1.000001' }))) t.add(k, n);
    expect(t.get('received')).toBe(2);
    expect(t.get('late')).toBe(0);
    expect([...t.by('received', 'agency')]).toEqual([['Sở A.B | $x=1', 2]]);
    expect([...t.values('field')]).toEqual(['1.000001']);
  });
});
