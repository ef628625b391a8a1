/**
 * The gateway's settings, from the environment (`HUB_GATEWAY_<NAME>`; a per-role limit also reads
 * `HUB_GATEWAY_<NAME>_<ROLE>` first). Read once per gateway start; README lists every one.
 */
import type { Role } from '@ioc/kit';

export interface RoleLimits {
  /** Deepest nesting of fields (the unit graph has cycles). */
  maxDepth: number;
  /** Estimated objects the query makes the hub produce (see limits/cost.ts). */
  maxCost: number;
  maxAliases: number;
  /** Lexical tokens of the document: bounds parse and validation work. */
  maxTokens: number;
}

/** The public gets the smallest budget; officers and admins the largest. */
const defaults: Record<Role, RoleLimits> = {
  public: { maxDepth: 12, maxCost: 100_000, maxAliases: 10, maxTokens: 1_500 },
  analyst: { maxDepth: 12, maxCost: 200_000, maxAliases: 30, maxTokens: 5_000 },
  leader: { maxDepth: 12, maxCost: 200_000, maxAliases: 30, maxTokens: 5_000 },
  officer: { maxDepth: 12, maxCost: 300_000, maxAliases: 50, maxTokens: 10_000 },
  admin: { maxDepth: 12, maxCost: 300_000, maxAliases: 50, maxTokens: 10_000 },
};

const envNames: Record<keyof RoleLimits, string> = { maxDepth: 'MAX_DEPTH', maxCost: 'MAX_COST', maxAliases: 'MAX_ALIASES', maxTokens: 'MAX_TOKENS' };

export interface GatewaySettings {
  limits: Record<Role, RoleLimits>;
  /** Cost of one sector field on a unit (a fetch from another subgraph and a database query). */
  sectorFieldCost: number;
  /** Assumed length of a list the schema gives no bound for. */
  listSize: number;
  /** Assumed length of a list with a `first` argument left out (the subgraphs' largest default). */
  defaultFirst: number;
  /** One subgraph fetch longer than this is abandoned and reported as that sector's error. */
  subgraphTimeoutMs: number;
  /** Per-subgraph timeouts overriding `subgraphTimeoutMs` (HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS_<NAME>). */
  subgraphTimeouts: Record<string, number>;
  /** Whole request budget, passed to the subgraphs as a deadline. */
  requestTimeoutMs: number;
  /** Introspection for callers without a token. */
  publicIntrospection: boolean;
  /** Origins allowed to call from a browser (CORS); empty = none but the gateway's own pages. */
  corsOrigins: string[];
  /** Requests per minute: per client address for public callers, per token subject otherwise. */
  rateLimitPublic: number;
  rateLimitToken: number;
  /** Reverse proxies whose X-Forwarded-For names the client (client-address.ts); none by default. */
  trustedProxies: string[];
}

export class SettingError extends Error {}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new SettingError(`${name}=${raw}: expected a non-negative number`);
  return n;
}

export function gatewaySettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const limits = {} as Record<Role, RoleLimits>;
  for (const [role, base] of Object.entries(defaults) as [Role, RoleLimits][]) {
    const l = {} as RoleLimits;
    for (const [key, name] of Object.entries(envNames) as [keyof RoleLimits, string][]) {
      const all = number(env, `HUB_GATEWAY_${name}`, base[key]);
      l[key] = number(env, `HUB_GATEWAY_${name}_${role.toUpperCase()}`, all);
    }
    limits[role] = l;
  }
  return {
    limits,
    sectorFieldCost: number(env, 'HUB_GATEWAY_SECTOR_FIELD_COST', 10),
    listSize: number(env, 'HUB_GATEWAY_LIST_SIZE', 50),
    defaultFirst: number(env, 'HUB_GATEWAY_DEFAULT_FIRST', 200),
    subgraphTimeoutMs: number(env, 'HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS', 1_200),
    subgraphTimeouts: {
      // The whole old register (10,047 communes) is a legitimate public answer that takes admin-units
      // far longer than a sector's figures should (about 25 s on FerretDB, measured 2026-11-30).
      'admin-units': 30_000,
      ...Object.fromEntries(
        Object.entries(env)
          .filter(([k]) => k.startsWith('HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS_'))
          .map(([k]) => [k.slice('HUB_GATEWAY_SUBGRAPH_TIMEOUT_MS_'.length).toLowerCase().replace(/_/g, '-'), number(env, k, 0)]),
      ),
    },
    requestTimeoutMs: number(env, 'HUB_GATEWAY_REQUEST_TIMEOUT_MS', 30_000),
    publicIntrospection: env.HUB_GATEWAY_PUBLIC_INTROSPECTION === 'true',
    corsOrigins: (env.HUB_CORS_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    rateLimitPublic: number(env, 'HUB_GATEWAY_RATE_LIMIT_PUBLIC', 120),
    rateLimitToken: number(env, 'HUB_GATEWAY_RATE_LIMIT_TOKEN', 600),
    trustedProxies: (env.HUB_GATEWAY_TRUSTED_PROXIES ?? '').split(/[\s,]+/).filter(Boolean),
  };
}
