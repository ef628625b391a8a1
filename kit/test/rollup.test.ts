import { Schema } from 'mongoose';
import { connectDatabase, resolveUnit, rollupFilter, unitRefSchema, indexUnitRef, unitRegisters, type Database } from '../src';

// A sector-shaped collection: records that carry the unit they were reported with.
const recordSchema = new Schema({ _id: String, unit: unitRefSchema, amount: Number }, { versionKey: false });
indexUnitRef(recordSchema);

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(`test_kit_rollup_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
});
afterAll(() => db?.close());

test("a new province counts its predecessors' records; an old unit counts its own codes as reported", async () => {
  const Record = db.connection.model('Record', recordSchema, 'records');
  const reg = unitRegisters();
  const communesOf = (province: string) =>
    reg
      .list('PRE_2025_07', 'COMMUNE')
      .filter((c) => c.province === province)
      .slice(0, 3)
      .map((c) => c.code);
  const rows = [
    ...communesOf('49').map((code, i) => ({ code, date: '2025-02-01', amount: 10 + i })), // old Quảng Nam
    ...communesOf('48').map((code, i) => ({ code, date: '2025-03-01', amount: 100 + i })), // old Đà Nẵng
    { code: '49', date: '2025-04-01', amount: 1000 }, // reported at province level
    { code: reg.list('FROM_2025_07', 'COMMUNE').find((c) => c.province === '48')!.code, date: '2025-08-01', amount: 5000 }, // new code, after
    ...communesOf('35').map((code) => ({ code, date: '2025-02-01', amount: 7 })), // elsewhere (Hà Nam → 37)
  ];
  await Record.insertMany(rows.map((r, i) => ({ _id: `r${i}`, unit: resolveUnit(r.code, r.date), amount: r.amount })));
  const total = async (filter: Record<string, unknown>) => (await Record.find(filter).lean()).reduce((s, r: any) => s + r.amount, 0);

  const old49 = await total(rollupFilter({ register: 'PRE_2025_07', level: 'PROVINCE', code: '49' }));
  const old48 = await total(rollupFilter({ register: 'PRE_2025_07', level: 'PROVINCE', code: '48' }));
  const new48 = await total(rollupFilter({ register: 'FROM_2025_07', level: 'PROVINCE', code: '48' }));
  expect(old49).toBe(10 + 11 + 12 + 1000);
  expect(old48).toBe(100 + 101 + 102);
  // The new Đà Nẵng = the sum over its predecessors + what was reported under new codes.
  expect(new48).toBe(old49 + old48 + 5000);
  expect(await total(rollupFilter({ register: 'FROM_2025_07', level: 'PROVINCE', code: '37' }))).toBe(21);

  const district = reg.get('PRE_2025_07', 'COMMUNE', communesOf('49')[0])!.district!;
  const inDistrict = rows.filter((r) => r.code.length === 5 && reg.get('PRE_2025_07', 'COMMUNE', r.code)?.district === district && r.date < '2025-07-01');
  expect(await total(rollupFilter({ register: 'PRE_2025_07', level: 'DISTRICT', code: district }))).toBe(inDistrict.reduce((s, r) => s + r.amount, 0));
});
