/**
 * `npm run new-subgraph -- <name>`: a working sector subgraph over an existing system, from
 * scripts/new-subgraph/template: its SDL extending Province / District / Commune (both registers)
 * with the kit's shared types copied in, models, a JSON Lines connector, loaders, resolvers, demo
 * data and tests; its port in schema/subgraphs.json, its service in docker-compose.yml, and the
 * supergraph recomposed. Then `npm install` links the new workspace and `npm test -- subgraphs/<name>`.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { composeSupergraph } from './lib/composition';

const root = join(__dirname, '..');
const templateDir = join(__dirname, 'new-subgraph', 'template');

export function namesOf(name: string) {
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return { name, camel, pascal: camel[0].toUpperCase() + camel.slice(1), env: name.toUpperCase().replace(/-/g, '_') };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/** The kit's shared types, as every sector's SDL carries them verbatim (comment header dropped). */
function sharedTypes(): string {
  return readFileSync(join(root, 'kit', 'sdl', 'shared-types.graphql'), 'utf8')
    .replace(/^(#.*\n)+\n?/, '')
    .trim();
}

function addComposeService(compose: string, n: ReturnType<typeof namesOf>, port: number): string {
  const service = [
    `  ${n.name}:`,
    '    <<: *hub',
    `    command: ["node", "--import", "tsx", "subgraphs/${n.name}/src/index.ts"]`,
    '    environment:',
    '      MONGODB_URI: mongodb://mongo:27017',
    `      PORT: "${port}"`,
    '      HUB_INTERNAL_SECRET: ${HUB_INTERNAL_SECRET:?set HUB_INTERNAL_SECRET}',
    '      HUB_INGEST_TOKEN: ${HUB_INGEST_TOKEN:?set HUB_INGEST_TOKEN}',
    `    expose: ["${port}"]`,
    '',
    '',
  ].join('\n');
  if (!compose.includes('\n  gateway:\n')) throw new Error('docker-compose.yml: no gateway service to add the subgraph before');
  let out = compose.replace('\n  gateway:\n', `\n${service}  gateway:\n`);
  // The gateway waits for the new service and finds it by name.
  out = out.replace(
    /(\n    depends_on:\n(?:      [\w-]+: \{ condition: service_healthy \}\n)+)(    healthcheck:)/,
    (_, deps: string, next: string) => `${deps}      ${n.name}: { condition: service_healthy }\n${next}`,
  );
  out = out.replace(
    /(\n      SUBGRAPH_[A-Z_]+_URL: [^\n]+)(\n(?!      SUBGRAPH_))/,
    (_, last: string, after: string) => `${last}\n      SUBGRAPH_${n.env}_URL: http://${n.name}:${port}/graphql${after}`,
  );
  return out;
}

/** `npm run codegen`: the new subgraph's resolver types from its SDL and codegen.json (the others' are unchanged). */
function generateResolverTypes(): void {
  const bin = join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
  const run = spawnSync(process.execPath, [bin, '--config', 'scripts/codegen.config.ts', '--silent'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run codegen failed:\n${run.stdout}${run.stderr}`);
}

export function scaffold(name: string): { port: number; written: string[] } {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 30)
    throw new Error(`tên "${name}": chữ thường, chữ số và gạch nối, bắt đầu bằng chữ, tối đa 30 ký tự (e.g. water-supply)`);
  const n = namesOf(name);
  const listFile = join(root, 'schema', 'subgraphs.json');
  const list: Record<string, number | string> = JSON.parse(readFileSync(listFile, 'utf8'));
  if (list[name] !== undefined || existsSync(join(root, 'subgraphs', name))) throw new Error(`subgraph "${name}" đã có`);
  const port = Math.max(...Object.values(list).filter((v): v is number => typeof v === 'number')) + 1;
  const fill = (text: string) =>
    text
      .replaceAll('__SHARED_TYPES__', sharedTypes())
      .replaceAll('__NAME__', n.name)
      .replaceAll('__CAMEL__', n.camel)
      .replaceAll('__PASCAL__', n.pascal)
      .replaceAll('__PORT__', String(port));
  const written: string[] = [];
  for (const t of files(templateDir)) {
    const rel = fill(relative(templateDir, t)).replace(/\.tpl$/, '');
    const target = rel === 'schema.graphql' ? join(root, 'schema', `${name}.graphql`) : join(root, 'subgraphs', name, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fill(readFileSync(t, 'utf8')));
    written.push(relative(root, target));
  }
  writeFileSync(listFile, `${JSON.stringify({ ...list, [name]: port }, null, 2)}\n`);
  const composeFile = join(root, 'docker-compose.yml');
  writeFileSync(composeFile, addComposeService(readFileSync(composeFile, 'utf8'), n, port));
  writeFileSync(join(root, 'schema', 'supergraph.graphql'), composeSupergraph());
  generateResolverTypes();
  written.push('schema/subgraphs.json', 'docker-compose.yml', 'schema/supergraph.graphql', `subgraphs/${name}/src/generated/resolvers.ts`);
  return { port, written };
}

if (require.main === module) {
  try {
    const name = process.argv[2];
    if (!name) throw new Error('usage: npm run new-subgraph -- <name>');
    const { port, written } = scaffold(name);
    console.log(
      `subgraph ${name} on port ${port}:\n${written.map((f) => `  ${f}`).join('\n')}\nnext: npm install (links the workspace), npm test -- subgraphs/${name}`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
