/**
 * The gateway: Apollo Gateway on Apollo Server, started from the committed supergraph
 * (schema/supergraph.graphql), over plain node:http so health, metrics and explorer routes sit
 * beside it. Before a query reaches Apollo it passes, in order: CORS, the bearer token, the
 * caller's rate limit, and the cost gate (limits/check.ts) — each refusal cheap and early.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { Kind, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import {
  handleGraphQL,
  readGraphQLRequest,
  badJson,
  BadJson,
  sendJson,
  subgraphUrl,
  projectRoot,
  runInRequest,
  requestIdFrom,
  sendMetrics,
  hubMetrics,
  log,
  operationLabel,
  REQUEST_ID_HEADER,
  type Identity,
  type GraphQLHttpRequest,
} from '@ioc/kit';
import { createVerifier } from './auth';
import { explorerHtml, serveExplorerAsset } from './explorer';
import { serveDashboard } from './dashboard';
import { gatewaySettings, type GatewaySettings } from './settings';
import { schemaFacts } from './limits/schema-facts';
import { checkQuery, type GraphQLRequestBody } from './limits/check';
import { sectorDataSource } from './subgraph-fetch';
import { applyCors } from './cors';
import { RateLimiter } from './rate-limit';
import { clientAddress } from './client-address';
import { auditedParts, auditOperation } from './audit-operations';
import { StaticAnswers, staticFields, type StoredAnswer } from './static-answers';
import { registerRoute, registerSubgraph } from './register-route';
import { RegisterFetches } from './register-fetches';
import { enumValues, userError, instantLiterals, badInstantVariable } from './user-errors';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Subgraph name → URL, read from the supergraph's join__Graph enum, overridable per subgraph. */
function subgraphNames(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

/** Internal addresses never reach a caller, whatever error carried them. */
const urlPattern = /\b(?:https?|mongodb(?:\+srv)?):\/\/[^\s"')]+/g;

/** The GraphQL request of a GET (in the URL) or a POST (in the body). */
function requestOf(method: string | undefined, url: URL, pre: GraphQLHttpRequest): GraphQLRequestBody {
  if (method === 'POST') return (pre.body && typeof pre.body === 'object' ? pre.body : {}) as GraphQLRequestBody;
  let variables: unknown;
  try {
    variables = JSON.parse(url.searchParams.get('variables') ?? 'null');
  } catch {
    variables = undefined;
  }
  return { query: url.searchParams.get('query') ?? undefined, variables, operationName: url.searchParams.get('operationName') ?? undefined };
}

function soleOperationName(doc: DocumentNode | undefined): string | undefined {
  const ops = doc?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) ?? [];
  return ops.length === 1 && ops[0].kind === Kind.OPERATION_DEFINITION ? ops[0].name?.value : undefined;
}

/** @param opts.supergraphSdl another supergraph than the committed one (a partner's checks, tests) */
export async function startGateway(
  opts: { port?: number; urls?: Record<string, string>; settings?: Partial<GatewaySettings>; supergraphSdl?: string } = {},
): Promise<RunningGateway> {
  const settings: GatewaySettings = { ...gatewaySettings(), ...opts.settings };
  const supergraphSdl = opts.supergraphSdl ?? readFileSync(join(projectRoot, 'schema', 'supergraph.graphql'), 'utf8');
  const facts = schemaFacts(supergraphSdl);
  const enums = enumValues(supergraphSdl);
  const registerAnswers = new StaticAnswers(staticFields(supergraphSdl));
  const registerFetches = new RegisterFetches();
  const names = subgraphNames(supergraphSdl);
  const urlOf = (name: string) => opts.urls?.[name] ?? subgraphUrl(name);
  const timeoutOf = (name: string) => settings.subgraphTimeouts[name] ?? settings.subgraphTimeoutMs;
  // Apollo Gateway otherwise sends usage metrics to usage-reporting.api.apollographql.com every
  // hour and probes the cloud providers' metadata addresses at start: the hub calls nothing outside
  // its own network unless an operator opts in (APOLLO_TELEMETRY_DISABLED=false).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => sectorDataSource(name!, urlOf(name!), timeoutOf(name!), name === registerSubgraph ? registerFetches : undefined),
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });
  const registers = registerRoute(urlOf(registerSubgraph), timeoutOf(registerSubgraph), () => apiSchema);
  const verifier = await createVerifier();
  const apollo = new ApolloServer({
    gateway,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // Introspection is refused to the public before Apollo (limits/check.ts) unless a setting opens it.
    introspection: true,
    // Stack traces name files and lines of the server: never sent to a client.
    includeStacktraceInErrorResponses: false,
    validationRules: [instantLiterals],
    formatError: (formatted, error) => {
      const { response: _response, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      const vn = userError(error, enums);
      if (vn) return { ...formatted, message: vn.message, extensions: { ...extensions, argument: vn.argument, value: vn.value } };
      return { ...formatted, message: formatted.message.replace(urlPattern, '<nội bộ>'), extensions };
    },
  });
  await apollo.start();
  await registers.warm();
  const limiter = new RateLimiter();
  const addressOf = clientAddress(settings.trustedProxies);
  const refusals = hubMetrics.refusals();

  const serveGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => {
    let identity: Identity;
    try {
      identity = await verifier.verify(req.headers.authorization);
    } catch (e) {
      refusals.inc({ limit: 'token', role: 'unknown' });
      return sendJson(res, 401, { errors: [{ message: (e as GraphQLError).message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const isPublic = identity.role === 'public';
    const client = addressOf(req);
    const wait = limiter.take(isPublic ? `client:${client}` : `token:${identity.sub}`, isPublic ? settings.rateLimitPublic : settings.rateLimitToken);
    if (wait) {
      refusals.inc({ limit: 'rate', role: identity.role });
      const setting = isPublic ? 'HUB_GATEWAY_RATE_LIMIT_PUBLIC' : 'HUB_GATEWAY_RATE_LIMIT_TOKEN';
      return sendJson(
        res,
        429,
        {
          errors: [
            {
              message: `Quá nhiều yêu cầu: tối đa ${isPublic ? settings.rateLimitPublic : settings.rateLimitToken} yêu cầu mỗi phút (giới hạn ${setting}); thử lại sau ${wait} giây`,
              extensions: { code: 'RATE_LIMITED', limit: setting },
            },
          ],
        },
        { 'retry-after': String(wait) },
      );
    }
    let pre: GraphQLHttpRequest;
    try {
      pre = await readGraphQLRequest(req);
    } catch (e) {
      if (e instanceof BadJson) return badJson(res);
      throw e;
    }
    const body = requestOf(req.method, url, pre);
    const { refusal, document } = checkQuery(body, identity.role, settings, facts);
    if (refusal) {
      refusals.inc({ limit: refusal.limit, role: identity.role });
      log.info({ requestId, sub: identity.sub, role: identity.role, refusal }, 'query refused before execution');
      const { message, ...detail } = refusal;
      return sendJson(res, 400, { errors: [{ message, extensions: { code: 'QUERY_LIMIT_EXCEEDED', ...detail } }] });
    }
    const instant = document && badInstantVariable(document, body.variables);
    if (instant)
      return sendJson(res, 400, {
        errors: [{ message: instant.message, extensions: { code: 'BAD_USER_INPUT', argument: instant.argument, value: instant.value } }],
      });
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const deadline = Date.now() + settings.requestTimeoutMs;
    const signal = AbortSignal.any([gone.signal, AbortSignal.timeout(settings.requestTimeoutMs)]);
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const audited = auditedParts(document, operationName);
    const operation = operationName ?? soleOperationName(document);
    // The caller's address travels signed with the identity: per-client limits in subgraphs (a public mutation) key on it.
    const key = registerAnswers.keyOf(document, body.query, body.variables, operationName);
    const kept = key === undefined ? undefined : registerAnswers.get(key);
    const started = process.hrtime.bigint();
    /** Sends an answer Apollo did not shape: one kept, or one admin-units gave by the short way. */
    const sendStored = (answer: StoredAnswer, how: 'kept' | 'direct') => {
      res.writeHead(answer.status, { 'content-type': answer.contentType });
      res.end(answer.body);
      const label = operationLabel(operation);
      hubMetrics.requests().inc({ service: 'gateway', operation: label, status: String(answer.status) });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      hubMetrics.duration().observe({ service: 'gateway', operation: label }, seconds);
      log.info({ requestId, service: 'gateway', operation: label, status: answer.status, ms: Math.round(seconds * 1000), [how]: true }, 'graphql request');
      if (audited) auditOperation(identity, audited, answer.status);
    };
    if (kept) return sendStored(kept, 'kept');
    await runInRequest({ requestId, deadline, signal, identity: { ...identity, client } }, async () => {
      // Apollo's CSRF rule lets only JSON posts (or preflighted requests) through: the short way takes JSON posts alone.
      const direct =
        key !== undefined && req.method === 'POST' && (req.headers['content-type'] ?? '').startsWith('application/json')
          ? await registers.ask(document!, { query: body.query as string, variables: body.variables, operationName, accept: req.headers.accept })
          : undefined;
      if (direct) {
        sendStored(direct, 'direct');
        registerAnswers.keep(key!, direct);
        return;
      }
      const answer = await handleGraphQL(apollo, req, res, async () => ({}), { service: 'gateway', pre, operation });
      if (key !== undefined && answer?.body !== undefined)
        registerAnswers.keep(key, { status: answer.status, contentType: answer.contentType ?? 'application/json; charset=utf-8', body: answer.body });
      if (audited) auditOperation(identity, audited, res.statusCode);
    });
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    try {
      if (applyCors(req, res, settings.corsOrigins)) return;
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/metrics' && req.method === 'GET') return await sendMetrics(req.headers.authorization, res);
      if (url.pathname === '/readyz') {
        const checks = await Promise.all(
          names.map(async (name) => {
            const ready = urlOf(name).replace(/\/graphql$/, '/readyz');
            try {
              const r = await fetch(ready, { signal: AbortSignal.timeout(5000) });
              return { name, ready: r.ok };
            } catch {
              return { name, ready: false };
            }
          }),
        );
        const ok = checks.every((c) => c.ready);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', subgraphs: checks });
      }
      if (url.pathname === '/' && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
        res.writeHead(302, { location: '/dashboard/' });
        return void res.end();
      }
      if (url.pathname.startsWith('/dashboard/') && (await serveDashboard(url.pathname.slice('/dashboard/'.length), res))) return;
      if (url.pathname.startsWith('/explorer/') && (await serveExplorerAsset(url.pathname.slice('/explorer/'.length), res))) return;
      if (url.pathname === '/graphql' || url.pathname === '/') {
        if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return void res.end(explorerHtml);
        }
        return await serveGraphQL(req, res, url, requestId);
      }
      sendJson(res, 404, { error: `không có đường dẫn ${url.pathname}` });
    } catch (e) {
      log.error({ requestId, err: e }, 'gateway request failed');
      if (!res.headersSent) sendJson(res, (e as { status?: number }).status ?? 500, { error: ((e as Error).message ?? '').replace(urlPattern, '<nội bộ>') });
      else res.end();
    }
  });
  const port = opts.port ?? Number(process.env.PORT ?? 4000);
  await new Promise<void>((ok) => server.listen(port, process.env.HUB_LISTEN_HOST ?? '127.0.0.1', ok));
  const actual = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actual}/graphql`,
    port: actual,
    stop: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
