/**
 * The registry export in the documented columns (issue 5: SoDangKy, TenTau, ChieuDai, CongSuat,
 * NgheKhaiThac, MaXaChuTau, MMSI, CangCa) is accepted; NgayCapNhat is an optional ordering column.
 */
import { startTestHub, type TestHub } from '@ioc/testing';
import { todayInVietnam } from '@ioc/kit';
import { vessels } from '../src';

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([vessels], { fresh: ['vessels'], tag: 'vesfmt' });
  leader = await hub.token({ role: 'leader', scope: ['*'] });
});
afterAll(() => hub?.stop());

const documented = [
  'SoDangKy,TenTau,ChieuDai,CongSuat,NgheKhaiThac,MaXaChuTau,MMSI,CangCa',
  'QNa-95001-TS,Tàu Mười Một,18,300,Lưới vây,20335,574100001,Cảng cá Tam Kỳ',
  'QNa-95002-TS,Tàu Mười Hai,12,90,Câu,20398,,Cảng cá Hội An',
].join('\n');
const dated = (length: string, on: string) =>
  `SoDangKy,TenTau,ChieuDai,CongSuat,NgheKhaiThac,MaXaChuTau,MMSI,CangCa,NgayCapNhat\nQNa-95002-TS,Tàu Mười Hai,${length},90,Câu,20398,,Cảng cá Hội An,${on}`;
const vessel = async (registration: string) => {
  const r = await hub.query(`{ vessel(registration: "${registration}") { lengthM updatedOn ownerCommune { register code } } }`, { token: leader });
  expect(r.errors).toBeUndefined();
  return r.data.vessel;
};

test('a file in the documented columns is accepted, and sent again changes nothing', async () => {
  expect((await hub.ingest('vessels', 'registry', documented)).body).toEqual({ accepted: 2, rejected: 0, unchanged: 0 });
  expect((await hub.ingest('vessels', 'registry', documented)).body).toEqual({ accepted: 0, rejected: 0, unchanged: 2 });
  // Without a date of its own, the row is read in today's register and dated by its arrival.
  expect(await vessel('QNa-95001-TS')).toEqual({ lengthM: 18, updatedOn: todayInVietnam(), ownerCommune: { register: 'FROM_2025_07', code: '20335' } });
});

test('NgayCapNhat orders versions when present; without it the later arrival wins', async () => {
  // A dated row replaces the undated one stored before it, and reads MaXaChuTau at its date.
  expect((await hub.ingest('vessels', 'registry', dated('13', '2025-02-01'))).body).toEqual({ accepted: 1, rejected: 0, unchanged: 0 });
  expect(await vessel('QNa-95002-TS')).toEqual({ lengthM: 13, updatedOn: '2025-02-01', ownerCommune: { register: 'PRE_2025_07', code: '20398' } });
  // An older dated row does not.
  expect((await hub.ingest('vessels', 'registry', dated('11', '2025-01-01'))).body).toEqual({ accepted: 0, rejected: 0, unchanged: 1 });
  // The documented (undated) export arriving later replaces it.
  expect((await hub.ingest('vessels', 'registry', documented)).body).toEqual({ accepted: 1, rejected: 0, unchanged: 1 });
  expect((await vessel('QNa-95002-TS')).lengthM).toBe(12);
});
