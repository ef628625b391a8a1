import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/connection';

/** A plain HTTP handler a subgraph serves beside /graphql (ingest, photos), given its database. */
export type Route = (req: IncomingMessage, res: ServerResponse, ctx: { db: Database; url: URL }) => Promise<void>;
