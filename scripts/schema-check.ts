/**
 * `npm run schema:check [-- --base <git-ref>]`: composes every subgraph's SDL (composition errors
 * fail it) and lists the API changes against the supergraph committed where HEAD branched from
 * `--base` (default HUB_SCHEMA_BASE, else `main`). Exits 1 on a breaking change schema/CHANGES.md does not record.
 */
import { composeSupergraph } from './lib/composition';
import { baselineSupergraph, checkSchema, readChanges } from './lib/schema-check';
import { projectRoot } from '../kit/src/paths';

async function main() {
  const i = process.argv.indexOf('--base');
  const ref = i > 0 ? process.argv[i + 1] : (process.env.HUB_SCHEMA_BASE ?? 'main');
  const composed = composeSupergraph();
  const base = baselineSupergraph(projectRoot, ref);
  const r = await checkSchema(base.sdl, composed, readChanges(), base.from);
  console.log(`composition: ok; compared with ${r.baseline}`);
  const show = (label: string, list: typeof r.safe) => list.forEach((c) => console.log(`${label} ${c.path ?? ''}: ${c.message}`));
  show('safe     ', r.safe);
  show('dangerous', r.dangerous);
  show(
    'breaking ',
    r.breaking.filter((c) => !r.unrecorded.includes(c)).map((c) => ({ ...c, message: `${c.message} (recorded in schema/CHANGES.md)` })),
  );
  show('BREAKING ', r.unrecorded);
  if (r.unrecorded.length) {
    console.error(
      `${r.unrecorded.length} breaking change(s) not recorded: add each path in backticks to schema/CHANGES.md, with why and what clients do instead`,
    );
    process.exit(1);
  }
  console.log(`${r.breaking.length} breaking (all recorded), ${r.dangerous.length} dangerous, ${r.safe.length} safe`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
