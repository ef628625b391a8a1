/** Cadastral indicators and alerts from a unit's figures, without a database. */
import { landIndicators, landAlerts, mismatchAlerts } from '../src/indicators';
import type { LandStats } from '../src/stats';
import type { MismatchItem } from '../src/rollup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const stats = (parcels: number, certifiedParcels: number): LandStats => ({
  parcels,
  area: parcels * 100,
  certifiedParcels,
  certifiedArea: certifiedParcels * 100,
  certifiedShare: parcels ? certifiedParcels / parcels : null,
  certifiedAreaShare: parcels ? certifiedParcels / parcels : null,
  byUse: [],
  byGroup: [],
});
const unit = { register: 'PRE_2025_07' as const, level: 'COMMUNE' as const, code: '20335' };

test('indicators: GOOD from 95 %, WATCH down to 80 %, ALERT below; an empty register is WATCH', () => {
  expect([stats(100, 95), stats(100, 80), stats(100, 79), stats(0, 0)].map((s) => landIndicators(s).map((i) => [i.value, i.status])[0])).toEqual([
    [95, 'GOOD'],
    [80, 'WATCH'],
    [79, 'ALERT'],
    [null, 'WATCH'],
  ]);
});

test('alerts: area mismatches over 10 % and coverage under 80 %, newest first', () => {
  const mismatch = (number: number, deviation: number, updatedAt: string) =>
    ({ code: '20335', register: 'PRE_2025_07', sheet: 1, number, area: 100, deviation, updatedAt: Date.parse(updatedAt) }) as unknown as MismatchItem;
  const list = landAlerts(unit, mismatchAlerts([mismatch(1, 0.25, '2025-01-02'), mismatch(2, 0.05, '2025-01-03')]), new Date('2025-01-05'), stats(10, 5), null);
  expect(list.map((a) => [a.code, a.link])).toEqual([
    ['land.lowCertification', null],
    ['land.areaMismatch', 'parcel:20335-1-1'],
  ]);
  expect(landAlerts(unit, [], new Date('2025-01-05'), stats(10, 9), null)).toEqual([]);
});

test('every setting is HUB_LAND_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_LAND_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});
