/**
 * How the gateway calls a subgraph. Every fetch:
 * - signs the caller's identity bound to this fetch's body (kit/src/identity.ts), so a captured
 *   header cannot be replayed or reused for another query;
 * - carries the request id and the request's deadline (`x-hub-deadline`, epoch ms) so the
 *   subgraph's logs line up and its database work stops when the answer is no longer wanted;
 * - is abandoned after HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS, or as soon as the caller goes away;
 * - fails with an error naming the sector, never the subgraph's internal address.
 * It goes through node:http with kept-alive connections rather than the global fetch: measured on the
 * six-sector dashboard query, fetch's streams, Request and Response objects cost the gateway more CPU
 * than all its other work on the request.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { signIdentity, publicIdentity, currentRequest, hubMetrics, log, BoundedMemo, REQUEST_ID_HEADER, DEADLINE_HEADER } from '@ioc/kit';
import type { RegisterFetches } from './register-fetches';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

export class SubgraphUnavailable extends GraphQLError {
  constructor(sector: string, why: string) {
    super(`Lĩnh vực "${sector}" ${why}; các phần khác của truy vấn vẫn được trả lời`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', sector } });
  }
}

const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

const aborted = () => Object.assign(new Error('the request was aborted'), { name: 'AbortError' });

/** What is read of an answer's headers (Apollo asks for its content type and cache-control). */
export interface AnswerHeaders {
  get(name: string): string | null;
}

/** Node's parsed headers, read by name: a fetch Headers object cost ~1 ms of the gateway's CPU per dashboard request to build. */
function headersOf(raw: IncomingHttpHeaders): AnswerHeaders {
  return {
    get: (name) => {
      const v = raw[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
    },
  };
}

// A subgraph's few addresses, parsed once: a URL per fetch was ~4 % of the gateway's CPU on a dashboard query.
const urls = new BoundedMemo<string, URL>(100);
const urlOf = (target: string) => urls.get(target, () => new URL(target));

/** One request, its answer read whole; `signal` stops it at any point, the body's reading included. */
function send(target: string, method: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<SubgraphAnswer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const url = urlOf(target);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const stop = () => {
      req.destroy();
      reject(aborted());
    };
    signal.addEventListener('abort', stop, { once: true });
    const done = () => signal.removeEventListener('abort', stop);
    const req = request(url, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        done();
        resolve({ status: res.statusCode ?? 0, headers: headersOf(res.headers), text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (e) => {
        done();
        reject(e);
      });
    });
    req.on('error', (e) => {
      done();
      reject(e);
    });
    req.end(body);
  });
}

/** A subgraph's answer, read whole. */
export interface SubgraphAnswer {
  status: number;
  headers: AnswerHeaders;
  text: string;
}

/** One signed, timed, abandonable POST to subgraph `name` at `target`, for the request in progress. */
export async function callSubgraph(
  name: string,
  target: string,
  timeoutMs: number,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<SubgraphAnswer> {
  const ctx = currentRequest();
  const body = init.body ?? '';
  const headers: Record<string, string> = { ...init.headers, ...signIdentity(ctx?.identity ?? publicIdentity, body) };
  if (ctx) headers[REQUEST_ID_HEADER] = ctx.requestId;
  const deadline = Math.min(ctx?.deadline ?? Infinity, Date.now() + timeoutMs);
  headers[DEADLINE_HEADER] = String(deadline);
  // One controller, a timer and a listener on the request's signal: AbortSignal.timeout and
  // AbortSignal.any per fetch cost the gateway ~1 ms of CPU per dashboard request (six fetches).
  const stop = new AbortController();
  const abort = () => stop.abort();
  const timer = setTimeout(abort, timeoutMs);
  ctx?.signal?.addEventListener('abort', abort, { once: true });
  if (ctx?.signal?.aborted) abort();
  const started = performance.now();
  let outcome = 'ok';
  try {
    // The body is read under the same signal: a subgraph that sends headers and then stalls is as slow as one that does not answer.
    const answer = await send(target, init.method ?? 'POST', headers, body, stop.signal);
    if ((answer.status < 200 || answer.status > 299) && !(answer.headers.get('content-type') ?? '').includes('json')) {
      outcome = 'http_error';
      throw new SubgraphUnavailable(name, `trả lỗi HTTP ${answer.status}`);
    }
    return answer;
  } catch (e) {
    if (e instanceof SubgraphUnavailable) throw e;
    const timedOut = !ctx?.signal?.aborted && (e as Error).name === 'AbortError';
    outcome = ctx?.signal?.aborted ? 'abandoned' : timedOut ? 'timeout' : 'unreachable';
    log.warn({ subgraph: name, outcome, error: (e as Error).message }, 'subgraph fetch failed');
    throw new SubgraphUnavailable(
      name,
      timedOut ? `không trả lời trong ${timeoutMs} ms` : ctx?.signal?.aborted ? 'không được hỏi tiếp vì yêu cầu đã bị hủy' : 'tạm thời không truy cập được',
    );
  } finally {
    clearTimeout(timer);
    ctx?.signal?.removeEventListener('abort', abort);
    hubMetrics.subgraphFetch().observe({ subgraph: name, outcome }, (performance.now() - started) / 1000);
  }
}

/**
 * An answer as RemoteGraphQLDataSource reads it (`ok`, `status`, `headers`, the body by `json()` or
 * `text()`): a plain object over the text already read, not a fetch Response, whose body stream
 * and decoding cost the gateway more per fetch than parsing the JSON (measured on the dashboard
 * query: ~1.5 ms of its CPU per request).
 */
function asResponse(answer: SubgraphAnswer) {
  return {
    ok: answer.status >= 200 && answer.status <= 299,
    status: answer.status,
    statusText: '',
    // Never the subgraph's internal address: an error that carried it would reach the caller.
    url: '',
    headers: answer.headers,
    text: async () => answer.text,
    json: async () => JSON.parse(answer.text) as unknown,
  };
}

/** @param kept the fetches whose answers may be kept (admin-units': register-fetches.ts) */
export function sectorDataSource(name: string, url: string, timeoutMs: number, kept?: RegisterFetches): RemoteGraphQLDataSource {
  const fetcher = (async (target: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const key = kept?.keyOf(init.body);
    const stored = key === undefined ? undefined : kept!.get(key);
    if (stored) return asResponse({ status: stored.status, headers: headersOf({ 'content-type': stored.contentType }), text: stored.body });
    const answer = await callSubgraph(name, target, timeoutMs, init);
    if (key !== undefined)
      kept!.keep(key, { status: answer.status, contentType: answer.headers.get('content-type') ?? 'application/json; charset=utf-8', body: answer.text });
    return asResponse(answer);
  }) as unknown as Fetcher;

  return new (class extends RemoteGraphQLDataSource {
    // The default error for a non-2xx answer carries the response's URL in its extensions.
    async errorFromResponse(response: { status: number }) {
      return new SubgraphUnavailable(name, `trả lỗi HTTP ${response.status}`);
    }
  })({ url, fetcher });
}
