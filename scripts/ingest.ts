/**
 * npm run --silent ingest -- <sector> <feed> <file>
 * Streams a file in the source system's native format to the running subgraph's
 * POST /ingest/<feed> and prints the JSON summary as the last line. Exit 0 when the file was
 * processed (even with rejects), non-zero when it could not be processed at all.
 */
import { existsSync } from 'node:fs';
import { subgraphPorts } from '../kit/src/subgraph-list';
import { devSecrets } from './lib/dev-secrets';
import { postFeed } from './lib/post-feed';

async function main() {
  const [sector, feed, file] = process.argv.slice(2);
  const ports = subgraphPorts();
  if (!sector || !feed || !file) throw new Error('cách dùng: npm run --silent ingest -- <sector> <feed> <file>');
  if (!(sector in ports)) throw new Error(`không có ngành "${sector}"; có: ${Object.keys(ports).join(', ')}`);
  if (!existsSync(file)) throw new Error(`không có tệp ${file}`);
  const base = process.env[`SUBGRAPH_${sector.toUpperCase().replace(/-/g, '_')}_URL`]?.replace(/\/graphql$/, '') ?? `http://127.0.0.1:${ports[sector]}`;
  const token = process.env.HUB_INGEST_TOKEN ?? devSecrets().ingestToken;
  const res = await postFeed(base, feed, file, token);
  const body = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${body}`);
  console.log(JSON.stringify(JSON.parse(body)));
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
