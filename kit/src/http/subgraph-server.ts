/**
 * Starts one sector subgraph: its own database, its GraphQL endpoint for the gateway, health
 * routes and any extra routes (ingest). Every subgraph starts through here.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode, type GraphQLResolveInfo, type GraphQLScalarType } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginCacheControlDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { connectDatabase, dropUnusedIndexes, type Database } from '../db/connection';
import { schemaDir } from '../paths';
import { checkIdentity, publicIdentity, type Identity } from '../identity';
import { sendJson, handleGraphQL, readGraphQLRequest, badJson, BadJson, recordRequest, operationLabel } from './apollo-handler';
import { AnswerCache, answerTermsPlugin } from './answer-cache';
import { AnswerValidity } from '../clock';
import { requestStamp } from '../rollups/stamp';
import { runInRequest, requestIdFrom, REQUEST_ID_HEADER, DEADLINE_HEADER } from '../observability/request-context';
import { sendMetrics, hubMetrics } from '../observability/metrics';
import { log } from '../observability/log';
import { subgraphPorts } from '../subgraph-list';
import type { Connection } from 'mongoose';
import type { Feed } from '../ingest/feed';
import { ingestRoute, schedulePulls } from '../ingest/http';
import type { Route } from './route';

/** What every request's context holds: the caller, the sector's database and its feeds (built once at start). */
export interface BaseContext {
  identity: Identity;
  db: Database;
  feeds: Feed[];
}

export type { Route } from './route';

/** A field resolver for a context C; its parent and arguments are the subgraph's own business. */
type FieldFn<C> = (parent: never, args: never, ctx: C, info: GraphQLResolveInfo) => unknown;

/** Federation's `__resolveReference` (and `__resolveType`): the reference or object, then the context. */
type ReferenceFn<C> = (reference: never, ctx: C, info: GraphQLResolveInfo) => unknown;

/**
 * One type's resolvers. `__resolveReference` is named apart: with fewer parameters than a field
 * resolver it would otherwise fit the field form whatever context it expects.
 */
type TypeResolvers<C> = { __resolveReference?: ReferenceFn<C>; [field: string]: FieldFn<C> | { resolve: FieldFn<C> } | ReferenceFn<C> | undefined };

/**
 * A subgraph's resolvers for a context C: what its generated `Resolvers` type (npm run codegen)
 * gives. A resolver written for another context does not fit.
 */
export type SubgraphResolvers<C> = Record<string, GraphQLScalarType | TypeResolvers<C> | undefined>;

/** What Apollo's buildSubgraphSchema takes as resolvers (its own type is exported only from its dist/ files). */
type ApolloResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

export interface SubgraphDefinition<C extends BaseContext> {
  /** Name, as in schema/<name>.graphql and the supergraph. */
  name: string;
  resolvers: SubgraphResolvers<C>;
  /** Creates models, loads reference data; runs once at start. */
  setup?(db: Database): Promise<void>;
  /** Per-request context: DataLoaders live here, so a cache never outlives a request. */
  context(base: BaseContext): C;
  /** Extra routes by "METHOD /path-prefix". */
  routes?: Record<string, Route>;
  /** The existing system's feeds: served at POST /ingest/<feed>, pulled when configured. */
  feeds?(conn: Connection): Feed[];
  /**
   * Recomputes what the sector keeps at ingest besides its rollups (`npm run rollups:rebuild`, after
   * the rollups), from its stored records; resolves to a line for the operator.
   */
  rebuild?(conn: Connection): Promise<string>;
  /**
   * Nothing written while the subgraph runs changes its answers (admin-units: registers loaded at
   * start): its answer cache keys by the request alone and reads no data stamp.
   */
  fixedData?: boolean;
  /** The sector's settings (`sectorSettings`): read once before anything starts, so a bad value stops the start. */
  settings?(env?: NodeJS.ProcessEnv): unknown;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  db: Database;
  stop(): Promise<void>;
}

export function loadSdl(name: string): DocumentNode {
  return parse(readFileSync(join(schemaDir, `${name}.graphql`), 'utf8'));
}

export async function startSubgraph<C extends BaseContext>(
  def: SubgraphDefinition<C>,
  opts: { port?: number; dbName?: string } = {},
): Promise<RunningSubgraph> {
  def.settings?.();
  const db = await connectDatabase(opts.dbName ?? `hub_${def.name.replace(/-/g, '_')}`);
  await def.setup?.(db);
  // Compile every model now (a context builds them) and wait for their collections and indexes,
  // so that no request pays for them and round-trip counts see only the queries asked for.
  const feeds = def.feeds?.(db.connection) ?? [];
  def.context({ identity: publicIdentity, db, feeds });
  await Promise.all(Object.values(db.connection.models).map((m) => m.init()));
  await dropUnusedIndexes(db);
  const apollo = new ApolloServer<C>({
    // Apollo types every resolver's context as unknown; def.resolvers were checked against C, the
    // context this server builds for each request (def.context).
    schema: buildSubgraphSchema({ typeDefs: loadSdl(def.name), resolvers: def.resolvers as ApolloResolverMap }),
    // Apollo Server's default cache-control plugin wraps every field resolution; the hub sets no
    // cache hints, and on the 11,000-unit register tree the wrapping doubled the execution time.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // C holds the db every context is built with (BaseContext).
      answerTermsPlugin as ApolloServerPlugin<C>,
    ],
    introspection: true,
    // Stack traces name files and lines of the server: never sent to a client.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const allRoutes: Record<string, Route> = { ...def.routes };
  let stopPulls = () => {};
  if (def.feeds) {
    allRoutes['POST /ingest/'] = ingestRoute(def.feeds);
    stopPulls = schedulePulls(def.name, db.connection, def.feeds(db.connection));
  }
  const routes = Object.entries(allRoutes).map(([k, fn]) => {
    const [method, prefix] = k.split(' ');
    return { method, prefix, fn };
  });
  const answers = new AnswerCache();
  const serveGraphQL = async (req: IncomingMessage, res: ServerResponse) => {
    let pre;
    try {
      pre = await readGraphQLRequest(req);
    } catch (e) {
      if (e instanceof BadJson) return badJson(res);
      throw e;
    }
    const checked = checkIdentity(req.headers, pre.text);
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    if (checked.refused) {
      log.warn({ subgraph: def.name, requestId, why: checked.refused }, 'identity header refused');
      return sendJson(res, 401, { errors: [{ message: 'Danh tính nội bộ không hợp lệ, hết hạn hoặc đã dùng rồi', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const deadline = deadlineFrom(req.headers[DEADLINE_HEADER]);
    // The signal says the caller has gone; the deadline needs no timer of its own, as the database
    // layer compares it with the clock before each operation (remainingMs). A timer per request
    // (AbortSignal.timeout) was ~4 % of a subgraph's CPU on a kept dashboard answer.
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const identity = checked.identity;
    const validity = new AnswerValidity(Date.now());
    return runInRequest({ requestId, deadline, signal: gone.signal, identity, validity }, async () => {
      const started = process.hrtime.bigint();
      // A query sent by POST may be kept (a GET carries no body to key it by); a mutation is
      // known only once Apollo has read it, and then is not kept (answerTermsPlugin). A stamp that
      // cannot be read keeps nothing: the query runs, and answers the database's failure itself.
      const stamp = req.method === 'POST' && pre.text ? (def.fixedData ? fixedStamp : await requestStamp(db.connection).catch(() => null)) : null;
      const key = stamp === null ? undefined : AnswerCache.keyOf(pre.text, identity);
      const kept = key === undefined ? undefined : answers.get(stamp!, key);
      if (kept) {
        // As Apollo's answers go out (handleGraphQL): headers left to end(), which adds the length.
        res.statusCode = 200;
        res.setHeader('content-type', kept.contentType);
        res.end(kept.body);
        hubMetrics.keptAnswers().inc({ service: def.name, outcome: 'hit' });
        return recordRequest(def.name, operationLabel((pre.body as { operationName?: unknown } | undefined)?.operationName), 200, started, true);
      }
      const answer = await handleGraphQL(apollo, req, res, async () => def.context({ identity, db, feeds }), { service: def.name, pre });
      const until = validity.keptUntil();
      const keep = key !== undefined && answer?.status === 200 && answer.body !== undefined && until !== undefined && until > Date.now();
      if (keep) answers.put(stamp!, key, { body: answer.body!, contentType: answer.contentType ?? 'application/json; charset=utf-8', until });
      hubMetrics.keptAnswers().inc({ service: def.name, outcome: keep ? 'kept' : 'made' });
    });
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/graphql') return await serveGraphQL(req, res);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', subgraph: def.name });
      if (url.pathname === '/readyz') {
        const problem = await databaseAnswers(db);
        if (problem) log.warn({ subgraph: def.name, problem }, 'not ready');
        return sendJson(res, problem ? 503 : 200, { status: problem ? 'not ready' : 'ready', subgraph: def.name, ...(problem ? { problem } : {}) });
      }
      if (url.pathname === '/metrics' && req.method === 'GET') return await sendMetrics(req.headers.authorization, res);
      const route = routes.find((r) => r.method === req.method && url.pathname.startsWith(r.prefix));
      if (route) return await route.fn(req, res, { db, url });
      sendJson(res, 404, { error: `không có đường dẫn ${url.pathname}` });
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      if (!res.headersSent) sendJson(res, status, { error: (e as Error).message });
      else res.end();
    }
  });
  // The gateway keeps connections alive; a server that closes idle ones first races its next request.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  const port = opts.port ?? Number(process.env.PORT ?? subgraphPorts()[def.name]);
  await new Promise<void>((ok) => server.listen(port, process.env.HUB_LISTEN_HOST ?? '127.0.0.1', ok));
  const actual = (server.address() as { port: number }).port;
  return {
    name: def.name,
    url: `http://127.0.0.1:${actual}/graphql`,
    port: actual,
    db,
    stop: async () => {
      stopPulls();
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await apollo.stop();
      await db.close();
    },
  };
}

/** The stamp of a subgraph whose data do not change while it runs (`fixedData`). */
const fixedStamp = 'fixed';

/** Longest a subgraph works on one request, whatever deadline the gateway sent (ms). */
const maxRequestMs = () => Number(process.env.HUB_SUBGRAPH_MAX_REQUEST_MS ?? 30_000);

function deadlineFrom(header: string | string[] | undefined): number {
  const own = Date.now() + maxRequestMs();
  const given = typeof header === 'string' ? Number(header) : NaN;
  return Number.isFinite(given) ? Math.min(given, own) : own;
}

/**
 * Ready means the database answers a real read (not just a ping, which a wedged server may still
 * answer) within HUB_READY_TIMEOUT_MS (default 2000). Returns the problem, or undefined.
 */
async function databaseAnswers(db: Database): Promise<string | undefined> {
  const ms = Number(process.env.HUB_READY_TIMEOUT_MS ?? 2_000);
  const model = Object.values(db.connection.models)[0];
  const read = model
    ? model.findOne({}, { _id: 1 }).maxTimeMS(ms).lean().exec()
    : db.connection.db!.command({ listCollections: 1, nameOnly: true, maxTimeMS: ms });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((ok) => {
    timer = setTimeout(() => ok(`database did not answer a read within ${ms} ms`), ms);
  });
  try {
    return await Promise.race([read.then(() => undefined), late]);
  } catch (e) {
    return `database read failed: ${(e as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
}

/** For src/index.ts: start when run directly, stop cleanly on Ctrl-C / SIGTERM. */
export function runMain(start: () => Promise<RunningSubgraph>): void {
  start().then(
    (s) => {
      log.info({ subgraph: s.name, url: s.url }, 'subgraph listening');
      const stop = () =>
        s.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (e) => {
      log.fatal({ err: e }, 'subgraph failed to start');
      process.exit(1);
    },
  );
}
