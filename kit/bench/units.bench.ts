/**
 * Unit resolution (every ingested record goes through it) and the admin-units contract queries
 * through the gateway, with the DB round trips each takes. Each query runs `runs` times: the first
 * (cold: query plan, first use of the search index) and the median of the rest are printed.
 * Target (issue 9): the whole old-register tree in < 300 ms through the gateway.
 */
import { performance } from 'node:perf_hooks';
import { resolveUnit, unitRegisters } from '../src';
import { startTestHub } from '@ioc/testing';

async function main() {
  const communes = unitRegisters()
    .list('PRE_2025_07', 'COMMUNE')
    .map((c) => c.code);
  const n = 200_000;
  let t = performance.now();
  for (let i = 0; i < n; i++) resolveUnit(communes[i % communes.length], i % 2 ? '2025-03-01' : '2025-08-01');
  const perSecond = Math.round(n / ((performance.now() - t) / 1000));
  console.log(`resolveUnit: ${perSecond.toLocaleString('en')} codes/s (${n} codes, both registers)`);

  const hub = await startTestHub([]);
  const db = hub.subgraphs['admin-units'].db.commands;
  const runs = 7;
  const subgraph = hub.subgraphs['admin-units'].url;
  const direct = (query: string) =>
    fetch(subgraph, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
      (r) => r.json() as Promise<{ errors?: unknown }>,
    );
  const timed = async (send: () => Promise<{ errors?: unknown }>) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      const r = await send();
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      ms.push(performance.now() - t);
    }
    const warm = ms.slice(1).sort((a, b) => a - b);
    return `first ${Math.round(ms[0])} ms, then median ${Math.round(warm[warm.length >> 1])} ms`;
  };
  for (const [label, q] of [
    [
      'old register, 63 provinces → 696 districts → 10,047 communes',
      '{ provinces(asOf: "2025-03-01") { code name type districts { code name type communes { code name type } } } }',
    ],
    ['new register, 3,321 communes with predecessors', '{ provinces { communes { code predecessors { unit { code name } share } } } }'],
    ['search "hoa khanh"', '{ searchUnits(text: "hoa khanh") { code } }'],
  ]) {
    const before = db.count;
    const gateway = await timed(() => hub.query(q));
    const queries = (db.count - before) / runs;
    console.log(`${label}: through the gateway ${gateway}; admin-units alone ${await timed(() => direct(q))}; ${queries} DB queries per run`);
  }
  await hub.stop();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
