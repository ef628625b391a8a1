/**
 * Composes schema/supergraph.graphql from every subgraph's SDL (schema/<name>.graphql) with
 * @apollo/composition, in-process. `--check` fails when the committed file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from './lib/composition';

const out = join(__dirname, '..', 'schema', 'supergraph.graphql');
const check = process.argv.includes('--check');
const sdl = composeSupergraph();
if (check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== sdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose`');
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  writeFileSync(out, sdl);
  console.log(`wrote ${out}`);
}
