/**
 * Secrets for a development stack, made once and kept in .data/dev-secrets.json (git-ignored),
 * so that `npm start`, `npm run ingest` and a printed token agree across restarts. A deployment
 * sets HUB_JWT_SECRET, HUB_INTERNAL_SECRET and HUB_INGEST_TOKEN itself.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '.data');
const file = join(dir, 'dev-secrets.json');

export interface DevSecrets {
  jwtSecret: string;
  internalSecret: string;
  ingestToken: string;
}

export function devSecrets(): DevSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const s = { jwtSecret: randomBytes(32).toString('hex'), internalSecret: randomBytes(32).toString('hex'), ingestToken: randomBytes(24).toString('hex') };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
  return s;
}
