/**
 * A short or malformed CSV row is rejected alone, the rows around it kept; a file that breaks off
 * (an unbalanced quote) keeps every row before the break and records the rest as a reject.
 */
import { startTestHub, type TestHub } from '@ioc/testing';
import { education } from '../src';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([education], { fresh: ['education'], tag: 'csv' });
});
afterAll(() => hub?.stop());

const header = 'MaTruong,TenTruong,CapHoc,LoaiHinh,MaXa,DatChuanQuocGia';
const row = (i: number) => `C${String(i).padStart(2, '0')},Trường Tiểu học số ${i},TH,CONG_LAP,20335,1`;
const stored = async () =>
  (
    await hub.subgraphs.education.db.connection
      .collection('schools')
      .find({}, { projection: { _id: 1 } })
      .toArray()
  )
    .map((d) => d._id)
    .sort();
const rejects = async () =>
  (await hub.query('{ educationRejects(feed: "schools", first: 100) { reason position } }', { token: await hub.token({ role: 'officer', scope: ['*'] }) })).data
    .educationRejects;

test('a short row and a long row are rejected alone; the rows after them are kept', async () => {
  const text = [header, row(1), row(2), 'C03,Trường thiếu cột,TH', row(4), `${row(5)},thừa`, row(6), row(7)].join('\n');
  expect((await hub.ingest('education', 'schools', text)).body).toEqual({ accepted: 5, rejected: 2, unchanged: 0 });
  expect(await stored()).toEqual(['C01', 'C02', 'C04', 'C06', 'C07']);
  const r = await rejects();
  expect(r.map((x: any) => x.position).sort()).toEqual([4, 6]);
  for (const x of r) expect(x.reason).toMatch(/^dòng \d: số cột không khớp với dòng tiêu đề/);
});

test('an unbalanced quote keeps the rows before it and records the rest of the file as a reject', async () => {
  const text = [header, row(11), row(12), 'C13,"Trường không đóng ngoặc,TH,CONG_LAP,20335,1', row(14), row(15)].join('\n');
  const r = await hub.ingest('education', 'schools', text);
  expect(r.status).toBe(200);
  expect(r.body).toEqual({ accepted: 2, rejected: 1, unchanged: 0 });
  expect(await stored()).toEqual(expect.arrayContaining(['C11', 'C12']));
  const reasons = (await rejects()).map((x: any) => x.reason).join('\n');
  expect(reasons).toMatch(/dòng 4: dấu ngoặc kép \("\) mở mà không đóng/);
});
