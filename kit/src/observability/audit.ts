/**
 * The audit trail: one JSON line per read of raw rejected records or personal data and per write
 * by an officer — who, when, what, in which scope. A logger of its own on its own stream
 * (HUB_AUDIT_LOG, default .data/audit.log), so it is kept and shipped apart from operational logs
 * and its level cannot be turned down.
 */
import { join } from 'node:path';
import pino from 'pino';
import { projectRoot } from '../paths';
import type { Identity } from '../identity';
import { currentRequest } from './request-context';
import { answerNotKept } from '../clock';

let logger: pino.Logger | undefined;
let loggerPath: string | undefined;

function auditLogger(): pino.Logger {
  const path = process.env.HUB_AUDIT_LOG ?? join(projectRoot, '.data', 'audit.log');
  if (!logger || loggerPath !== path) {
    loggerPath = path;
    // Synchronous writes: an audit line is on disk before the answer leaves.
    logger = pino(
      { base: undefined, timestamp: pino.stdTimeFunctions.isoTime, messageKey: 'action' },
      pino.destination({ dest: path, sync: true, mkdir: true }),
    );
  }
  return logger;
}

/**
 * Records one audited action, e.g. `audit(ctx.identity, 'read-rejects', { sector: 'health', feed, count })`.
 * `details` says what was touched (no personal values themselves).
 */
export function audit(identity: Identity, action: string, details: Record<string, unknown> = {}): void {
  // Every audited read is logged each time it is asked: its answer is never served from the answer cache.
  answerNotKept();
  const service = process.env.HUB_SERVICE_NAME;
  auditLogger().info({ sub: identity.sub, role: identity.role, scope: identity.scope, requestId: currentRequest()?.requestId, service, ...details }, action);
}
