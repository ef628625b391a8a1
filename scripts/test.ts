/**
 * `npm test`: the levels in order, each stopping the run when it fails, then how long each took:
 *   1. lint: ESLint and `prettier --check` over the repository;
 *   2. type check: jest's transform strips types without checking them;
 *   3. fast tests (`*.fast.test.ts`): rules and figures without a database, none is started;
 *   4. hub tests (the other `*.test.ts`): against the real database server found or started here.
 * Extra arguments go to jest alone, with the database (`npm test -- subgraphs/health`).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { findDatabaseServer } from '../kit/src/db/server';
import { projectRoot } from '../kit/src/paths';
import { runMain } from './lib/run-main';

const fastTests = '\\.fast\\.test\\.ts$';
const noDatabase = 'mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=1000';

/** Runs a tool of node_modules (its script, by path: packages do not all export their bin) with this Node; resolves to its exit code. */
function run(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules', bin), ...args], { stdio: 'inherit', env, cwd: projectRoot });
  return new Promise((ok) => child.on('exit', (c) => ok(c ?? 1)));
}

const jest = (args: string[], env?: NodeJS.ProcessEnv) => run('jest/bin/jest.js', args, env);

/** The hub tests' database server and the secrets every started service reads. */
async function withDatabase(args: string[]): Promise<number> {
  const db = await findDatabaseServer();
  console.log(`database: ${db.kind} ${db.uri}`);
  const env = {
    ...process.env,
    MONGODB_URI: db.uri,
    HUB_INTERNAL_SECRET: process.env.HUB_INTERNAL_SECRET ?? randomBytes(24).toString('hex'),
    HUB_JWT_SECRET: process.env.HUB_JWT_SECRET ?? randomBytes(24).toString('hex'),
    HUB_INGEST_TOKEN: process.env.HUB_INGEST_TOKEN ?? randomBytes(24).toString('hex'),
  };
  try {
    return await jest(args, env);
  } finally {
    await db.stop();
  }
}

interface Level {
  name: string;
  run(): Promise<number>;
}

const levels: Level[] = [
  {
    name: 'lint',
    run: async () => (await run('eslint/bin/eslint.js', ['.'])) || (await run('prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.'])),
  },
  { name: 'type check', run: () => run('typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']) },
  // The database address is a closed port: a fast test that reaches for a database fails within a
  // second instead of finding or starting one.
  { name: 'fast tests', run: () => jest(['--testPathPattern', fastTests], { ...process.env, MONGODB_URI: noDatabase }) },
  { name: 'hub tests', run: () => withDatabase(['--testPathIgnorePatterns', '/node_modules/', fastTests]) },
];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 0) return withDatabase(args);
  const took: string[] = [];
  let code = 0;
  for (const level of levels) {
    console.log(`\n=== ${level.name}`);
    const start = performance.now();
    code = await level.run();
    took.push(`${level.name}: ${((performance.now() - start) / 1000).toFixed(1)} s${code === 0 ? '' : ' (failed)'}`);
    if (code !== 0) break;
  }
  console.log(`\n${took.join('\n')}`);
  return code;
}

runMain(main);
