/**
 * `npm test`: finds (or builds and starts) the database server once, then runs jest against it.
 * Extra arguments go to jest (`npm test -- subgraphs/health`); without any, the type check runs first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { findDatabaseServer } from '../kit/src/db/server';

/** The whole suite starts with the type check: jest's transform strips types without checking them. */
function typecheck(): void {
  const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('type check failed');
    process.exit(1);
  }
}

async function main() {
  if (process.argv.length === 2) typecheck();
  const db = await findDatabaseServer();
  console.log(`database: ${db.kind} ${db.uri}`);
  const env = {
    ...process.env,
    MONGODB_URI: db.uri,
    HUB_INTERNAL_SECRET: process.env.HUB_INTERNAL_SECRET ?? randomBytes(24).toString('hex'),
    HUB_JWT_SECRET: process.env.HUB_JWT_SECRET ?? randomBytes(24).toString('hex'),
    HUB_INGEST_TOKEN: process.env.HUB_INGEST_TOKEN ?? randomBytes(24).toString('hex'),
  };
  const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], { stdio: 'inherit', env });
  const code: number = await new Promise((ok) => jest.on('exit', (c) => ok(c ?? 1)));
  await db.stop();
  process.exit(code);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
