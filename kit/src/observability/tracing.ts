/**
 * OpenTelemetry traces, off unless HUB_OTEL_EXPORTER_URL names an OTLP/HTTP traces endpoint (e.g.
 * http://collector:4318/v1/traces). When on, every process exports its spans there: incoming HTTP
 * requests, the gateway's own query-planning and fetch spans (Apollo Gateway emits them), its
 * fetches to subgraphs (undici, with the W3C traceparent header so a subgraph's spans join the
 * gateway's trace) and each MongoDB command. Started by the first import of the kit, before the
 * database driver is loaded, as the driver's instrumentation patches it on load.
 */

// Loaded only when tracing is on (a synchronous require, so it still precedes the driver): a
// process without it pays nothing for the SDK.
const load = () => ({
  ...(require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node')),
  ...(require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base')),
  ...(require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http')),
  ...(require('@opentelemetry/resources') as typeof import('@opentelemetry/resources')),
  ...(require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation')),
  ...(require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http')),
  ...(require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici')),
  ...(require('@opentelemetry/instrumentation-mongodb') as typeof import('@opentelemetry/instrumentation-mongodb')),
});

let started = false;

export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  const url = env.HUB_OTEL_EXPORTER_URL;
  if (!url || started) return started;
  started = true;
  const {
    NodeTracerProvider,
    BatchSpanProcessor,
    OTLPTraceExporter,
    Resource,
    registerInstrumentations,
    HttpInstrumentation,
    UndiciInstrumentation,
    MongoDBInstrumentation,
  } = load();
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': env.HUB_SERVICE_NAME ?? 'ioc-hub' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    // Health and metrics scrapes would drown the traces of real requests.
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)/.test(req.url ?? '') }),
      new UndiciInstrumentation(),
      new MongoDBInstrumentation(),
    ],
  });
  return true;
}

startTracing();
