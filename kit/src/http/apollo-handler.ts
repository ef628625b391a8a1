import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { hubMetrics } from '../observability/metrics';
import { log } from '../observability/log';

export const maxBodyBytes = 1_000_000;

export async function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error(`request body over ${limit} bytes`), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A GraphQL request as sent: the raw body text (what an identity signature covers) and its JSON. */
export interface GraphQLHttpRequest {
  text: string;
  body: unknown;
}

export class BadJson extends Error {}

/** Reads a POST body (GET carries the request in the URL). Throws BadJson when it is not JSON. */
export async function readGraphQLRequest(req: IncomingMessage): Promise<GraphQLHttpRequest> {
  if (req.method !== 'POST') return { text: '', body: undefined };
  const text = await readBody(req);
  try {
    return { text, body: text ? JSON.parse(text) : undefined };
  } catch {
    throw new BadJson();
  }
}

export function badJson(res: ServerResponse): void {
  sendJson(res, 400, { errors: [{ message: 'Nội dung yêu cầu không phải JSON hợp lệ', extensions: { code: 'BAD_REQUEST' } }] });
}

/** Distinct operation labels kept; names are client-chosen, so their number is capped. */
const maxOperationLabels = 200;
const operationLabels = new Set<string>();

/**
 * Operation name as a metric label: plain short names only (the gateway's suffix on a subgraph
 * fetch, `__<subgraph>__<n>`, dropped so both sides agree), at most 200 of them, else "other".
 */
export function operationLabel(name: unknown): string {
  if (name === undefined || name === null || name === '') return 'anonymous';
  if (typeof name !== 'string' || !/^\w{1,64}$/.test(name)) return 'other';
  const plain = name.replace(/__[\w-]+__\d+$/, '');
  if (operationLabels.has(plain)) return plain;
  if (operationLabels.size >= maxOperationLabels) return 'other';
  operationLabels.add(plain);
  return plain;
}

/** Counts the error codes of a JSON answer for the metrics (a plain string when it is not JSON). */
function errorCodes(text: string): string[] {
  if (!text.includes('"errors"')) return [];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
  } catch {
    return [];
  }
}

/**
 * Runs one HTTP request through Apollo Server (its documented integration API). `pre` is the body
 * when the caller already read it (to check a signature or a cost on it first); `operation` names
 * the operation for metrics and logs when the caller parsed the document. Returns the status and,
 * for a complete (not incremental) answer, the body as sent.
 */
export async function handleGraphQL<C extends BaseContext>(
  server: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<C>,
  opts: { service: string; pre?: GraphQLHttpRequest; operation?: string },
): Promise<{ status: number; body?: string; contentType?: string } | undefined> {
  const started = process.hrtime.bigint();
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pre = opts.pre;
  if (!pre) {
    try {
      pre = await readGraphQLRequest(req);
    } catch (e) {
      if (e instanceof BadJson) {
        badJson(res);
        return undefined;
      }
      throw e;
    }
  }
  let body: string | undefined;
  const operation = operationLabel(
    opts.operation ?? (pre.body as { operationName?: unknown } | undefined)?.operationName ?? url.searchParams.get('operationName'),
  );
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: pre.body },
    context,
  });
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    body = result.body.string;
    res.end(body);
    const m = hubMetrics;
    for (const code of errorCodes(result.body.string)) m.errors().inc({ service: opts.service, code });
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
  recordRequest(opts.service, operation, res.statusCode, started);
  return { status: res.statusCode, body, contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8') };
}

/** A GraphQL request's metrics and log line; `kept` when it was answered from the answer cache. */
export function recordRequest(service: string, operation: string, status: number, started: bigint, kept?: boolean): void {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  hubMetrics.requests().inc({ service, operation, status: String(status) });
  hubMetrics.duration().observe({ service, operation }, seconds);
  log.info({ service, operation, status, ms: Math.round(seconds * 1000), ...(kept ? { kept } : {}) }, 'graphql request');
}
