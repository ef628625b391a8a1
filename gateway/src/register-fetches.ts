/**
 * The gateway's own fetches from admin-units, kept. A query plan asks admin-units first for the
 * units a query names (their keys, names, communes) and only then the sectors, so that fetch is a
 * cross-process round trip in series with every sector's, paid by the gateway and the subgraph on
 * each request (on the one-province dashboard query, ~6 ms of admin-units' CPU and one of the
 * seven messages). admin-units answers from the registers in its memory without regard to who
 * asks, so, as for the callers' register-only queries (static-answers.ts), its answer depends only
 * on the fetch (query text and variables) and the day (a unit read without `asOf` reads today's
 * register): an error-free answer is kept under [day, body] and sent to Apollo again as it came.
 * A fetch that is not a query or selects a district boundary (read from the database) is always made.
 */
import { todayInVietnam } from '@ioc/kit';
import { KeptAnswers } from './static-answers';

export class RegisterFetches extends KeptAnswers {
  /** The key of a fetch body that may be kept, or undefined. */
  keyOf(body: string | undefined): string | undefined {
    if (!body) return undefined;
    let query: unknown;
    try {
      query = (JSON.parse(body) as { query?: unknown }).query;
    } catch {
      return undefined;
    }
    if (typeof query !== 'string' || !/^\s*(query\b|\{)/.test(query) || /\bboundary\b/.test(query)) return undefined;
    return JSON.stringify([todayInVietnam(), body]);
  }
}
