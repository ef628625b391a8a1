/**
 * The GraphQL explorer (GraphiQL) served from the project's own files: government networks often
 * have no internet, so nothing comes from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const assets: Record<string, { file: () => string; type: string }> = {
  'react.production.min.js': { file: () => join(pkgDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: () => join(pkgDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: () => join(pkgDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: () => join(pkgDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'start.js': { file: () => join(__dirname, '..', 'public', 'explorer-start.js'), type: 'text/javascript' },
};

export const explorerHtml = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>IOC Data Hub — GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Đang tải trình khám phá GraphQL…</div>
<script src="/explorer/react.production.min.js"></script>
<script src="/explorer/react-dom.production.min.js"></script>
<script src="/explorer/graphiql.min.js"></script>
<script src="/explorer/start.js"></script>
</body>
</html>`;

export async function serveExplorerAsset(name: string, res: ServerResponse): Promise<boolean> {
  const asset = assets[name];
  if (!asset) return false;
  const body = await readFile(asset.file());
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  res.end(body);
  return true;
}
