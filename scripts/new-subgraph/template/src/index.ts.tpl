import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { recordFeed } from './connectors/records-jsonl';

/** The source system's feeds: `records`, JSON Lines. */
export const feeds = (conn: Connection) => [recordFeed(conn)];

export const __CAMEL__: SubgraphDefinition<Context> = {
  name: '__NAME__',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(m, base.identity) };
  },
  feeds,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(__CAMEL__, opts);

if (require.main === module) runMain(start);
