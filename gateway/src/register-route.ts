/**
 * The short way for a query over the registers alone (static-answers.ts says which): admin-units
 * resolves every field of it, so Apollo's query plan would be a single fetch of the same selection,
 * and its result shaping would walk the answer again object by object only to give it back as
 * the subgraph sent it. On the old-register tree (10,800 objects) that planning and shaping cost
 * the gateway more than the subgraph's own execution. Here the query, once valid against the
 * API schema, goes to admin-units as the caller sent it and its answer back as it came.
 *
 * Only an error-free 200 answer is used: anything else (an invalid query, a bad argument, a
 * subgraph down) returns undefined and the query goes through Apollo, so every error keeps the
 * gateway's wording and shape.
 */
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { callSubgraph } from './subgraph-fetch';
import type { StoredAnswer } from './static-answers';

/** The subgraph that holds the registers, as the supergraph names it (lower case). */
export const registerSubgraph = 'admin-units';

export interface RegisterRequest {
  query: string;
  variables?: unknown;
  operationName?: string;
  /** The caller's Accept header: the subgraph's Apollo then picks the content type the gateway's would. */
  accept?: string;
}

export function registerRoute(url: string, timeoutMs: number, apiSchema: () => GraphQLSchema | undefined) {
  const ask = async (doc: DocumentNode, request: RegisterRequest): Promise<StoredAnswer | undefined> => {
    const schema = apiSchema();
    if (!schema || validate(schema, doc).length > 0) return undefined;
    const body = JSON.stringify({ query: request.query, variables: request.variables ?? undefined, operationName: request.operationName });
    let answer;
    try {
      answer = await callSubgraph(registerSubgraph, url, timeoutMs, {
        headers: { 'content-type': 'application/json', ...(request.accept ? { accept: request.accept } : {}) },
        body,
      });
    } catch {
      return undefined;
    }
    if (answer.status !== 200 || !answer.text.startsWith('{"data":') || answer.text.includes('"errors"')) return undefined;
    return { status: 200, contentType: answer.headers.get('content-type') ?? 'application/json; charset=utf-8', body: answer.text };
  };
  /**
   * Run once at start so the first caller does not pay for what Node loads or compiles on first
   * use: a small register query goes the short way (validation, signing, fetch's HTTP client,
   * undici, loaded lazily, whose kept-alive connection the next ask reuses). Its failure
   * (admin-units not up yet) is harmless: the first caller then pays as before.
   */
  const warm = async (): Promise<void> => {
    const query = '{ registers { register provinces districts communes } }';
    await ask(parse(query), { query });
  };
  return { ask, warm };
}
