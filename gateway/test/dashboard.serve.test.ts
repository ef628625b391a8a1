/**
 * What the gateway serves under /dashboard/: the page's own modules (each one parses), ECharts from
 * node_modules, a policy that keeps the page on the hub's origin, and nothing outside dashboard/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import { projectRoot } from '@ioc/kit';
import { startTestHub, type TestHub } from '@ioc/testing';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub([]);
});
afterAll(async () => {
  await hub?.stop();
});

const get = (path: string) => fetch(hub.gateway.url.replace(/\/graphql$/, '') + path);
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** Node's own parser, in a child process (not blocking the gateway this process runs): '' when the module parses. */
function syntaxError(source: string): Promise<string> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--input-type=module', '--check'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', () => ok(err));
    child.stdin.end(source);
  });
}

test('every module of the page is served and parses as an ES module', async () => {
  const modules = files(join(projectRoot, 'dashboard')).filter((f) => f.endsWith('.js'));
  expect(modules.length).toBeGreaterThan(5);
  for (const file of modules) {
    const res = await get(`/dashboard/${relative(join(projectRoot, 'dashboard'), file)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect({ file, error: await syntaxError(await res.text()) }).toEqual({ file, error: '' });
  }
});

test('ECharts comes from node_modules, and the page may reach only its own origin', async () => {
  const echarts = await get('/dashboard/vendor/echarts.min.js');
  expect(echarts.status).toBe(200);
  expect((await echarts.text()).length).toBeGreaterThan(500_000);
  const page = await get('/dashboard/');
  const policy = page.headers.get('content-security-policy')!;
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(await page.text()).not.toMatch(/https?:\/\//);
});

test('nothing outside dashboard/ is served', async () => {
  for (const path of [
    '/dashboard/../package.json',
    '/dashboard/%2e%2e/package.json',
    '/dashboard/js/../../package.json',
    '/dashboard/vendor/echarts.js',
    '/dashboard/README.md',
  ]) {
    const res = await get(path);
    expect(`${path} ${res.status}`).not.toBe(`${path} 200`);
  }
});
