import mongoose, { type Connection, type Schema } from 'mongoose';
import { findDatabaseServer, type DatabaseServer } from './server';
import { currentRequest, remainingMs } from '../observability/request-context';
import { hubMetrics } from '../observability/metrics';
import { trackWrites } from './writes';

/** Commands that are the driver's own housekeeping, not round trips a resolver caused. */
const housekeeping = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'saslStart', 'saslContinue', 'buildInfo', 'getParameter']);

export interface Database {
  connection: Connection;
  /**
   * Commands sent since start (command monitoring), for N+1 tests and benchmarks: `count` is the
   * queries and writes a resolver asked for; `getMore` (the next batch of a large result) is
   * counted apart, as it is part of the query that opened the cursor.
   */
  commands: { count: number; getMore: number; byName: Record<string, number> };
  /** Whether the server uses secondary indexes, so the schemas' indexes are built (`serverUsesIndexes`). */
  secondaryIndexes: boolean;
  close(): Promise<void>;
}

/** Query operations a request can start; each gets the request's remaining time as maxTimeMS. */
const boundedQueries: mongoose.MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'findOneAndUpdate',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
];

/** Longest a database operation started by a request may run (ms), deadline or not. */
const maxQueryMs = () => Number(process.env.HUB_DB_MAX_TIME_MS ?? 20_000);

/**
 * Time left for a database operation started inside a request, or an error when there is none:
 * an abandoned or expired request starts no more work, and what it started stops at its deadline
 * on the server (maxTimeMS) rather than running on for a caller who has gone.
 */
function requestBudgetMs(): number | undefined {
  const ctx = currentRequest();
  if (!ctx) return undefined;
  if (ctx.signal?.aborted)
    throw Object.assign(new Error('request abandoned or past its deadline: database operation not started'), { code: 'REQUEST_ABANDONED' });
  const left = remainingMs(ctx);
  if (left !== undefined && left <= 0)
    throw Object.assign(new Error('request past its deadline: database operation not started'), { code: 'REQUEST_ABANDONED' });
  return Math.max(1, Math.min(left ?? Infinity, maxQueryMs()));
}

function deadlinePlugin(schema: Schema): void {
  schema.pre<mongoose.Query<unknown, unknown>>(boundedQueries, function () {
    const ms = requestBudgetMs();
    if (ms !== undefined) this.maxTimeMS(Math.min(ms, this.getOptions().maxTimeMS ?? Infinity));
  });
  schema.pre('aggregate', function (this: mongoose.Aggregate<unknown>) {
    const ms = requestBudgetMs();
    if (ms !== undefined) this.option({ maxTimeMS: Math.min(ms, this.options.maxTimeMS ?? Infinity) });
  });
}

let shared: Promise<DatabaseServer> | undefined;
/** One server per process, found once. */
export function databaseServer(): Promise<DatabaseServer> {
  shared ??= findDatabaseServer();
  return shared;
}

const indexesOf = new Map<string, Promise<boolean>>();
/**
 * Whether the server answers queries from secondary indexes. FerretDB v1 does not (it looks up
 * `_id` alone) yet keeps every declared index on each write, computing its JSON expressions: on
 * procedures' month file at size L that was a fifth of its CPU (pprof of the server), and building
 * none took the ingest from 2,838 to 3,697 dossier lines/s and health's from 1,237 to 2,171
 * resources/s (bench/results/ingest-handover-2026-12-01.txt). On MongoDB the schemas' indexes are
 * built as declared; queries and results are the same either way.
 */
function serverUsesIndexes(uri: string, connection: Connection): Promise<boolean> {
  let known = indexesOf.get(uri);
  if (!known) {
    known = connection
      .db!.admin()
      .command({ buildInfo: 1 })
      .then((info) => !('ferretdbVersion' in info));
    indexesOf.set(uri, known);
    known.catch(() => indexesOf.delete(uri));
  }
  return known;
}

/** A connection to this subgraph's own database on the shared server. */
export async function connectDatabase(dbName: string): Promise<Database> {
  const server = await databaseServer();
  // No model is compiled before the server is known: compiling one builds its indexes.
  const connection = await mongoose.createConnection(server.uri, { dbName, monitorCommands: true, autoIndex: false }).asPromise();
  const secondaryIndexes = await serverUsesIndexes(server.uri, connection);
  connection.set('autoIndex', secondaryIndexes);
  connection.plugin(deadlinePlugin);
  trackWrites(connection);
  const commands = { count: 0, getMore: 0, byName: {} as Record<string, number> };
  const client = connection.getClient();
  client.on('commandStarted', (e) => {
    if (housekeeping.has(e.commandName)) return;
    if (e.commandName === 'getMore') commands.getMore++;
    else commands.count++;
    commands.byName[e.commandName] = (commands.byName[e.commandName] ?? 0) + 1;
  });
  const dbTime = hubMetrics.dbCommands();
  const observe = (outcome: string) => (e: { commandName: string; databaseName: string; duration: number }) => {
    if (!housekeeping.has(e.commandName)) dbTime.observe({ database: e.databaseName, command: e.commandName, outcome }, e.duration / 1000);
  };
  client.on('commandSucceeded', observe('ok'));
  client.on('commandFailed', observe('error'));
  return { connection, commands, secondaryIndexes, close: () => connection.close() };
}

/**
 * On a server that never uses them, the secondary indexes an earlier version built in this
 * database (a data directory kept across upgrades) are dropped: each still costs every write.
 */
export async function dropUnusedIndexes(db: Database): Promise<void> {
  if (db.secondaryIndexes) return;
  await Promise.all(
    Object.values(db.connection.models).map(async (m) => {
      if ((await m.collection.indexes()).length > 1) await m.collection.dropIndexes();
    }),
  );
}
