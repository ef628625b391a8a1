import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './db/server';

/** The hub's subgraphs and their default ports (schema/subgraphs.json): one list for all tools. */
export function subgraphPorts(): Record<string, number> {
  return JSON.parse(readFileSync(join(projectRoot, 'schema', 'subgraphs.json'), 'utf8'));
}

/** Where the gateway finds a subgraph: SUBGRAPH_<NAME>_URL, else its default port on loopback. */
export function subgraphUrl(name: string): string {
  const env = process.env[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`];
  return env ?? `http://127.0.0.1:${subgraphPorts()[name]}/graphql`;
}
