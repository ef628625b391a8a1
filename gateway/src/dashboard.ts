/**
 * The leaders' dashboard: static files from dashboard/ and Apache ECharts from node_modules, served
 * beside the API from the hub's own origin (government networks are often offline: no CDN).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { ServerResponse } from 'node:http';
import { projectRoot } from '@ioc/kit';

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css' };
const echartsFile = join(dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js');

/**
 * Only the page's own script, style and markup kinds, under dashboard/, reach the browser; the page
 * may talk to and load from this origin only, and run no inline script (values from the API are
 * text, and a policy makes an injected script inert even if one slipped through). ECharts sets
 * inline styles on its tooltips, hence 'unsafe-inline' for styles alone.
 */
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

function fileFor(name: string): string | null {
  if (name === 'vendor/echarts.min.js') return echartsFile;
  const rel = normalize(name || 'index.html');
  if (rel.startsWith('..') || rel.includes('\0') || !(rel.split('.').pop()! in types)) return null;
  return join(projectRoot, 'dashboard', rel);
}

export async function serveDashboard(name: string, res: ServerResponse): Promise<boolean> {
  const file = fileFor(name);
  if (!file) return false;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': `${types[file.split('.').pop()!]}; charset=utf-8`,
    'cache-control': 'no-cache',
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
  return true;
}
