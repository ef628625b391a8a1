import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../lib/composition';
import { baselineSupergraph, checkSchema, readChanges, recordedPaths } from '../lib/schema-check';

const root = join(__dirname, '..', '..');
const sdl = (name: string) => readFileSync(join(root, 'schema', `${name}.graphql`), 'utf8');
const committed = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');

/** The supergraph with one subgraph's SDL edited in memory. */
function composedWith(name: string, edit: (text: string) => string): string {
  const edited = edit(sdl(name));
  expect(edited).not.toBe(sdl(name));
  return composeSupergraph((n) => (n === name ? edited : sdl(n)));
}

test('the schema as it stands has no breaking change against main that CHANGES.md does not record', async () => {
  const base = baselineSupergraph(root, process.env.HUB_SCHEMA_BASE ?? 'main');
  const r = await checkSchema(base.sdl, composeSupergraph(), readChanges(root), base.from);
  expect(r.unrecorded.map((c) => c.message)).toEqual([]);
});

test('a removed field, a narrowed enum and a new required argument are breaking; an added field is not', async () => {
  const after = composedWith('procedures', (t) =>
    t
      .replace(/\n  "NgayCapNhat of the version held."\n  updatedAt: DateTime!/, '')
      .replace(/\n  "8 Dừng xử lý."\n  STOPPED/, '')
      .replace('proceduresDossier(id: String!): Dossier', 'proceduresDossier(id: String!, reason: String!): Dossier\n  "New."\n  proceduresCount: Int'),
  );
  const r = await checkSchema(committed, after, '');
  expect(r.unrecorded.map((c) => c.path).sort()).toEqual(['Dossier.updatedAt', 'DossierStatus.STOPPED', 'Query.proceduresDossier.reason']);
  expect(r.safe.map((c) => c.path)).toContain('Query.proceduresCount');
});

test('a breaking change recorded in CHANGES.md passes; one only in an HTML comment does not', async () => {
  const after = composedWith('procedures', (t) => t.replace(/\n  "NgayCapNhat of the version held."\n  updatedAt: DateTime!/, ''));
  const recorded = await checkSchema(committed, after, '## 2026-01-15\n- `Dossier.updatedAt`: removed; use `finishedAt`.\n');
  expect(recorded.breaking).toHaveLength(1);
  expect(recorded.unrecorded).toHaveLength(0);
  const commented = await checkSchema(committed, after, '<!-- - `Dossier.updatedAt`: example -->');
  expect(commented.unrecorded).toHaveLength(1);
  expect(recordedPaths('<!-- `A.b` --> `C.d`')).toEqual(new Set(['C.d']));
});

test('a changed field type is breaking', async () => {
  const after = composedWith('procedures', (t) => t.replace('  received: Int!\n  "Dossiers refused', '  received: Float!\n  "Dossiers refused'));
  const r = await checkSchema(committed, after, '');
  expect(r.unrecorded.map((c) => c.path)).toEqual(['ProcedureStats.received']);
});
