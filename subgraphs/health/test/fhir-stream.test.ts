/**
 * The fhir feed reads a Bundle entry by entry: entries are handed on while the file is still
 * arriving, and a Bundle bigger than one ingest batch keeps every entry, an Organization placed
 * after the Encounters that name it included.
 */
import { PassThrough, Readable } from 'node:stream';
import { connectDatabase, runIngest, type Database } from '@ioc/kit';
import { models } from '../src/models';
import { fhirFeed } from '../src/connectors/fhir';
import { bundle, enc, org } from './fhir-bundles';

jest.setTimeout(300_000);

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(`test_health_fhir_stream_w${process.env.JEST_WORKER_ID ?? 0}`);
});
beforeEach(() => db.connection.dropDatabase());
afterAll(() => db?.close());

const facility = org('o1', '49001', 'Trạm y tế Tân Thạnh', '20335', 10, '2025-01-01T00:00:00Z');
const visits = (n: number, provider = 'Organization/o1') =>
  Array.from({ length: n }, (_, i) => enc(`e${i}`, 'AMB', 'finished', '2025-01-10T08:00:00+07:00', '2025-01-10T09:00:00+07:00', provider));
const entryText = (resource: unknown) => JSON.stringify({ resource });

test('entries come out while the rest of the Bundle has not arrived', async () => {
  const input = new PassThrough();
  const items = fhirFeed(models(db.connection)).parse(input)[Symbol.asyncIterator]();
  input.write(`{"resourceType":"Bundle","type":"collection","timestamp":"2025-02-01T00:00:00Z","entry":[${entryText(facility)}`);
  for (const e of visits(2500)) input.write(`,${entryText(e)}`);
  // The Bundle is still open (no "]}" yet): a reader that waited for the whole document would block here.
  const early: unknown[] = [];
  for (let i = 0; i < 2000; i++) early.push((await items.next()).value);
  expect(early.every((item) => (item as { error?: unknown }).error === undefined)).toBe(true);
  input.end(`,${entryText(enc('late', 'AMB', 'finished', '2025-01-11T08:00:00+07:00', '2025-01-11T09:00:00+07:00', 'Organization/o1'))}]}`);
  let rest = 0;
  for (let r = await items.next(); !r.done; r = await items.next()) rest++;
  expect(early.length + rest).toBe(2502);
});

test('a Bundle bigger than a batch keeps every entry, its Organization placed last', async () => {
  const feed = { ...fhirFeed(models(db.connection)), batchSize: 400 };
  const text = bundle('collection', '2025-02-01T00:00:00Z', [
    ...visits(1100),
    enc('nowhere', 'AMB', 'finished', '2025-01-10T08:00:00+07:00', null, 'Organization/x9'),
    facility,
  ]);
  const summary = await runIngest(db.connection, feed, Readable.from([text]));
  expect(summary).toEqual({ accepted: 1101, rejected: 1, unchanged: 0 });
  const stored = await models(db.connection).Resource.countDocuments({ kind: 'Encounter' });
  expect(stored).toBe(1100);
});

test('a Bundle whose entries come before its type is refused', async () => {
  const feed = fhirFeed(models(db.connection));
  const text = JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: facility }], type: 'collection' });
  await expect(runIngest(db.connection, feed, Readable.from([text]))).rejects.toThrow(/resourceType và type phải đứng trước entry/);
});
