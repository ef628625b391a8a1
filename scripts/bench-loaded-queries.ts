/**
 * The dashboard queries (bench-scale-queries.ts) on a hub already loaded by the scale benchmark,
 * without loading it again: starts the database server of HUB_DATA_DIR, every subgraph and the
 * gateway as `npm start` does, and for each query prints p50/p95 over `runs` (after two unmeasured
 * ones), each process's CPU per request (the database server's included: what the 2-core machine
 * has to share, which wall times under load do not show), each subgraph's database commands per
 * request and the split of the gateway's time (request-split.ts). The last answers go to `out`,
 * to compare two versions' answers byte for byte.
 *
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-scale-run.ts S /tmp/lat-S.json 20   # loads it once
 *   HUB_DATA_DIR=/tmp/lat-S npx tsx scripts/bench-loaded-queries.ts 40 /tmp/out [0,3]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLoadedHub } from './lib/hub-processes';
import { dashboardQueries } from './bench-scale-queries';
import { requestSplits, splitMedians } from './lib/request-split';
import { percentile, round1 } from './lib/figures';
import { runMain } from './lib/run-main';

/** CPU time a process has used so far, in ms (utime + stime of /proc/<pid>/stat, 100 ticks a second). */
function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** Database commands each subgraph has sent so far, by subgraph and command (its /metrics). */
async function dbCommands(urls: Record<string, string>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, url] of Object.entries(urls)) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const m of text.matchAll(/hub_db_command_duration_seconds_count\{([^}]*)\} (\d+)/g)) {
      const key = `${name}.${/command="(\w+)"/.exec(m[1])?.[1]}`;
      out[key] = (out[key] ?? 0) + Number(m[2]);
    }
  }
  return out;
}

async function main() {
  const runs = Number(process.argv[2] ?? 40);
  const out = process.argv[3] ?? join(process.env.HUB_DATA_DIR ?? '.', 'bench-loaded');
  if (!process.env.HUB_DATA_DIR)
    throw new Error('usage: HUB_DATA_DIR=<loaded dir> tsx scripts/bench-loaded-queries.ts [runs] [out dir] [query indices, e.g. 0,3]');
  const only = process.argv[4] ? process.argv[4].split(',').map(Number) : dashboardQueries().map((_, i) => i);
  const { hub, logFile, dbPid, token, stop } = await startLoadedHub(out);
  const pids: Record<string, number> = { ...hub.pids, ...(dbPid ? { database: dbPid } : {}) };
  try {
    const queries = dashboardQueries();
    for (const i of only) {
      const q = queries[i];
      const ids: string[] = [];
      let last = '';
      const once = async () => {
        const id = `loaded-${i}-${ids.length}-${Date.now()}`;
        ids.push(id);
        const t = performance.now();
        const res = await fetch(`${hub.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': id },
          body: JSON.stringify({ query: q.query, variables: q.variables }),
        });
        last = await res.text();
        return performance.now() - t;
      };
      // The first plans the query and fills what the processes keep; neither is what a repeated read costs.
      await once();
      await once();
      const warm = new Set(ids);
      const commandsBefore = await dbCommands(hub.subgraphUrls);
      const cpuBefore = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuMs(pid)]));
      const times: number[] = [];
      for (let k = 0; k < runs; k++) times.push(await once());
      const cpu = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, round1((cpuMs(pid) - cpuBefore[n]) / runs)]));
      const commandsAfter = await dbCommands(hub.subgraphUrls);
      const commands = Object.fromEntries(
        Object.entries(commandsAfter)
          .map(([k, v]) => [k, round1((v - (commandsBefore[k] ?? 0)) / runs)] as const)
          .filter(([, v]) => v > 0),
      );
      times.sort((a, b) => a - b);
      // The processes' log lines come through pipes: give the last ones a moment to arrive.
      await new Promise((r) => setTimeout(r, 500));
      const split = splitMedians([...requestSplits(readFileSync(logFile, 'utf8'), new Set(ids.filter((id) => !warm.has(id)))).values()]);
      writeFileSync(join(out, `answer-${i}.json`), JSON.stringify(JSON.parse(last), null, 1));
      const total = round1(Object.values(cpu).reduce((a, b) => a + b, 0));
      console.log(
        `#${i} ${q.name}: p50 ${round1(percentile(times, 0.5))} ms, p95 ${round1(percentile(times, 0.95))} ms over ${runs} runs (${last.length} bytes)`,
      );
      console.log(`   CPU ms per request, ${total} in all: ${JSON.stringify(cpu)}`);
      console.log(`   database commands per request: ${JSON.stringify(commands)}`);
      console.log(`   split (p50 ms): ${JSON.stringify(split)}`);
    }
  } finally {
    await stop();
  }
}

runMain(main);
