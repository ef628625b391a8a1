/**
 * A subgraph not built on the kit joins the hub: its SDL composes with every schema/*.graphql, and
 * the gateway (given the composed supergraph and the service's URL, as subgraphs.json and
 * SUBGRAPH_<NAME>_URL give them in a deployment) answers across it and admin-units, scoped.
 */
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { startSubgraph, subgraphList, listedUrl, loadSdl, signIdentity, type RunningSubgraph } from '@ioc/kit';
import { startGateway, signDevToken } from '@ioc/gateway';
import { adminUnits } from '@ioc/admin-units';
import { startPartnerSubgraph, sdl as partnerSdl } from './fixtures/partner-subgraph/server';

let partner: Awaited<ReturnType<typeof startPartnerSubgraph>>;
let units: RunningSubgraph;
let gateway: Awaited<ReturnType<typeof startGateway>>;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
}

const token = (scope: string[]) => signDevToken(process.env.HUB_JWT_SECRET!, { sub: 'partner-test', role: 'leader', scope });
const ask = `{ commune(code: "20335", asOf: "2025-03-01") { name waterSupply { households connected connectedShare } } }`;

beforeAll(async () => {
  partner = await startPartnerSubgraph(process.env.HUB_INTERNAL_SECRET!);
  // The partner's SDL as the service itself publishes it: what `npm run compose` needs in schema/.
  const published = (await post(partner.url, '{ _service { sdl } }')).data._service.sdl;
  const services = [
    ...Object.keys(subgraphList()).map((name) => ({ name, url: listedUrl(name), typeDefs: loadSdl(name) })),
    { name: 'water', url: partner.url, typeDefs: parse(published) },
  ];
  const composed = composeServices(services);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  units = await startSubgraph(adminUnits, { port: 0, dbName: `test_admin_units_w${process.env.JEST_WORKER_ID ?? '0'}` });
  gateway = await startGateway({ port: 0, supergraphSdl: composed.supergraphSdl, urls: { 'admin-units': units.url, water: partner.url } });
});
afterAll(async () => {
  await gateway?.stop();
  await units?.stop();
  await partner?.stop();
});

test('the service publishes its SDL in _service: the entity key and the fields it adds', async () => {
  const published: string = (await post(partner.url, '{ _service { sdl } }')).data._service.sdl;
  expect(published).toMatch(/type Commune\s+@key\(fields: "register code"\)/);
  for (const line of partnerSdl.split('\n').filter((l) => /^\s+\w+: /.test(l))) expect(published).toContain(line.trim());
});

test('through the gateway: a commune of admin-units carries the partner field, for a caller in scope', async () => {
  const r = await post(gateway.url, ask, { authorization: `Bearer ${await token(['48'])}` });
  expect(r.errors).toBeUndefined();
  expect(r.data.commune.name).toBe('Phường Tân Thạnh');
  expect(r.data.commune.waterSupply).toEqual({ households: 4200, connected: 3990, connectedShare: 0.95 });
  const today = await post(gateway.url, `{ commune(code: "20335") { name waterSupply { households } } }`, { authorization: `Bearer ${await token(['*'])}` });
  expect(today.data.commune).toEqual({ name: 'Phường Bàn Thạch', waterSupply: { households: 9100 } });
});

test('the partner honours the signed scope: another province and the public get null', async () => {
  const elsewhere = await post(gateway.url, ask, { authorization: `Bearer ${await token(['40'])}` });
  expect(elsewhere.data.commune).toEqual({ name: 'Phường Tân Thạnh', waterSupply: null });
  const anonymous = await post(gateway.url, ask);
  expect(anonymous.data.commune.waterSupply).toBeNull();
});

test('identity headers not signed with the internal secret, stale, for another body or replayed are refused; a signed one is honoured', async () => {
  const entity = `{ _entities(representations: [{ __typename: "Commune", register: PRE_2025_07, code: "20335" }]) { ... on Commune { waterSupply { households } } } }`;
  const body = JSON.stringify({ query: entity });
  const admin = { sub: 'x', role: 'admin' as const, scope: ['*'] };
  const send = (headers: Record<string, string>) => fetch(partner.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  expect((await send(signIdentity(admin, body, Date.now(), 'not-the-secret'))).status).toBe(401);
  expect((await send(signIdentity(admin, body, Date.now() - 10 * 60_000))).status).toBe(401);
  expect((await send(signIdentity(admin, '{"query":"{ __typename }"}'))).status).toBe(401);
  const signed = signIdentity(admin, body);
  const ok = await send(signed);
  expect(((await ok.json()) as any).data._entities).toEqual([{ waterSupply: { households: 4200 } }]);
  expect((await send(signed)).status).toBe(401);
  const anonymous = await send({});
  expect(((await anonymous.json()) as any).data._entities).toEqual([{ waterSupply: null }]);
});
