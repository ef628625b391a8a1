/**
 * A second process of the procedures subgraph on a given database, as a deployment with replicas
 * runs it (ingest-integrity.test.ts spawns it). Prints `READY <url>` once it serves.
 */
import { startSubgraph } from '@ioc/kit';
import { procedures } from '../src';

startSubgraph(procedures, { port: 0, dbName: process.argv[2] }).then(
  (s) => console.log(`READY ${s.url}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
