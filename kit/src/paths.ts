/**
 * Where the project's files are, for every module that reads or writes beside the code. Kept apart
 * from the database module so that reading a schema file does not load the server finder.
 */
import { join, resolve } from 'node:path';

/** The repository's root folder (this file is kit/src/paths.ts). */
export const projectRoot = resolve(__dirname, '..', '..');

/** Runtime state (database files, the server record, logs): HUB_DATA_DIR, else .data. */
export const dataDir = process.env.HUB_DATA_DIR ?? join(projectRoot, '.data');

/** Each subgraph's SDL, the subgraph list and the supergraph. */
export const schemaDir = join(projectRoot, 'schema');
