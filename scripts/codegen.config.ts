/**
 * GraphQL Code Generator's configuration (`npm run codegen`): for every subgraph this repository
 * runs, the TypeScript types of its resolvers, from its SDL (schema/<name>.graphql) into
 * subgraphs/<name>/src/generated/resolvers.ts. Federation mode adds `__resolveReference` and the
 * entities' reference shapes. What differs per subgraph (its context type, and mappers from a
 * GraphQL type to the shape its resolvers really hand on: a stored document, a lean record, a
 * statistics object) lives in subgraphs/<name>/codegen.json; paths there are relative to the
 * generated file. scripts/test/codegen.test.ts fails when a committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = join(__dirname, '..');

/** What every subgraph shares: the kit's scalars as its resolvers see them. */
const shared = {
  federation: true,
  useTypeImports: true,
  // The kit and the stores use plain string unions ('FROM_2025_07'), not TypeScript enums.
  enumsAsTypes: true,
  // A mapped type keeps its own name beside the generated one (Indicator → IndicatorMapper).
  mapperTypeSuffix: 'Mapper',
  scalars: {
    // The Date scalar passes any value through, and resolvers check it with dateArg (kit/src/scalars.ts).
    Date: { input: 'unknown', output: 'string | Date' },
    DateTime: { input: 'Date', output: 'Date | string' },
    JSON: { input: 'unknown', output: 'unknown' },
  },
};

/** The subgraphs run from this repository: those listed with a port (a URL is a partner's service). */
export function localSubgraphs(): string[] {
  const list: Record<string, number | string> = JSON.parse(readFileSync(join(root, 'schema', 'subgraphs.json'), 'utf8'));
  return Object.keys(list).filter((name) => typeof list[name] === 'number');
}

const generatedFile = (name: string) => `subgraphs/${name}/src/generated/resolvers.ts`;

function target(name: string) {
  const own = JSON.parse(readFileSync(join(root, 'subgraphs', name, 'codegen.json'), 'utf8'));
  return {
    schema: join(root, 'schema', `${name}.graphql`),
    plugins: [
      { add: { content: `// Generated from schema/${name}.graphql and subgraphs/${name}/codegen.json by \`npm run codegen\`: do not edit.` } },
      'typescript',
      'typescript-resolvers',
    ],
    config: { ...shared, ...own },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(localSubgraphs().map((name) => [join(root, generatedFile(name)), target(name)])),
};

export default config;
