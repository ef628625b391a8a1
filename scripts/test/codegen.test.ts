/**
 * The committed resolver types (subgraphs/<name>/src/generated/resolvers.ts) are what GraphQL Code
 * Generator makes from today's SDL and codegen.json, so an SDL change without `npm run codegen`
 * fails here rather than leaving resolvers typed by an old contract. The generator's own check mode
 * regenerates every file in memory and compares; it runs in a child process because its CLI loads
 * ES modules, which jest's module system does not.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

test("every subgraph's generated resolver types are up to date (run `npm run codegen`)", () => {
  const bin = join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
  const run = spawnSync(process.execPath, [bin, '--config', 'scripts/codegen.config.ts', '--check', '--silent'], { cwd: root, encoding: 'utf8' });
  expect(run.stdout + run.stderr).not.toMatch(/stale files/);
  expect(run.status).toBe(0);
});
