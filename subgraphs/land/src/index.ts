import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { parcelsFeed } from './connectors/parcels-geojson';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';
import { parcelBookkeeping } from './rollup';

/** The land registry's feeds: one, the parcels export. */
export function feeds(conn: Connection) {
  const m = models(conn);
  return [parcelsFeed(m.Parcel, parcelBookkeeping(conn, m))];
}

export const land: SubgraphDefinition<Context> = {
  name: 'land',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(base.db.connection, m, base.identity) };
  },
  feeds,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(land, opts);

if (require.main === module) runMain(start);
