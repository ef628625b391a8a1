import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';
import { dossierFeed } from './connectors/dossiers-jsonl';

/** The public-service portal's feeds: `dossiers`, JSON Lines. */
export const feeds = (conn: Connection) => [dossierFeed(conn)];

export const procedures: SubgraphDefinition<Context> = {
  name: 'procedures',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(m, base.db.connection, base.identity) };
  },
  feeds,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(procedures, opts);

if (require.main === module) runMain(start);
