/**
 * Prometheus metrics (prom-client), served at GET /metrics by every process. One registry per
 * process; `counter`, `histogram` and `gauge` create a metric once and return the same one on
 * later calls, so a module may declare its metrics where it uses them:
 *
 *   const records = metricCounter('hub_ingest_records_total', 'Records an ingest accepted', ['sector', 'feed']);
 *   records.inc({ sector: 'health', feed: 'his' }, 120);
 */
import type { ServerResponse } from 'node:http';
import { Registry, Counter, Histogram, Gauge, collectDefaultMetrics } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Latency buckets in seconds, from a cached lookup to a query about to be cut off. */
const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

export function metricCounter<L extends string>(name: string, help: string, labelNames: L[] = []): Counter<L> {
  return (metricsRegistry.getSingleMetric(name) as Counter<L>) ?? new Counter({ name, help, labelNames, registers: [metricsRegistry] });
}

export function metricHistogram<L extends string>(name: string, help: string, labelNames: L[] = [], buckets = seconds): Histogram<L> {
  return (metricsRegistry.getSingleMetric(name) as Histogram<L>) ?? new Histogram({ name, help, labelNames, buckets, registers: [metricsRegistry] });
}

export function metricGauge<L extends string>(name: string, help: string, labelNames: L[] = []): Gauge<L> {
  return (metricsRegistry.getSingleMetric(name) as Gauge<L>) ?? new Gauge({ name, help, labelNames, registers: [metricsRegistry] });
}

/** The hub's own metrics, shared by the gateway and the subgraphs. */
export const hubMetrics = {
  requests: () =>
    metricCounter('hub_graphql_requests_total', 'GraphQL requests answered, by service, operation and HTTP status', ['service', 'operation', 'status']),
  duration: () => metricHistogram('hub_graphql_request_duration_seconds', 'GraphQL request latency, by service and operation', ['service', 'operation']),
  errors: () => metricCounter('hub_graphql_errors_total', 'Errors returned to callers, by service and code', ['service', 'code']),
  keptAnswers: () =>
    metricCounter('hub_kept_answers_total', 'Subgraph GraphQL answers by how: served kept (hit), made and kept (kept), made only (made)', [
      'service',
      'outcome',
    ]),
  subgraphFetch: () => metricHistogram('hub_subgraph_fetch_duration_seconds', 'Gateway fetches from each subgraph, by outcome', ['subgraph', 'outcome']),
  refusals: () => metricCounter('hub_gateway_refusals_total', 'Requests the gateway refused before running them, by limit', ['limit', 'role']),
  dbCommands: () =>
    metricHistogram('hub_db_command_duration_seconds', 'Database commands, by database, command and outcome', ['database', 'command', 'outcome']),
  ingestRecords: () =>
    metricCounter('hub_ingest_records_total', 'Records an ingest read, by feed and outcome (accepted, rejected, unchanged)', ['feed', 'outcome']),
  ingestFailures: () => metricCounter('hub_ingest_failures_total', 'Ingests that stopped before the end of their input, by feed', ['feed']),
  ingestDuration: () =>
    metricHistogram('hub_ingest_duration_seconds', 'Time an ingest took, lease wait included, by feed', ['feed'], [0.1, 0.5, 1, 5, 15, 60, 300, 1800]),
  /** Lag is `time() - hub_ingest_last_success_timestamp_seconds` in PromQL. */
  ingestLastSuccess: () => metricGauge('hub_ingest_last_success_timestamp_seconds', 'When each feed last finished an ingest, in Unix seconds', ['feed']),
};

/**
 * GET /metrics in Prometheus text format. With HUB_METRICS_TOKEN set, only a caller sending it as
 * a bearer token is served (the figures name operations and feeds).
 */
export async function sendMetrics(authorization: string | undefined, res: ServerResponse): Promise<void> {
  const token = process.env.HUB_METRICS_TOKEN;
  if (token && authorization !== `Bearer ${token}`) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('cần HUB_METRICS_TOKEN\n');
  }
  res.writeHead(200, { 'content-type': metricsRegistry.contentType });
  res.end(await metricsRegistry.metrics());
}
