import mongoose, { type Connection } from 'mongoose';
import { findDatabaseServer, type DatabaseServer } from './server';

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
  close(): Promise<void>;
}

let shared: Promise<DatabaseServer> | undefined;
/** One server per process, found once. */
export function databaseServer(): Promise<DatabaseServer> {
  shared ??= findDatabaseServer();
  return shared;
}

/** A connection to this subgraph's own database on the shared server. */
export async function connectDatabase(dbName: string): Promise<Database> {
  const server = await databaseServer();
  const connection = await mongoose.createConnection(server.uri, { dbName, monitorCommands: true, autoIndex: true }).asPromise();
  const commands = { count: 0, getMore: 0, byName: {} as Record<string, number> };
  connection.getClient().on('commandStarted', (e) => {
    if (housekeeping.has(e.commandName)) return;
    if (e.commandName === 'getMore') commands.getMore++;
    else commands.count++;
    commands.byName[e.commandName] = (commands.byName[e.commandName] ?? 0) + 1;
  });
  return { connection, commands, close: () => connection.close() };
}
