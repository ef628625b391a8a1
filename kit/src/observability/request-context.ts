/**
 * What a request carries through every await: its id (for logs on both sides of the gateway), its
 * deadline (for the database's maxTimeMS) and the signal that fires when the caller has gone.
 * AsyncLocalStorage, so neither resolvers nor the database layer need it passed by hand.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Identity } from '../identity';
import type { AnswerValidity } from '../clock';

export interface RequestContext {
  requestId: string;
  /** Epoch milliseconds after which the work is worthless to the caller. */
  deadline?: number;
  /** Aborts when the caller disconnects (and at the gateway when the deadline passes; a subgraph compares `deadline` with the clock). */
  signal?: AbortSignal;
  identity?: Identity;
  /** The request's instant and what its answer may be kept for (clock.ts); on a subgraph's GraphQL requests. */
  validity?: AnswerValidity;
  /** The data stamp this request read once, for its answer and every read it makes (rollups/stamp.ts). */
  stamp?: { of: object; value: Promise<string | null> };
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const DEADLINE_HEADER = 'x-hub-deadline';

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runInRequest<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** A caller's request id is kept when it looks like one (so a client's own trace id carries on). */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{8,100}$/.test(header) ? header : randomUUID();
}

/** Milliseconds left before the request's deadline (undefined without one). */
export function remainingMs(ctx = currentRequest()): number | undefined {
  return ctx?.deadline === undefined ? undefined : ctx.deadline - Date.now();
}
