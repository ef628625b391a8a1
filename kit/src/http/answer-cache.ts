/**
 * A subgraph's answers kept whole, so that a dashboard asked again costs its subgraphs the identity
 * check, one read of the data stamp and the bytes' sending, not the execution of the query.
 *
 * Exact: an answer is kept under the request's body as sent (query, variables, operation name),
 * the caller's role and scope (an answer is filtered by them; never the signature or its nonce,
 * which differ on every request) and the database's data stamp, read before anything the answer
 * was made of. Every write that can change an answer renews the stamp when it has finished
 * (`renewStamp`: ingest batches, rebuilds, every mutation), so a kept answer is served only
 * while nothing has been written since it was read (the argument of rollups/cache.ts). An answer
 * made from the clock is kept only as long as its readers said it holds (clock.ts); mutations,
 * answers with errors, audited reads and answers over `maxAnswerBytes` are never kept.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { KeptValues } from '../rollups/cache';
import { renewStamp } from '../rollups/store';
import type { Database } from '../db/connection';
import { answerNotKept } from '../clock';
import type { Identity } from '../identity';

/** Bytes of answers a process keeps: a province's dashboard answers are tens of KB each. */
export const maxKeptAnswerBytes = 32 * 1024 * 1024;
/** An answer larger than this is not kept (it would push out hundreds of dashboard answers). */
export const maxAnswerBytes = 1024 * 1024;

export interface KeptAnswer {
  body: string;
  contentType: string;
  /** Epoch ms from which it may no longer be served (Infinity: while the stamp holds). */
  until: number;
}

/**
 * Answers of one stamp at a time: a stamp, once replaced, never comes back (they are random), so
 * the answers kept under the one before are dropped when a request reads a new one.
 */
export class AnswerCache {
  private stamp: string | null = null;
  /** By key; an entry weighs its answer and its key (a request body may be as large as its answer). */
  private readonly answers = new KeptValues<{ answer: KeptAnswer; bytes: number }>((e) => e.bytes, maxKeptAnswerBytes);

  /** The key of a request under a stamp: its body as sent and who asks (role and scope). */
  static keyOf(body: string, identity: Identity): string {
    return `${identity.role}\n${identity.scope.join(',')}\n${body}`;
  }

  /** The answer kept for `key` under `stamp` (the stamp the request read), still valid at `now`. */
  get(stamp: string, key: string, now = Date.now()): KeptAnswer | undefined {
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.answers.clear();
      return undefined;
    }
    const a = this.answers.get(key)?.answer;
    return a && now < a.until ? a : undefined;
  }

  /** Keeps an answer made under `stamp`, unless a request has read another stamp meanwhile. */
  put(stamp: string, key: string, answer: KeptAnswer) {
    if (stamp === this.stamp && answer.body.length <= maxAnswerBytes) this.answers.put(key, { answer, bytes: answer.body.length + key.length });
  }
}

/**
 * Tells the request's record (clock.ts) what only Apollo knows: which operation ran (a mutation's
 * answer is never kept) and whether the answer carries errors (a failure is not kept: it may be
 * passing, a timeout or a database gone for a moment). A mutation, once its resolvers have
 * written, renews the data stamp before its answer leaves, so that whatever its caller asks next
 * is answered from the data it wrote, whichever subgraph's mutation it was.
 */
export const answerTermsPlugin: ApolloServerPlugin<{ db: Database }> = {
  async requestDidStart() {
    return {
      async didResolveOperation(rc) {
        if (rc.operation?.operation !== 'query') answerNotKept();
      },
      async willSendResponse(rc) {
        if (rc.response.body.kind !== 'single' || rc.response.body.singleResult.errors) answerNotKept();
        if (rc.operation?.operation === 'mutation') await renewStamp(rc.contextValue.db.connection);
      },
    };
  },
};
