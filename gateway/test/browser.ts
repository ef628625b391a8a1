/**
 * The Chromium the browser tests drive through playwright-core, found without root and without a
 * download at run time: `HUB_CHROMIUM` if set, else Debian's `chromium` package when installed,
 * else the build that the `@sparticuz/chromium` devDependency ships inside its npm tarball
 * (brotli-compressed, unpacked once into the temp folder; needs the system's libnss3).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function chromiumPath(): Promise<string> {
  const chosen = process.env.HUB_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`HUB_CHROMIUM=${chosen}: no such file`);
    return chosen;
  }
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return system;
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/**
 * Headless, and quiet on the network: no component updates, sync or pings, so the only requests
 * the page makes are the ones a test can see.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-zygote',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pings',
      '--font-render-hinting=none',
    ],
  });
}
