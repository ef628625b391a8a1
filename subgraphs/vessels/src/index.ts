import { startSubgraph, runMain, withRequestNow, type SubgraphDefinition, type Feed } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';
import { registryFeed } from './connectors/registry';
import { positionsFeed } from './connectors/positions';
import { rebuildCrossingsHeld, zonesFeed } from './connectors/zones';

/** In ingest order: zones and the registry first, so positions land on known vessels and zones. */
export function feeds(conn: Connection): Feed[] {
  const m = models(conn);
  return [zonesFeed(m, conn), registryFeed(m), positionsFeed(m, conn)];
}

export const vessels: SubgraphDefinition<Context> = {
  name: 'vessels',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return withRequestNow({ ...base, models: m, loaders: loaders(base.db.connection, m, base.identity) });
  },
  feeds,
  rebuild: async (conn) => `${await rebuildCrossingsHeld(conn)} vessels' zone crossings`,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(vessels, opts);

if (require.main === module) runMain(start);
