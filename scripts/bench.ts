/**
 * `npm run bench`: runs every benchmark (kit/bench, subgraphs/<sector>/bench, *.bench.ts) against
 * the real database server, one after another, each printing its own figures.
 * `npm run bench -- scale [--size S|M|L]` runs the province-year scale benchmark instead;
 * `npm run bench -- gateway` times the register tree through the gateway and on admin-units.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDatabaseServer } from '../kit/src/db/server';
import { runScale } from './bench-scale';
import { runGatewayBench } from './bench-gateway';

const root = join(__dirname, '..');
const dirs = [join(root, 'kit', 'bench'), ...readdirSync(join(root, 'subgraphs')).map((s) => join(root, 'subgraphs', s, 'bench'))];
const only = process.argv[2];

async function main() {
  const db = await findDatabaseServer();
  let failed = 0;
  for (const dir of dirs.filter(existsSync)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.bench.ts'))) {
      const file = join(dir, f);
      if (only && !file.includes(only)) continue;
      console.log(`\n== ${file.slice(root.length + 1)}`);
      const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), file], { stdio: 'inherit', env: { ...process.env, MONGODB_URI: db.uri } });
      if (r.status !== 0) failed++;
    }
  }
  await db.stop();
  process.exit(failed ? 1 : 0);
}

if (only === 'scale') process.exit(runScale(process.argv.slice(3)));
else if (only === 'gateway') runGatewayBench(process.argv.slice(3)).then((code) => process.exit(code));
else main();
