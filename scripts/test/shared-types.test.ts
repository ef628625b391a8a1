import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphPorts } from '@ioc/kit';

const root = join(__dirname, '..', '..');
// The kit's reference text without its own comment header.
const shared = readFileSync(join(root, 'kit', 'sdl', 'shared-types.graphql'), 'utf8')
  .replace(/^(#.*\n)+\n?/, '')
  .trim();

// Composition accepts shared types whose descriptions differ; partners read one text everywhere.
test.each(Object.keys(subgraphPorts()).filter((n) => n !== 'admin-units'))("schema/%s.graphql carries the kit's shared types verbatim", (name) => {
  const sdl = readFileSync(join(root, 'schema', `${name}.graphql`), 'utf8');
  expect(sdl).toContain(shared);
});
