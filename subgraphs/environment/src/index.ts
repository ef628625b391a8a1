import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import { feeds } from './feeds';
import { rebuildAqi } from './aqi-rebuild';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';

export const environment: SubgraphDefinition<Context> = {
  name: 'environment',
  resolvers,
  context: (base) => ({ ...base, loaders: loaders(base.db.connection, base.identity) }),
  feeds,
  rebuild: rebuildAqi,
  settings,
};

export { feeds };
export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(environment, opts);

if (require.main === module) runMain(start);
