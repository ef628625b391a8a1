import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { subgraphList, listedUrl } from '../../kit/src/subgraph-list';

const schemaDir = join(__dirname, '..', '..', 'schema');

/**
 * The supergraph SDL, or an error listing every composition error.
 * @param sdlOf a subgraph's SDL text (default: schema/<name>.graphql), e.g. to check an edit before writing it
 */
export function composeSupergraph(sdlOf: (name: string) => string = (name) => readFileSync(join(schemaDir, `${name}.graphql`), 'utf8')): string {
  const missing = Object.keys(subgraphList()).filter((name) => !existsSync(join(schemaDir, `${name}.graphql`)));
  if (missing.length) throw new Error(`schema/subgraphs.json lists subgraphs without an SDL file: ${missing.join(', ')}`);
  const services = Object.keys(subgraphList()).map((name) => ({
    name,
    url: listedUrl(name),
    typeDefs: parse(sdlOf(name)),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return result.supergraphSdl + '\n';
}
