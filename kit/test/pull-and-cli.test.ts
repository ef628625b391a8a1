/**
 * The two other ways into runIngest: a scheduled pull from the source system's URL (a stand-in
 * source served over HTTP in its own format), and the file CLI against a running subgraph.
 */
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Schema, type Connection } from 'mongoose';
import { tempFolders } from '@ioc/testing';
import { connectDatabase, schedulePulls, ingestModels, jsonLines, reject, startSubgraph, type Database, type Feed, type RunningSubgraph } from '../src';

const schema = new Schema({ _id: String, value: Number }, { versionKey: false });
const feedOn = (conn: Connection): Feed<any> => ({
  name: 'things',
  model: conn.models.Thing ?? conn.model('Thing', schema, 'things'),
  parse: jsonLines,
  toRecord: (raw: any) => {
    if (typeof raw.value !== 'number') throw reject('value', raw.value, 'phải là số');
    return { _id: String(raw.id), value: raw.value };
  },
});
const tempFolder = tempFolders();
const body = ['{"id":1,"value":1}', '{"id":2,"value":2}', '{"id":3,"value":"x"}'].join('\n');

let db: Database;
let source: Server;
beforeAll(async () => {
  db = await connectDatabase(`test_kit_pull_w${process.env.JEST_WORKER_ID ?? 0}`);
  await db.connection.dropDatabase();
  source = createServer((_, res) => res.end(body));
  await new Promise<void>((ok) => source.listen(0, '127.0.0.1', ok));
});
afterAll(async () => {
  source?.close();
  await db?.close();
});

test('a configured pull fetches the feed on start and on schedule, through the same path', async () => {
  const url = `http://127.0.0.1:${(source.address() as { port: number }).port}/export.jsonl`;
  const stop = schedulePulls('demo-sector', db.connection, [feedOn(db.connection)], {
    HUB_PULL_DEMO_SECTOR_THINGS_URL: url,
    HUB_PULL_DEMO_SECTOR_THINGS_EVERY: '1',
  });
  const { FeedStatus } = ingestModels(db.connection);
  const deadline = Date.now() + 20_000;
  // The second pull finds everything already there.
  while (Date.now() < deadline) {
    const s = await FeedStatus.findById('things').lean();
    if (s?.lastSummary && s.lastSummary.unchanged === 2) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  expect((await FeedStatus.findById('things').lean())!.lastSummary).toEqual({ accepted: 0, rejected: 1, unchanged: 2 });
  expect(await feedOn(db.connection).model.countDocuments()).toBe(2);
});

describe('npm run ingest', () => {
  let subgraph: RunningSubgraph;
  const def = { name: 'admin-units', resolvers: { Query: {} }, context: (b: any) => b, feeds: (conn: Connection) => [feedOn(conn)] };
  beforeAll(async () => {
    // Any subgraph name of schema/subgraphs.json will do; its SDL is only served, not used here.
    subgraph = await startSubgraph(def as any, { port: 0, dbName: `test_kit_cli_w${process.env.JEST_WORKER_ID ?? 0}` });
    await subgraph.db.connection.dropDatabase();
  });
  afterAll(() => subgraph?.stop());

  // Asynchronous: the subgraph answering the CLI runs in this very process.
  const cli = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((ok) => {
      execFile(
        process.execPath,
        [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'scripts', 'ingest.ts'), ...args],
        {
          env: { ...process.env, SUBGRAPH_ADMIN_UNITS_URL: subgraph.url },
          encoding: 'utf8',
        },
        (error, stdout, stderr) => ok({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  test('prints the summary as its last line and exits 0, even with rejects', async () => {
    const file = join(tempFolder('hub-cli-'), 'things.jsonl');
    writeFileSync(file, body);
    const first = await cli('admin-units', 'things', file);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout.trim().split('\n').pop()!)).toEqual({ accepted: 2, rejected: 1, unchanged: 0 });
    const again = await cli('admin-units', 'things', file);
    expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toEqual({ accepted: 0, rejected: 1, unchanged: 2 });
  });

  test('exits non-zero, saying why, when the file cannot be processed', async () => {
    expect((await cli('admin-units', 'things', '/nonexistent.jsonl')).status).not.toBe(0);
    const unknownFeed = await cli('admin-units', 'nope', __filename);
    expect(unknownFeed.status).not.toBe(0);
    expect(unknownFeed.stderr).toContain('nope');
    expect((await cli('no-such-sector', 'things', __filename)).status).not.toBe(0);
  });
});
