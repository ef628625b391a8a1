import { startTestHub, type TestHub } from '@ioc/testing';
import { __CAMEL__ } from '../src';

jest.setTimeout(600_000);

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub([__CAMEL__], { fresh: ['__NAME__'], tag: '__CAMEL__' }); });
afterAll(() => hub?.stop());

const feed = [
  { id: 'R1', unitCode: '20335', date: '2025-01-10', kind: 'A', value: 3, updatedAt: '2025-01-10T08:00:00+07:00' },
  { id: 'R2', unitCode: '20341', date: '2025-02-10', kind: 'B', value: 4, updatedAt: '2025-02-10T08:00:00+07:00' },
].map((r) => JSON.stringify(r)).concat(['{"id":"R3","unitCode":"99999","date":"2025-01-01","kind":"A","value":1,"updatedAt":"2025-01-01T08:00:00+07:00"}']).join('\n');

test('the feed goes in through the connector; a bad line is a reject; re-sending changes nothing', async () => {
  expect((await hub.ingest('__NAME__', 'records', feed)).body).toEqual({ accepted: 2, rejected: 1, unchanged: 0 });
  expect((await hub.ingest('__NAME__', 'records', feed)).body).toEqual({ accepted: 0, rejected: 1, unchanged: 2 });
});

test('statistics through the gateway on a commune, a district and a province of either register, scoped', async () => {
  const token = await hub.token({ role: 'leader', scope: ['48'] });
  const q = '(from: "2025-01-01", to: "2025-04-01") { records total }';
  const r = await hub.query(`{ c: commune(code: "20335", asOf: "2025-03-01") { __CAMEL__${q} } d: district(code: "502", asOf: "2025-03-01") { __CAMEL__${q} } p: province(code: "48") { __CAMEL__${q} } }`, { token });
  expect(r.errors).toBeUndefined();
  expect(r.data.c.__CAMEL__).toEqual({ records: 1, total: 3 });
  expect(r.data.d.__CAMEL__).toEqual({ records: 2, total: 7 });
  expect(r.data.p.__CAMEL__).toEqual({ records: 2, total: 7 });
  const outside = await hub.query(`{ commune(code: "20335", asOf: "2025-03-01") { __CAMEL__${q} } }`, { token: await hub.token({ role: 'leader', scope: ['40'] }) });
  expect(outside.data.commune.__CAMEL__).toBeNull();
});

// Each request also reads the data stamp (kit answer cache): asked again, that is all it reads.
test('a province\'s districts in one query: one database round trip and the stamp; asked again, the stamp alone', async () => {
  const token = await hub.token({ role: 'leader', scope: ['*'] });
  const query = '{ province(code: "49", asOf: "2025-03-01") { districts { __CAMEL__(from: "2025-01-01", to: "2025-04-01") { records } } } }';
  const commands = () => hub.subgraphs['__NAME__'].db.commands.count;
  let before = commands();
  const r = await hub.query(query, { token });
  expect(r.errors).toBeUndefined();
  expect(commands() - before).toBe(2);
  before = commands();
  expect((await hub.query(query, { token })).data).toEqual(r.data);
  expect(commands() - before).toBe(1);
});
