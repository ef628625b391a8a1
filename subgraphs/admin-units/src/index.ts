import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import { models } from './models';
import { loaders } from './loaders';
import { loadRegisters } from './load-registers';
import { resolvers, type Context } from './resolvers';
import { loadRegistersNow, warmUp } from './warm-up';

export const adminUnits: SubgraphDefinition<Context> = {
  name: 'admin-units',
  resolvers,
  // The registers and boundaries are loaded at start and never written while it serves.
  fixedData: true,
  async setup(db) {
    loadRegistersNow();
    const loaded = await loadRegisters(models(db.connection));
    if (loaded) console.log('[admin-units] registers loaded into the database');
  },
  context: (base) => {
    return { ...base, loaders: loaders(models(base.db.connection)) };
  },
};

export async function start(opts?: Parameters<typeof startSubgraph>[1]) {
  const running = await startSubgraph(adminUnits, opts);
  await warmUp(running.url);
  return running;
}

if (require.main === module) runMain(start);
