/**
 * Where a request's time went, read from the hub's log: every process logs each GraphQL request it
 * served with the request id the gateway passes on (`x-request-id`) and its duration, so one id
 * gives the gateway's time and each subgraph's. The gateway's own share is its time less the
 * subgraphs' critical path: admin-units first (it turns the question's unit into the keys the
 * sectors are asked with), then the slowest of the sectors it asks in parallel.
 */
export interface RequestSplit {
  gatewayMs: number;
  /** Milliseconds each subgraph spent on the request's fetches (summed when asked twice). */
  subgraphMs: Record<string, number>;
  criticalPathMs: number;
  gatewayOwnMs: number;
}

/** @param logText lines "[process] {json}" as scripts/lib/hub-processes.ts writes them */
export function requestSplits(logText: string, ids: Set<string>): Map<string, RequestSplit> {
  const seen = new Map<string, { gatewayMs?: number; subgraphMs: Record<string, number> }>();
  for (const line of logText.split('\n')) {
    const m = /^\[([\w-]+)\] (\{.*\})$/.exec(line);
    if (!m || !line.includes('"graphql request"')) continue;
    let entry: { requestId?: string; ms?: number };
    try {
      entry = JSON.parse(m[2]);
    } catch {
      continue;
    }
    if (!entry.requestId || !ids.has(entry.requestId) || typeof entry.ms !== 'number') continue;
    const r = seen.get(entry.requestId) ?? { subgraphMs: {} };
    if (m[1] === 'gateway') r.gatewayMs = entry.ms;
    else r.subgraphMs[m[1]] = (r.subgraphMs[m[1]] ?? 0) + entry.ms;
    seen.set(entry.requestId, r);
  }
  const out = new Map<string, RequestSplit>();
  for (const [id, r] of seen) {
    if (r.gatewayMs === undefined) continue;
    const { 'admin-units': units = 0, ...sectors } = r.subgraphMs;
    const criticalPathMs = units + Math.max(0, ...Object.values(sectors));
    out.set(id, { gatewayMs: r.gatewayMs, subgraphMs: r.subgraphMs, criticalPathMs, gatewayOwnMs: r.gatewayMs - criticalPathMs });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** Medians over the requests: the gateway's time, the subgraphs' critical path, the gateway's own share, each subgraph's. */
export function splitMedians(splits: RequestSplit[]) {
  const names = [...new Set(splits.flatMap((s) => Object.keys(s.subgraphMs)))];
  return {
    gatewayP50Ms: median(splits.map((s) => s.gatewayMs)),
    criticalPathP50Ms: median(splits.map((s) => s.criticalPathMs)),
    gatewayOwnP50Ms: median(splits.map((s) => s.gatewayOwnMs)),
    subgraphP50Ms: Object.fromEntries(names.map((n) => [n, median(splits.map((s) => s.subgraphMs[n] ?? 0))])),
  };
}
