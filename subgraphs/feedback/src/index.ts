import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './config';
import { reportFeed } from './connectors/reports-jsonl';
import { photoRoute } from './photos/store';

/** The existing feedback system's export: `reports`, JSON Lines. */
export const feeds = (conn: Connection) => [reportFeed(conn)];

export const feedback: SubgraphDefinition<Context> = {
  name: 'feedback',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(m, base.db.connection, base.identity) };
  },
  routes: { 'GET /photos/': photoRoute },
  feeds,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(feedback, opts);

if (require.main === module) runMain(start);
