/**
 * Land figures come from rollups kept at ingest: after feeds with updates, duplicates and older
 * versions arriving late they equal a recount from the raw parcels, document by document; and a
 * province's statistics read the same documents when the parcels held grow tenfold.
 */
import { countDocumentsRead, recount, storedRollups } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';
import { land } from '../src';
import { models, type ParcelDoc } from '../src/models';
import { parcelRollup } from '../src/rollup';
import { collection, parcel } from './fixtures';

let hub: TestHub;
let leader: string;
beforeAll(async () => {
  hub = await startTestHub([land], { fresh: ['land'], tag: 'land-rollups' });
  leader = await hub.token({ role: 'leader', scope: ['48'] });
});
afterAll(() => hub?.stop());

const communes = ['20335', '20341', '20398'];
const uses = ['LUC', 'ONT', 'CLN', 'ODT+CLN'];
/** `n` parcels spread over three communes of Quảng Nam, sheet `sheet`, dated `day`. */
const parcels = (n: number, sheet: number, day: string, certified: (i: number) => boolean = (i) => i % 3 !== 0) =>
  Array.from({ length: n }, (_, i) =>
    parcel(
      {
        maXa: communes[i % 3],
        soTo: sheet,
        soThua: i + 1,
        dienTich: 100 + (i % 7) * 10.5,
        loaiDat: uses[i % 4],
        daCapGCN: certified(i),
        ngayCapNhat: day,
      },
      [108.47 + (i % 50) * 0.001, 15.57 + Math.floor(i / 50) * 0.001],
      i % 11 === 0 ? 50 : undefined,
    ),
  );

const statsQuery = `{ province(code: "49", asOf: "2025-03-01") { land { parcels area certifiedParcels certifiedArea byUse { code parcels area } byGroup { group parcels area } alerts { link } } } }`;

test('rollups equal a recount from the raw parcels after updates, duplicates and late older versions', async () => {
  expect((await hub.ingest('land', 'parcels', collection(parcels(30, 1, '2025-02-10')))).body).toMatchObject({ accepted: 30, rejected: 0 });
  // Updates: every other parcel certified now, with a newer date; a duplicate line in the same file;
  // then an older version of some parcels, which must change nothing.
  const updated = parcels(30, 1, '2025-03-05', () => true).filter((_, i) => i % 2 === 0);
  expect(await hub.ingest('land', 'parcels', collection([...updated, updated[0]]))).toMatchObject({ body: { accepted: 15, unchanged: 1 } });
  expect(await hub.ingest('land', 'parcels', collection(parcels(10, 1, '2025-01-01', () => false)))).toMatchObject({ body: { accepted: 0, unchanged: 10 } });
  // After the reform, under today's code of An Mỹ: counted forward and backward.
  expect(
    await hub.ingest(
      'land',
      'parcels',
      collection([parcel({ maXa: '20341', soTo: 9, soThua: 1, dienTich: 400, loaiDat: 'CLN', daCapGCN: false, ngayCapNhat: '2025-08-15' }, [108.48, 15.575])]),
    ),
  ).toMatchObject({ body: { accepted: 1 } });
  const conn = hub.subgraphs.land.db.connection;
  const raw = await models(conn).Parcel.find({}).lean<ParcelDoc[]>();
  expect(raw).toHaveLength(31);
  expect(await storedRollups(conn)).toEqual(recount(parcelRollup, raw));

  // And the figures read from them are those of the raw parcels.
  const r = await hub.query(statsQuery, { token: leader });
  expect(r.errors).toBeUndefined();
  const mine = raw.filter((p) => p.unit.register === 'PRE_2025_07' || p.unit.code === '20341');
  expect(r.data.province.land.parcels).toBe(mine.length);
  expect(r.data.province.land.certifiedParcels).toBe(mine.filter((p) => p.certified).length);
  expect(r.data.province.land.area).toBeCloseTo(
    mine.reduce((s, p) => s + p.area, 0),
    6,
  );
  expect(r.data.province.land.alerts.map((a: { link: string }) => a.link).sort()).toEqual(
    mine
      .filter((p) => p.areaDeviation > 0.1)
      .map((p) => `parcel:${p._id}`)
      .sort(),
  );
});

test('a province’s statistics read the same documents when the parcels held grow five-fold', async () => {
  const read = countDocumentsRead(hub.subgraphs.land.db.connection);
  // A second sheet first: the process keeps what it read until rollups are written (kit's
  // cache.ts), so both reads compared come after an ingest.
  await hub.ingest('land', 'parcels', collection(parcels(30, 2, '2025-03-10')));
  let before = read();
  const small = await hub.query(statsQuery, { token: leader });
  const smallDocs = read() - before;
  expect(small.errors).toBeUndefined();
  // Nine more sheets of the same size: 5.5 times the parcels.
  for (let sheet = 3; sheet <= 11; sheet++) await hub.ingest('land', 'parcels', collection(parcels(30, sheet, '2025-03-10')));
  before = read();
  const large = await hub.query(statsQuery, { token: leader });
  expect(read() - before).toBe(smallDocs);
  expect(large.data.province.land.parcels).toBe(small.data.province.land.parcels + 270);
});

test('series: parcels by the period of their latest update, adding up to the whole range', async () => {
  const r = await hub.query(
    `{ province(code: "49", asOf: "2025-03-01") { land { series(from: "2025-01-01", to: "2025-04-01", every: MONTH) { from to parcels certifiedParcels } } }
    whole: province(code: "49", asOf: "2025-03-01") { land { series(from: "2025-01-01", to: "2025-04-01", every: QUARTER) { parcels } } } }`,
    { token: leader },
  );
  expect(r.errors).toBeUndefined();
  const months = r.data.province.land.series;
  expect(months.map((m: { from: string; to: string }) => [m.from, m.to])).toEqual([
    ['2025-01-01', '2025-02-01'],
    ['2025-02-01', '2025-03-01'],
    ['2025-03-01', '2025-04-01'],
  ]);
  // 15 of the first 30 kept their February date; 15 were updated in March, with the 300 of the five-fold test.
  expect(months.map((m: { parcels: number }) => m.parcels)).toEqual([0, 15, 15 + 300]);
  expect(r.data.whole.land.series[0].parcels).toBe(330);
});
