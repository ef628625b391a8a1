/** The leaders' dashboard: static files from dashboard/, served beside the API (no CDN). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { projectRoot } from '@ioc/kit';

const files: Record<string, string> = {
  '': 'text/html', 'index.html': 'text/html', 'app.js': 'text/javascript', 'style.css': 'text/css',
};

export async function serveDashboard(name: string, res: ServerResponse): Promise<boolean> {
  if (!(name in files)) return false;
  const body = await readFile(join(projectRoot, 'dashboard', name || 'index.html'));
  res.writeHead(200, { 'content-type': `${files[name]}; charset=utf-8`, 'cache-control': 'no-cache' });
  res.end(body);
  return true;
}
