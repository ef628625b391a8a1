import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { composeSupergraph } from '../lib/composition';
import { subgraphPorts } from '@ioc/kit';

const root = join(__dirname, '..', '..');

test('the committed supergraph is what composing schema/*.graphql gives (run `npm run compose`)', () => {
  const committed = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
  expect(composeSupergraph()).toBe(committed);
});

test('docker-compose.yml runs every subgraph of schema/ on its port, with the database and secrets', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
  expect(compose.services.mongo.image).toMatch(/^mongo:7/);
  const gatewayEnv = compose.services.gateway.environment;
  for (const [name, port] of Object.entries(subgraphPorts())) {
    const s = compose.services[name];
    expect(s).toBeDefined();
    expect(s.command.join(' ')).toContain(`subgraphs/${name}/src/index.ts`);
    expect(s.environment.PORT).toBe(String(port));
    expect(s.environment.MONGODB_URI).toBe('mongodb://mongo:27017');
    expect(s.environment.HUB_INTERNAL_SECRET).toBeDefined();
    expect(gatewayEnv[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`]).toBe(`http://${name}:${port}/graphql`);
  }
  expect(compose.services.gateway.ports).toContain('4000:4000');
});

test('every service has a healthcheck, and starts only once what it needs is healthy', () => {
  // Docker Compose applies YAML merge keys (`<<: *hub`).
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
  const names = Object.keys(subgraphPorts());
  for (const [name, s] of Object.entries<any>(compose.services)) {
    expect([name, s.healthcheck?.test?.length > 1]).toEqual([name, true]);
  }
  for (const name of names) {
    expect(compose.services[name].depends_on.mongo).toEqual({ condition: 'service_healthy' });
    expect(compose.services[name].healthcheck.test.join(' ')).toContain('/readyz');
    expect(compose.services.gateway.depends_on[name]).toEqual({ condition: 'service_healthy' });
  }
  expect(compose.services.gateway.healthcheck.test.join(' ')).toContain('/healthz');
  expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/readyz/m);
});

test("the image installs every workspace: each subgraph's package.json is copied before npm ci", () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  for (const name of Object.keys(subgraphPorts())) expect(dockerfile).toContain(`COPY subgraphs/${name}/package.json subgraphs/${name}/`);
});
