import { startSubgraph, runMain, type SubgraphDefinition } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { models } from './models';
import { loaders } from './loaders';
import { resolvers, type Context } from './resolvers';
import { settings } from './settings';
import { schoolsFeed } from './connectors/schools';
import { enrolmentFeed } from './connectors/enrolment';
import { teachersFeed } from './connectors/teachers';
import { bookkeeping } from './school-years';

/** The school management exports, in the order they must be loaded (reports name schools). */
export function feeds(conn: Connection) {
  const m = models(conn);
  const keep = bookkeeping(conn, m);
  return [schoolsFeed(m, keep.schools), enrolmentFeed(m, keep.enrolment), teachersFeed(m, keep.teachers)];
}

export const education: SubgraphDefinition<Context> = {
  name: 'education',
  resolvers,
  context: (base) => {
    const m = models(base.db.connection);
    return { ...base, models: m, loaders: loaders(base.db.connection, m, base.identity) };
  },
  feeds,
  settings,
};

export const start = (opts?: Parameters<typeof startSubgraph>[1]) => startSubgraph(education, opts);

if (require.main === module) runMain(start);
