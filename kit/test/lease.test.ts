/** The feed lease: one holder at a time, a bounded wait, and a dead holder's lease expiring. */
import { connectDatabase, acquireLease, LeaseBusyError, type Database } from '../src';

let a: Database;
let b: Database;
beforeAll(async () => {
  a = await connectDatabase(`test_kit_lease_w${process.env.JEST_WORKER_ID ?? 0}`);
  await a.connection.dropDatabase();
  // A second connection, as a second process of the subgraph would hold.
  b = await connectDatabase(`test_kit_lease_w${process.env.JEST_WORKER_ID ?? 0}`);
});
afterAll(async () => {
  delete process.env.HUB_INGEST_LEASE_WAIT_S;
  await a?.close();
  await b?.close();
});

test('a held lease makes the other writer wait its bounded turn, then answer busy; released, it is free', async () => {
  process.env.HUB_INGEST_LEASE_WAIT_S = '1';
  const first = await acquireLease(a.connection, 'things');
  const t0 = Date.now();
  const refused = await acquireLease(b.connection, 'things').then(
    () => null,
    (e) => e,
  );
  expect(refused).toBeInstanceOf(LeaseBusyError);
  expect(refused.message).toMatch(/"things" đang được nạp bởi một yêu cầu khác/);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
  // Another feed is not held up.
  await (await acquireLease(b.connection, 'others')).release();
  process.env.HUB_INGEST_LEASE_WAIT_S = '30';
  const waiting = acquireLease(b.connection, 'things');
  await first.release();
  const second = await waiting.then(
    (l) => l,
    () => null,
  );
  expect(second).not.toBeNull();
  expect(second!.held()).toBe(true);
  await second!.release();
});

test('a lease whose holder died expires and is taken over', async () => {
  await a.connection
    .db!.collection<any>('leases')
    .insertOne({ _id: 'stale', holder: 'dead-process', since: new Date(0), until: new Date(Date.now() - 1000), pid: -1 });
  const taken = await acquireLease(b.connection, 'stale');
  expect(taken.held()).toBe(true);
  expect((await a.connection.db!.collection<any>('leases').findOne({ _id: 'stale' }))?.holder).not.toBe('dead-process');
  await taken.release();
  expect(await a.connection.db!.collection<any>('leases').findOne({ _id: 'stale' })).toBeNull();
});
