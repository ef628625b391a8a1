/**
 * `npm test`: finds (or builds and starts) the database server once, then runs jest against it.
 * Extra arguments go to jest (`npm test -- subgraphs/health`).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { findDatabaseServer } from '../kit/src/db/server';

async function main() {
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
