import { startSubgraph, type RunningSubgraph } from '../src';
import { health } from '@ioc/health';

let sub: RunningSubgraph;
beforeAll(async () => {
  sub = await startSubgraph(health, { port: 0, dbName: `test_kit_readiness_w${process.env.JEST_WORKER_ID ?? 0}` });
});
afterAll(() => sub?.stop().catch(() => undefined));

const readyz = () => fetch(sub.url.replace(/\/graphql$/, '/readyz'));

test('/readyz is ready while the database answers a real read, and fails when it does not', async () => {
  const before = sub.db.commands.byName.find ?? 0;
  const ok = await readyz();
  expect(ok.status).toBe(200);
  // A real read, not a ping: a find reached the database.
  expect(sub.db.commands.byName.find).toBe(before + 1);
  await sub.db.connection.close();
  const down = await readyz();
  expect(down.status).toBe(503);
  expect(((await down.json()) as any).problem).toMatch(/database/);
  // Liveness is another question: the process itself still serves.
  expect((await fetch(sub.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
});
