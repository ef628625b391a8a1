/** Dossier figures, indicators and alerts from records, without a database. */
import { tallyOf, startSubgraph, Tally, AnswerValidity, requestNow, runInRequest, type UnitRef } from '@ioc/kit';
import { procedures } from '../src';
import { dossierRollups } from '../src/rollups';
import { figuresOf } from '../src/figures';
import { indicators, alerts } from '../src/indicators';
import type { DossierDoc } from '../src/models';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const unit = { register: 'PRE_2025_07', code: '20335' } as UnitRef;
const t = (iso: string) => new Date(`${iso}T08:00:00+07:00`);
let n = 0;
const dossier = (status: number, channel: number, dueAt: string | null, finishedAt: string | null): DossierDoc =>
  ({
    _id: `D${++n}`,
    status,
    channel,
    receivedAt: t('2025-01-10'),
    dueAt: dueAt && t(dueAt),
    finishedAt: finishedAt && t(finishedAt),
    procedureCode: '1.000093',
    procedureName: 'Cấp giấy phép',
    fieldCode: 'F1',
    fieldName: 'Xây dựng',
    agency: 'UBND',
    unit,
  }) as unknown as DossierDoc;

const now = t('2025-03-01');
const commune = { register: 'PRE_2025_07', level: 'COMMUNE', code: '20335' } as const;
const records = [
  dossier(10, 2, '2025-01-20', '2025-01-15'), // on time, online
  dossier(10, 1, '2025-01-20', '2025-01-25'), // late by 5 days
  dossier(9, 1, '2025-01-20', '2025-01-18'), // on time
  dossier(4, 2, '2025-01-20', null), // pending, overdue 40 days at `now`
  dossier(4, 1, '2025-04-01', null), // pending, not due
  dossier(3, 2, null, null), // not accepted: not received, not online
];

test('figures: resolved, on time, late, pending, overdue and the rates as the issue defines them', () => {
  const f = figuresOf(tallyOf(dossierRollups, records), now);
  expect(f).toMatchObject({ received: 5, notAccepted: 1, resolved: 3, onTime: 2, late: 1, pending: 2, overdue: 1, online: 2 });
  expect(f.onTimeRate).toBeCloseTo(2 / 3);
  expect(f.onlineRate).toBeCloseTo(2 / 5);
});

test('overdue follows the clock on a kept tally: the same tally answers each instant, the due times indexed once', () => {
  const tally = tallyOf(dossierRollups, records);
  expect([t('2025-01-19'), t('2025-01-21'), now, t('2025-04-02')].map((at) => figuresOf(tally, at).overdue)).toEqual([0, 1, 1, 2]);
  expect(figuresOf(tally, t('2025-01-19')).overdue).toBe(0);
});

test('indicators against the default targets, and WATCH where a unit has no dossiers', () => {
  const list = indicators(figuresOf(tallyOf(dossierRollups, records), now), '2025-01-01/2025-04-01');
  expect(list.map((i) => [i.code, i.value, i.status])).toEqual([
    ['procedures.onTimeRate', 66.7, 'ALERT'],
    ['procedures.overdueShare', 50, 'ALERT'],
    ['procedures.onlineRate', 40, 'WATCH'],
  ]);
  expect(indicators(figuresOf(new Tally(), now), 'p').map((i) => [i.value, i.status])).toEqual([
    [null, 'WATCH'],
    [null, 'WATCH'],
    [null, 'WATCH'],
  ]);
});

test('alerts: indicators in ALERT and a month overdue are critical, late is INFO; most severe, then newest, first', () => {
  const tally = tallyOf(dossierRollups, records);
  const list = alerts(tally, figuresOf(tally, now), commune, now, { label: 'p', end: t('2025-04-01') }, null);
  expect(list.map((a) => [a.code, a.level])).toEqual([
    ['procedures.onTimeRate', 'CRITICAL'],
    ['procedures.overdueShare', 'CRITICAL'],
    ['procedures.overdue', 'CRITICAL'],
    ['procedures.late', 'INFO'],
  ]);
  // The procedure's name comes from its label, kept once per unit-month rather than in every item.
  expect(list[2].title).toBe(`Hồ sơ D4 (Cấp giấy phép) quá hạn 40 ngày, chưa giải quyết`);
  expect(list[3].title).toBe(`Hồ sơ D2 (Cấp giấy phép) trả kết quả trễ hạn 5 ngày`);
  // Timed at the instant the figures refer to: now while the period runs, its end once it has passed.
  expect(list[0].time).toEqual(now);
  expect(alerts(tally, figuresOf(tally, now), commune, now, { label: 'p', end: t('2025-02-01') }, null)[0].time).toEqual(t('2025-02-01'));
});

/** The alerts at the request clock `at`, with until when the answer holding them may be kept. */
function alertsInRequest(tally: Tally, at: Date, end: Date) {
  const validity = new AnswerValidity(at.getTime());
  const list = runInRequest({ requestId: 'alerts-clock', validity }, () => {
    const clock = requestNow({ bounded: true });
    return alerts(tally, figuresOf(tally, clock), commune, clock, { label: 'p', end }, null);
  });
  return { titles: list.map((a) => a.title), until: validity.keptUntil() };
}

test('alerts on the request clock are kept until the list would change, and not at all over a running period with an indicator in ALERT', () => {
  const tally = tallyOf(dossierRollups, records);
  const ended = t('2025-02-15');
  const kept = alertsInRequest(tally, now, ended);
  // D4, due 20 January 08:00, is 40 days overdue until 41 days have passed: 2 March 08:00.
  expect(kept.until).toBe(t('2025-03-02').getTime());
  expect(alertsInRequest(tally, new Date(kept.until! - 1), ended).titles).toEqual(kept.titles);
  const after = alertsInRequest(tally, new Date(kept.until!), ended);
  expect(after.titles).not.toEqual(kept.titles);
  expect(after.titles).toContain(`Hồ sơ D4 (Cấp giấy phép) quá hạn 41 ngày, chưa giải quyết`);
  // Nothing overdue yet: the list holds until just after the first due time, when that dossier joins it.
  const notDue = tallyOf(dossierRollups, [dossier(4, 2, '2025-04-01', null)]);
  const quiet = alertsInRequest(notDue, now, ended);
  expect(quiet).toEqual({ titles: [], until: t('2025-04-01').getTime() + 1 });
  expect(alertsInRequest(notDue, new Date(quiet.until!), ended).titles).toEqual([
    'Tỷ lệ hồ sơ đang xử lý đã quá hạn 100 % (chỉ tiêu 0 %)',
    `Hồ sơ D${n} (Cấp giấy phép) quá hạn 0 ngày, chưa giải quyết`,
  ]);
  expect(alertsInRequest(tally, now, t('2025-04-01')).until).toBeUndefined();
});

test('every setting is HUB_PROCEDURES_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_PROCEDURES_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});

test('a malformed setting stops the start, naming the variable and the value', async () => {
  process.env.HUB_PROCEDURES_TARGET_ON_TIME_RATE = '95%';
  try {
    await expect(startSubgraph(procedures)).rejects.toThrow('HUB_PROCEDURES_TARGET_ON_TIME_RATE="95%" is invalid: expected a number from 0 to 100');
  } finally {
    delete process.env.HUB_PROCEDURES_TARGET_ON_TIME_RATE;
  }
});
