/**
 * The gateway: Apollo Gateway on Apollo Server, started from the committed supergraph
 * (schema/supergraph.graphql), over plain node:http so health and explorer routes sit beside it.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { handleGraphQL, sendJson, signIdentity, subgraphUrl, projectRoot, publicIdentity, type Identity } from '@ioc/kit';
import { createVerifier } from './auth';
import { explorerHtml, serveExplorerAsset } from './explorer';
import { serveDashboard } from './dashboard';
import { depthLimit } from './depth-limit';

interface GatewayContext { identity: Identity }

export interface RunningGateway { url: string; port: number; stop(): Promise<void> }

/** Subgraph name → URL, read from the supergraph's join__Graph enum, overridable per subgraph. */
function subgraphNames(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

/** @param opts.supergraphSdl another supergraph than the committed one (a partner's checks, tests) */
export async function startGateway(opts: { port?: number; urls?: Record<string, string>; supergraphSdl?: string } = {}): Promise<RunningGateway> {
  const supergraphSdl = opts.supergraphSdl ?? readFileSync(join(projectRoot, 'schema', 'supergraph.graphql'), 'utf8');
  const names = subgraphNames(supergraphSdl);
  const urlOf = (name: string) => opts.urls?.[name] ?? subgraphUrl(name);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new RemoteGraphQLDataSource<GatewayContext>({
      url: urlOf(name!),
      willSendRequest({ request, context }) {
        for (const [k, v] of Object.entries(signIdentity(context.identity ?? publicIdentity))) request.http!.headers.set(k, v);
      },
    }),
  });
  const verifier = await createVerifier();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    validationRules: [depthLimit()],
    introspection: true,
    // Stack traces name files and lines of the server: never sent to a client.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const checks = await Promise.all(names.map(async (name) => {
          const ready = urlOf(name).replace(/\/graphql$/, '/readyz');
          try {
            const r = await fetch(ready, { signal: AbortSignal.timeout(5000) });
            return { name, ready: r.ok };
          } catch {
            return { name, ready: false };
          }
        }));
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
        let identity: Identity;
        try {
          identity = await verifier.verify(req.headers.authorization);
        } catch (e) {
          return sendJson(res, 401, { errors: [{ message: (e as GraphQLError).message, extensions: { code: 'UNAUTHENTICATED' } }] });
        }
        // The caller's address travels signed with the identity: per-client limits in subgraphs (a public mutation) key on it.
        return await handleGraphQL(apollo, req, res, async () => ({ identity: { ...identity, client: req.socket.remoteAddress ?? 'unknown' } }));
      }
      sendJson(res, 404, { error: `không có đường dẫn ${url.pathname}` });
    } catch (e) {
      if (!res.headersSent) sendJson(res, (e as { status?: number }).status ?? 500, { error: (e as Error).message });
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
