/** The sector rules the kit holds once: status, alert ranking, settings. No database. */
import { indicatorStatus, worstStatus, worstFirst, rankAlerts, sectorSettings, setting, settingName, SettingError, type Alert } from '@ioc/kit';

describe('indicatorStatus', () => {
  const higher = { target: 90, better: 'higher' as const, band: 10 };
  const lower = { target: 85, better: 'lower' as const, band: 15 };

  test('higher is better: GOOD at or above target, WATCH down to target − band, ALERT below', () => {
    expect([95, 90, 85, 80, 79.9].map((v) => indicatorStatus(v, higher))).toEqual(['GOOD', 'GOOD', 'WATCH', 'WATCH', 'ALERT']);
  });

  test('lower is better: GOOD at or below target, WATCH up to target + band, ALERT above', () => {
    expect([50, 85, 90, 100, 100.1].map((v) => indicatorStatus(v, lower))).toEqual(['GOOD', 'GOOD', 'WATCH', 'WATCH', 'ALERT']);
  });

  test('a band of 0 leaves no WATCH: any count over a target of 0 is ALERT', () => {
    expect([0, 1].map((v) => indicatorStatus(v, { target: 0, better: 'lower', band: 0 }))).toEqual(['GOOD', 'ALERT']);
  });

  test('no data is WATCH whichever way is better', () => {
    expect(indicatorStatus(null, higher)).toBe('WATCH');
    expect(indicatorStatus(null, lower)).toBe('WATCH');
    expect(indicatorStatus(Number.NaN, lower)).toBe('WATCH');
  });

  test('worstStatus and worstFirst put ALERT before WATCH before GOOD, keeping order among equals', () => {
    expect(worstStatus('GOOD', 'WATCH')).toBe('WATCH');
    expect(worstStatus('WATCH', 'ALERT', 'GOOD')).toBe('ALERT');
    expect(worstStatus()).toBe('GOOD');
    const list = [
      { c: 'a', status: 'GOOD' as const },
      { c: 'b', status: 'ALERT' as const },
      { c: 'c', status: 'GOOD' as const },
      { c: 'd', status: 'WATCH' as const },
    ];
    expect(worstFirst(list).map((i) => i.c)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('rankAlerts', () => {
  const at = (iso: string) => new Date(iso);
  const alert = (code: string, level: Alert['level'], time: string): Alert => ({
    code,
    level,
    title: code,
    unitCode: '48',
    register: 'FROM_2025_07',
    time: at(time),
    link: null,
  });
  const list = [
    alert('info-new', 'INFO', '2025-03-05T00:00:00Z'),
    alert('warn-old', 'WARNING', '2025-01-01T00:00:00Z'),
    alert('crit-old', 'CRITICAL', '2025-01-02T00:00:00Z'),
    alert('warn-new', 'WARNING', '2025-03-01T00:00:00Z'),
    alert('crit-new', 'CRITICAL', '2025-02-01T00:00:00Z'),
  ];

  test('most severe first, then newest', () => {
    expect(rankAlerts([...list]).map((a) => a.code)).toEqual(['crit-new', 'crit-old', 'warn-new', 'warn-old', 'info-new']);
  });

  test('since keeps alerts at or after it; max cuts the list after ranking', () => {
    expect(rankAlerts([...list], at('2025-02-01T00:00:00Z')).map((a) => a.code)).toEqual(['crit-new', 'warn-new', 'info-new']);
    expect(rankAlerts([...list], null, 2).map((a) => a.code)).toEqual(['crit-new', 'crit-old']);
  });

  test('alerts of the same level and time keep the order the sector gave them', () => {
    const same = ['z', 'a', 'm'].map((c) => alert(c, 'WARNING', '2025-01-01T00:00:00Z'));
    expect(rankAlerts(same).map((a) => a.code)).toEqual(['z', 'a', 'm']);
  });
});

describe('sectorSettings', () => {
  const settings = sectorSettings('air-quality', {
    targetRate: setting.percent(80),
    days: setting.number(30, 1, 366),
    now: setting.instant(),
  });

  test('names every setting HUB_<SECTOR>_<NAME>', () => {
    expect(settings.names).toEqual({ targetRate: 'HUB_AIR_QUALITY_TARGET_RATE', days: 'HUB_AIR_QUALITY_DAYS', now: 'HUB_AIR_QUALITY_NOW' });
    expect(settingName('procedures', 'onTimeWatchBand')).toBe('HUB_PROCEDURES_ON_TIME_WATCH_BAND');
  });

  test('unset or empty is the default; a set value is read and converted', () => {
    expect(settings({})).toEqual({ targetRate: 80, days: 30, now: undefined });
    expect(settings({ HUB_AIR_QUALITY_TARGET_RATE: ' ', HUB_AIR_QUALITY_DAYS: '7', HUB_AIR_QUALITY_NOW: '2025-10-01T00:00:00+07:00' })).toEqual({
      targetRate: 80,
      days: 7,
      now: new Date('2025-09-30T17:00:00Z'),
    });
  });

  test.each([
    ['HUB_AIR_QUALITY_TARGET_RATE', 'abc', /expected a number from 0 to 100/],
    ['HUB_AIR_QUALITY_TARGET_RATE', '101', /expected a number from 0 to 100/],
    ['HUB_AIR_QUALITY_DAYS', '0', /expected a number from 1 to 366/],
    ['HUB_AIR_QUALITY_NOW', '2025-10-01', /ISO 8601/],
  ])('%s=%s stops with a message naming the variable and the value', (variable, value, why) => {
    let error: unknown;
    try {
      settings({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingError);
    expect((error as Error).message).toContain(`${variable}=${JSON.stringify(value)}`);
    expect((error as Error).message).toMatch(why);
  });
});
