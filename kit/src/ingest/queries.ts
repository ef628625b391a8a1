/**
 * The two root fields every sector declares for its feeds: `<sector>Feeds` (freshness) and
 * `<sector>Rejects(feed, first)` (officers and admins), resolved the same way everywhere.
 */
import { badInput } from '../errors';
import { intArg } from '../args';
import { answerNotKept } from '../clock';
import type { BaseContext } from '../http/subgraph-server';
import { feedStatuses, listRejects } from './status';

/**
 * The feeds are the context's (`SubgraphDefinition.feeds`, built once at start). Neither answer is
 * kept (http/answer-cache.ts): every import writes its feed's status and its rejects without renewing
 * the data stamp, so that a re-sent file that changes no record leaves every kept answer in place.
 */
export function feedQueries<C extends BaseContext>(sector: string) {
  return {
    [`${sector}Feeds`]: (_: unknown, __: unknown, ctx: C) => {
      answerNotKept();
      return feedStatuses(sector, ctx.db.connection, ctx.feeds, ctx.identity);
    },
    [`${sector}Rejects`]: (_: unknown, a: { feed?: string | null; first?: unknown }, ctx: C) => {
      answerNotKept();
      const names = ctx.feeds.map((f) => f.name);
      if (a.feed && !names.includes(a.feed)) throw badInput('feed', a.feed, `nguồn dữ liệu là một trong ${names.join(', ')}`);
      const first = a.first === undefined || a.first === null ? 50 : intArg('first', a.first, 1, 500);
      return listRejects(ctx.db.connection, ctx.identity, a.feed, first);
    },
  };
}
