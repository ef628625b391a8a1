import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';
import { fhirFeed } from './connectors/fhir';

/** The HIS feeds: one FHIR Bundle per file. */
export const feeds = (conn: Connection) => [fhirFeed(models(conn))];

export const health: SubgraphDefinition<Context> = {
  name: 'health',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(m, base.db.connection, base.identity) };
  },
  feeds,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(health, opts);

if (require.main === module) runMain(start);
