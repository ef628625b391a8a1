/**
 * `npm run new-subgraph` in a temporary copy of the project: the scaffold composes with every other
 * subgraph, type-checks, and its own tests pass untouched against the real database.
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

jest.setTimeout(900_000);

const root = join(__dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'hub-scaffold-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const skipped = new Set(['node_modules', '.git', '.data', '.tools']);

/** The copy's node_modules: the project's packages, but its own workspaces, so the copy runs its own code. */
function linkModules(): void {
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@ioc'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '@ioc') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  // Every workspace the root package.json lists (`subgraphs/*` expanded), as `npm install` links them.
  const listed: string[] = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).workspaces;
  linkWorkspaces(listed.flatMap((w) => (w.endsWith('/*') ? readdirSync(join(copy, w.slice(0, -2))).map((s) => `${w.slice(0, -2)}/${s}`) : [w])));
}

/** What `npm install` does for a new workspace. */
function linkWorkspaces(workspaces: string[]): void {
  const modules = join(copy, 'node_modules');
  for (const w of workspaces) {
    const name = JSON.parse(readFileSync(join(copy, w, 'package.json'), 'utf8')).name.replace('@ioc/', '');
    symlinkSync(join(copy, w), join(modules, '@ioc', name));
  }
}

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: process.env, maxBuffer: 16 * 1024 * 1024 });

test('the scaffold of "water-supply" composes, type-checks and passes its own tests untouched', () => {
  cpSync(root, copy, { recursive: true, filter: (src) => !skipped.has(src.slice(root.length + 1).split('/')[0]) });
  linkModules();
  const made = run([require.resolve('tsx/cli'), 'scripts/new-subgraph.ts', 'water-supply']);
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  linkWorkspaces(['subgraphs/water-supply']);

  const list = JSON.parse(readFileSync(join(copy, 'schema', 'subgraphs.json'), 'utf8'));
  const ports = Object.values(list).filter((v): v is number => typeof v === 'number');
  expect(list['water-supply']).toBe(Math.max(...ports));
  const supergraph = readFileSync(join(copy, 'schema', 'supergraph.graphql'), 'utf8');
  expect(supergraph).toMatch(/waterSupply\(from: Date!, to: Date!\): WaterSupplyStats @join__field\(graph: WATER_SUPPLY\)/);
  const compose = parse(readFileSync(join(copy, 'docker-compose.yml'), 'utf8'));
  expect(compose.services['water-supply'].environment.PORT).toBe(String(list['water-supply']));
  expect(compose.services.gateway.environment.SUBGRAPH_WATER_SUPPLY_URL).toBe(`http://water-supply:${list['water-supply']}/graphql`);
  expect(compose.services.gateway.depends_on['water-supply']).toEqual({ condition: 'service_healthy' });

  const again = run([require.resolve('tsx/cli'), 'scripts/new-subgraph.ts', 'water-supply']);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/đã có/);

  // The scaffold and what it imports (the kit, the gateway's test hub), not the whole project again.
  writeFileSync(join(copy, 'tsconfig.scaffold.json'), JSON.stringify({ extends: './tsconfig.json', include: ['subgraphs/water-supply'] }));
  const types = run([require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.scaffold.json']);
  expect(types.stdout + types.stderr).toBe('');

  const tests = run([require.resolve('jest/bin/jest'), 'subgraphs/water-supply', 'scripts/test/shared-types']);
  expect(tests.stderr).toMatch(/Tests: +\d+ passed, \d+ total/);
  expect(tests.status).toBe(0);
});
