/**
 * Structured JSON logs (pino), one line per event on stdout. Every line logged inside a request
 * carries its `requestId`, the same at the gateway and in each subgraph it called. Level from
 * HUB_LOG_LEVEL (default info; silent under jest, whose output is for test results).
 */
import pino from 'pino';
import { currentRequest } from './request-context';

const level = process.env.HUB_LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info');

export const log = pino({
  level,
  base: { pid: process.pid, service: process.env.HUB_SERVICE_NAME },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin: () => {
    const ctx = currentRequest();
    return ctx ? { requestId: ctx.requestId } : {};
  },
});
