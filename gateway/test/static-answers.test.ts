import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { hubMetrics, projectRoot } from '@ioc/kit';
import { asksOnlyRegisters, staticFields, StaticAnswers } from '../src/static-answers';
import { startTestHub, type TestHub } from '@ioc/testing';

const known = staticFields(readFileSync(join(projectRoot, 'schema', 'supergraph.graphql'), 'utf8'));
const registersOnly = (query: string, operationName?: string) => asksOnlyRegisters(parse(query), operationName, known);

describe('which queries read the registers alone', () => {
  test('the unit tree, lookups, reform links, search and fragments on the unit interface do', () => {
    expect(registersOnly('{ provinces(asOf: "2025-03-01") { code name districts { code name communes { code name } } } }')).toBe(true);
    expect(registersOnly('{ commune(code: "20335", asOf: "2025-03-01") { register code successors { unit { code province { name } } share } } }')).toBe(true);
    expect(registersOnly('{ searchUnits(text: "Tân Thạnh") { unit { __typename ... on Commune { district { name } } } } }')).toBe(true);
    expect(
      registersOnly('query A { registers { communes } } query B { province(code: "48") { health(from: "2025-01-01", to: "2025-02-01") { visits } } }', 'A'),
    ).toBe(true);
  });

  test('a sector field, a district boundary, a mutation, introspection or an unknown field does not', () => {
    expect(registersOnly('{ province(code: "48") { name health(from: "2025-01-01", to: "2025-02-01") { visits } } }')).toBe(false);
    expect(registersOnly('{ provinces { communes { ...F } } } fragment F on Commune { code land { parcels } }')).toBe(false);
    expect(registersOnly('{ district(code: "490", asOf: "2025-03-01") { name boundary } }')).toBe(false);
    expect(
      registersOnly('query A { registers { communes } } query B { province(code: "48") { health(from: "2025-01-01", to: "2025-02-01") { visits } } }', 'B'),
    ).toBe(false);
    expect(registersOnly('{ __schema { types { name } } }')).toBe(false);
    expect(registersOnly('{ provinces { nonsense } }')).toBe(false);
    expect(registersOnly('mutation { registers }')).toBe(false);
  });

  test('the store stays within its byte bound, dropping the least recently used answer first', () => {
    const store = new StaticAnswers(known, 400);
    const doc = parse('{ registers { communes } }');
    const answer = (n: number) => ({ status: 200, contentType: 'application/json', body: 'x'.repeat(n) });
    const keys = [1, 2, 3].map((i) => store.keyOf(doc, `{ registers { communes } } # ${i}`, {}, undefined)!);
    store.keep(keys[0], answer(90));
    store.keep(keys[1], answer(90));
    store.get(keys[0]);
    store.keep(keys[2], answer(90));
    store.keep(store.keyOf(doc, '{ registers { communes } }', { i: 4 }, undefined)!, answer(90));
    store.keep(store.keyOf(doc, '{ registers { communes } }', { i: 5 }, undefined)!, answer(90));
    expect(store.size).toBe(4);
    expect(store.get(keys[1])).toBeUndefined();
    expect(store.get(keys[0])).toBeDefined();
    store.keep(keys[2], { ...answer(10), body: '{"errors":[]}' });
    store.keep(store.keyOf(doc, '{ registers { communes } }', { big: true }, undefined)!, answer(200));
    expect(store.size).toBe(4);
  });
});

/** Fetches the gateway made of admin-units so far. */
const fetches = async () => {
  const m = await hubMetrics.subgraphFetch().get();
  return m.values
    .filter((v) => v.metricName === 'hub_subgraph_fetch_duration_seconds_count' && v.labels.subgraph === 'admin-units')
    .reduce((n, v) => n + v.value, 0);
};

describe('answers kept in the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub([]);
  });
  afterAll(() => hub?.stop());

  test('the old-register tree is fetched from admin-units once, then sent again unchanged', async () => {
    const tree = '{ provinces(asOf: "2025-03-01") { code districts { code communes { code name } } } }';
    const before = await fetches();
    const first = await hub.query(tree);
    const second = await hub.query(tree);
    expect(await fetches()).toBe(before + 1);
    expect(second).toEqual(first);
    expect(first.data.provinces.flatMap((p: any) => p.districts.flatMap((d: any) => d.communes)).length).toBe(10_047);
  });

  test('another query, other variables or an answer with errors still reach the subgraph', async () => {
    const one = 'query($c: String!) { commune(code: $c, asOf: "2025-03-01") { name } }';
    const before = await fetches();
    await hub.query(one, { variables: { c: '20335' } });
    await hub.query(one, { variables: { c: '20332' } });
    const bad = '{ province(code: "4") { name } }';
    const refused = await hub.query(bad);
    expect(refused.errors?.[0].message).toMatch(/code/);
    await hub.query(bad);
    // Two valid queries by the short way; the bad one twice, each time tried there first and then through Apollo for its error.
    expect(await fetches()).toBe(before + 6);
  });
});

describe('the short way to admin-units for register queries', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub([]);
  });
  afterAll(() => hub?.stop());

  test('answers what Apollo answers for the same fields', async () => {
    const fields = 'name type province { code name } communes { code name type }';
    const short = await hub.query(`{ district(code: "490", asOf: "2025-03-01") { ${fields} } }`);
    // A boundary is read from the database: that query goes through Apollo's plan.
    const planned = await hub.query(`{ district(code: "490", asOf: "2025-03-01") { ${fields} boundary } }`);
    expect(short.errors).toBeUndefined();
    const { boundary: _boundary, ...rest } = planned.data.district;
    expect(short.data.district).toEqual(rest);
    expect(short.data.district.communes.length).toBeGreaterThan(0);
  });

  test('a query the schema refuses never reaches the subgraph and gets the error Apollo gives', async () => {
    const before = await fetches();
    const answer = await hub.query('{ province(cod: "48") { name } }');
    expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0].message).toMatch(/cod/);
    expect(await fetches()).toBe(before);
  });
});
