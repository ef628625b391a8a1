import { hubMetrics } from '@ioc/kit';
import { land } from '@ioc/land';
import { startTestHub, type TestHub } from '@ioc/testing';
import { RegisterFetches } from '../src/register-fetches';

/** Fetches the gateway made of one subgraph so far. */
const fetches = async (subgraph: string) => {
  const m = await hubMetrics.subgraphFetch().get();
  return m.values
    .filter((v) => v.metricName === 'hub_subgraph_fetch_duration_seconds_count' && v.labels.subgraph === subgraph)
    .reduce((n, v) => n + v.value, 0);
};

describe('which of the gateway fetches from admin-units are kept', () => {
  const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  const kept = new RegisterFetches();

  test('a query is, under its text, variables and the day', () => {
    const a = kept.keyOf(body('{province(code:"48"){__typename code register name}}'));
    expect(a).toContain(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
    expect(kept.keyOf(body('query($c:String!){commune(code:$c){name}}', { c: '20335' }))).not.toBe(
      kept.keyOf(body('query($c:String!){commune(code:$c){name}}', { c: '20332' })),
    );
  });

  test('a district boundary (read from the database), a mutation or a body that is not JSON is not', () => {
    expect(kept.keyOf(body('{district(code:"490"){name boundary}}'))).toBeUndefined();
    expect(kept.keyOf(body('mutation{registers}'))).toBeUndefined();
    expect(kept.keyOf('{"query":')).toBeUndefined();
    expect(kept.keyOf(undefined)).toBeUndefined();
  });
});

describe('a sector query asked again', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub([land]);
  });
  afterAll(() => hub?.stop());

  test('asks admin-units for its units once and the sector every time, with the same answer', async () => {
    const token = await hub.token({ role: 'analyst', scope: ['48'] });
    const query = '{ province(code: "48") { name land { parcels area } } }';
    const [unitsBefore, landBefore] = [await fetches('admin-units'), await fetches('land')];
    const first = await hub.query(query, { token });
    const second = await hub.query(query, { token });
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(first.data.province.name).toMatch(/Đà Nẵng/);
    expect(await fetches('admin-units')).toBe(unitsBefore + 1);
    expect(await fetches('land')).toBe(landBefore + 2);
  });

  test('another caller with another scope gets its own answer from the sector', async () => {
    const query = '{ province(code: "48") { name land { parcels } } }';
    const inScope = await hub.query(query, { token: await hub.token({ role: 'analyst', scope: ['48'] }) });
    const outOfScope = await hub.query(query, { token: await hub.token({ role: 'analyst', scope: ['01'] }) });
    expect(inScope.data.province.land).not.toBeNull();
    expect(outOfScope.data.province).toEqual({ name: inScope.data.province.name, land: null });
  });
});
