/** Dossier figures, indicators and alerts from records, without a database. */
import { tallyOf, startSubgraph, Tally, type UnitRef } from '@ioc/kit';
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
  const list = alerts(tally, figuresOf(tally, now), { register: 'PRE_2025_07', level: 'COMMUNE', code: '20335' }, now, 'p', null);
  expect(list.map((a) => [a.code, a.level])).toEqual([
    ['procedures.onTimeRate', 'CRITICAL'],
    ['procedures.overdueShare', 'CRITICAL'],
    ['procedures.overdue', 'CRITICAL'],
    ['procedures.late', 'INFO'],
  ]);
  // The procedure's name comes from its label, kept once per unit-month rather than in every item.
  expect(list[2].title).toBe(`Hồ sơ D4 (Cấp giấy phép) quá hạn 40 ngày, chưa giải quyết`);
  expect(list[3].title).toBe(`Hồ sơ D2 (Cấp giấy phép) trả kết quả trễ hạn 5 ngày`);
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
