/**
 * The station list in the documented fields (issue 5: code, name, type AIR, longitude, latitude,
 * commune code) is accepted; `updatedAt` is an optional ordering field.
 */
import { startTestHub, type TestHub } from '@ioc/testing';
import { todayInVietnam } from '@ioc/kit';
import { environment } from '../src';

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([environment], { fresh: ['environment'], tag: 'envfmt' });
  leader = await hub.token({ role: 'leader', scope: ['*'] });
});
afterAll(() => hub?.stop());

const station = (name: string) => ({ code: 'FMT01', name, type: 'AIR', longitude: 108.4739, latitude: 15.5736, communeCode: '20335' });
const stationOf = async () => {
  const r = await hub.query('{ environmentStation(code: "FMT01") { name listedAt register communeCode } }', { token: leader });
  expect(r.errors).toBeUndefined();
  return r.data.environmentStation;
};

test("a list without updatedAt is accepted, read in today's register, and sent again changes nothing", async () => {
  const list = JSON.stringify({ stations: [station('Trạm Tam Kỳ')] });
  expect((await hub.ingest('environment', 'stations', list)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  expect((await hub.ingest('environment', 'stations', list)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
  expect(await stationOf()).toEqual({ name: 'Trạm Tam Kỳ', listedAt: todayInVietnam(), register: 'FROM_2025_07', communeCode: '20335' });
});

test('without updatedAt the later import wins, even over a dated listing', async () => {
  const dated = JSON.stringify({ updatedAt: '2025-08-01', stations: [station('Trạm Bàn Thạch')] });
  expect((await hub.ingest('environment', 'stations', dated)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  expect(await stationOf()).toMatchObject({ name: 'Trạm Bàn Thạch', listedAt: '2025-08-01' });
  const undated = JSON.stringify([station('Trạm Bàn Thạch mới')]);
  expect((await hub.ingest('environment', 'stations', undated)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  expect((await stationOf()).name).toBe('Trạm Bàn Thạch mới');
});
