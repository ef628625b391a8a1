/** Fleet figures, indicators and silence alerts from vessels and positions, without a database. */
import type { UnitRef } from '@ioc/kit';
import { figures, situationOf, type Fleet } from '../src/fleet';
import { indicators } from '../src/indicators';
import { silenceAlerts, zoneAlerts } from '../src/alerts';
import { crossingsOf } from '../src/crossings';
import type { ReportDoc, VesselDoc } from '../src/models';
import { toZone } from '../src/geo';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../src/settings';

const unit = { register: 'PRE_2025_07', code: '20335' } as UnitRef;
const at = new Date('2025-02-12T12:00:00+07:00');
const hoursAgo = (h: number) => new Date(at.getTime() - h * 3600_000);
const vessel = (id: string, lengthM = 20): VesselDoc => ({
  _id: id,
  name: id,
  lengthM,
  powerKw: null,
  gear: null,
  mmsi: id,
  homePort: null,
  updatedOn: null,
  unit,
});
const report = (mmsi: string, h: number, status: number | null = 0, lon = 109): ReportDoc => ({
  _id: `${mmsi}:${h}`,
  kind: 'POSITION',
  mmsi,
  time: hoursAgo(h),
  messageType: 1,
  lat: 15.5,
  lon,
  status,
});
const square = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [108, 15],
      [108.5, 15],
      [108.5, 16],
      [108, 16],
      [108, 15],
    ],
  ],
});
const zone = (kind: 'PORT' | 'NATIONAL_BOUNDARY') =>
  toZone({ _id: kind, kind, name: kind === 'PORT' ? 'Cảng cá' : 'vùng biển Việt Nam', approximate: false, source: null, geometry: square });

function fleet(): Fleet {
  const list: [VesselDoc, ReportDoc | null][] = [
    [vessel('A'), report('A', 1)], // at sea, on time
    [vessel('B'), report('B', 7)], // at sea, silent over 6 h
    [vessel('C'), report('C', 300, 5)], // moored, silent over 10 days
    [vessel('D'), null], // no position
  ];
  return {
    unit: { register: 'PRE_2025_07', level: 'COMMUNE', code: '20335' },
    at,
    allVessels: [...list.map(([v]) => v), vessel('E', 10)],
    situations: list.map(([v, r]) => situationOf(v, r, [], at)),
  };
}

test('figures: states add up to the ≥ 15 m vessels; silence by its two thresholds', () => {
  expect(figures(fleet())).toMatchObject({ registered: 4, registeredAllLengths: 5, atSea: 2, inPort: 1, noPosition: 1, silentOver6h: 1, silentOver10d: 1 });
});

test('indicators: half the vessels at sea on time is ALERT (band 90 %); no vessel at sea is WATCH', () => {
  expect(indicators(fleet()).map((i) => [i.code, i.value, i.status])).toEqual([
    ['vessels.reportingOnTime', 50, 'ALERT'],
    ['vessels.silentOver10d', 1, 'ALERT'],
  ]);
  const ashore = { ...fleet(), situations: [] };
  expect(indicators(ashore).map((i) => [i.value, i.status])).toEqual([
    [null, 'WATCH'],
    [0, 'GOOD'],
  ]);
});

test('silence alerts: 6 h at sea is WARNING, 10 days anywhere CRITICAL', () => {
  expect(silenceAlerts(fleet()).map((a) => [a.code, a.level, a.link])).toEqual([
    ['vessels.silent6h', 'WARNING', 'vessel:B'],
    ['vessels.silent10d', 'CRITICAL', 'vessel:C'],
  ]);
});

test('zone alerts: leaving national waters is CRITICAL, leaving a port INFO; staying put raises nothing', () => {
  const track = [report('A', 3, 0, 108.2), report('A', 2, 0, 108.3), report('A', 1, 0, 109)];
  const zones = [zone('PORT'), zone('NATIONAL_BOUNDARY')];
  expect(zoneAlerts(vessel('A'), crossingsOf('A', track, zones), zones).map((a) => [a.code, a.level])).toEqual([
    ['vessels.zoneExit', 'INFO'],
    ['vessels.zoneExit', 'CRITICAL'],
  ]);
  expect(crossingsOf('A', track.slice(0, 2), [zone('PORT')])).toEqual([]);
});

test('every setting is HUB_VESSELS_<NAME> and in the README table', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  expect(Object.values(settings.names).filter((name) => !name.startsWith('HUB_VESSELS_') || !readme.includes(`| \`${name}\``))).toEqual([]);
});
