/** Bed indicators, overload alerts and the census from a unit's figures, without a database. */
import { counter, Tally } from '@ioc/kit';
import { indicators, alerts } from '../src/indicators';
import { summarise, type FacilityStats, type HealthStats } from '../src/stats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const census = new Date('2025-01-31T12:00:00+07:00');
const facility = (code: string, inpatientsNow: number, beds: number): FacilityStats => ({
  code,
  name: `Bệnh viện ${code}`,
  beds,
  inpatientsNow,
  visits: 0,
  admissions: 0,
  emergencies: 0,
  bedOccupancy: beds ? inpatientsNow / beds : null,
  facility: { code, unit: { code: '20335', register: 'PRE_2025_07' } } as FacilityStats['facility'],
});
function unitOf(facilities: FacilityStats[]): HealthStats {
  const beds = facilities.reduce((n, f) => n + f.beds, 0);
  const inpatientsNow = facilities.reduce((n, f) => n + f.inpatientsNow, 0);
  return {
    period: '2025-01-01/2025-02-01',
    censusAt: census,
    visits: 0,
    admissions: 0,
    emergencies: 0,
    inpatientsNow,
    beds,
    bedOccupancy: beds ? inpatientsNow / beds : null,
    facilities,
  };
}

test('occupancy: GOOD to 85 %, WATCH to 100 %, ALERT above; inpatients without beds ALERT; nothing at all WATCH', () => {
  const occupancy = (f: FacilityStats[]) => indicators(unitOf(f)).find((i) => i.code === 'health.bedOccupancy')!;
  expect([85, 100, 101].map((n) => occupancy([facility('A', n, 100)]).status)).toEqual(['GOOD', 'WATCH', 'ALERT']);
  expect(occupancy([facility('A', 3, 0)])).toMatchObject({ value: null, status: 'ALERT' });
  expect(occupancy([])).toMatchObject({ value: null, status: 'WATCH' });
});

test('indicators worst first; overloaded facilities ALERT, busy ones WATCH', () => {
  const list = indicators(unitOf([facility('A', 50, 100), facility('B', 90, 100), facility('C', 130, 100)]));
  expect(list.map((i) => [i.code, i.value, i.status])).toEqual([
    ['health.overloadedFacilities', 1, 'ALERT'],
    ['health.bedOccupancy', 90, 'WATCH'],
  ]);
  expect(indicators(unitOf([facility('B', 90, 100)]))[1]).toMatchObject({ code: 'health.overloadedFacilities', value: 0, status: 'WATCH' });
});

test('alerts: one per facility over 100 %, CRITICAL from 120 % or without beds, most overloaded first', () => {
  const s = unitOf([facility('A', 110, 100), facility('B', 130, 100), facility('C', 2, 0), facility('D', 80, 100)]);
  expect(alerts(s, null).map((a) => [a.link, a.level])).toEqual([
    ['facility:C', 'CRITICAL'],
    ['facility:B', 'CRITICAL'],
    ['facility:A', 'WARNING'],
  ]);
  expect(alerts(s, new Date(census.getTime() + 1))).toEqual([]);
});

test('every setting is HUB_HEALTH_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_HEALTH_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});

test('inpatients now follow the clock on kept tallies: the same tallies answer each census instant', () => {
  const at = (hhmm: string) => new Date(`2025-01-31T${hhmm}:00+07:00`);
  const day = new Tally();
  for (const facility of [undefined, 'F1']) {
    day.add(counter('inBed', facility ? { facility } : undefined), 2);
    day.add(counter('in', facility ? { facility, at: 3_600_000 } : { at: 3_600_000 }), 1);
    day.add(counter('out', facility ? { facility, at: 7_200_000 } : { at: 7_200_000 }), 1);
  }
  const open = new Tally();
  open.items.set('s1', { start: at('05:00'), facility: 'F1' });
  open.items.set('s2', { start: at('10:00'), facility: 'F1' });
  const facilities = new Tally();
  facilities.items.set('F1', { code: 'F1', name: 'Bệnh viện', beds: 10, register: 'FROM_2025_07', unit: { code: '48001', register: 'FROM_2025_07' } });
  const t = { period: new Tally(), censusDay: day, open, facilities };
  const inpatients = ['00:30', '01:30', '02:30', '06:00', '11:00'].map((hhmm) => {
    const s = summarise(t, at(hhmm), 'FROM_2025_07', 'p');
    return [s.inpatientsNow, s.facilities[0].inpatientsNow];
  });
  expect(inpatients).toEqual([
    [2, 2],
    [3, 3],
    [2, 2],
    [3, 3],
    [4, 4],
  ]);
});
