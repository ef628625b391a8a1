import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from './paths';

/**
 * The hub's subgraph list, schema/subgraphs.json: name → a port (a subgraph of this repository,
 * started by `npm start` on that port) or a URL (a service run elsewhere, by a partner, in any
 * language; the hub only reaches it). Every name has its SDL in schema/<name>.graphql.
 */
export function subgraphList(): Record<string, number | string> {
  return JSON.parse(readFileSync(join(schemaDir, 'subgraphs.json'), 'utf8'));
}

/** The subgraphs this repository runs, and their default ports. */
export function subgraphPorts(): Record<string, number> {
  return Object.fromEntries(Object.entries(subgraphList()).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** A subgraph's URL as the list gives it (the list's URL, else its port on loopback): what the supergraph records. */
export function listedUrl(name: string): string {
  const entry = subgraphList()[name];
  return typeof entry === 'string' ? entry : `http://127.0.0.1:${entry}/graphql`;
}

/** Where the gateway finds a subgraph: SUBGRAPH_<NAME>_URL (per deployment), else the listed URL. */
export function subgraphUrl(name: string): string {
  return process.env[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`] ?? listedUrl(name);
}
