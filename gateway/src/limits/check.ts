/**
 * The gateway's gate before a query reaches Apollo: a token cap on parsing, then depth, cost and
 * aliases against the caller's role, and introspection closed to the public unless a setting
 * opens it. A refusal is an HTTP 400 whose Vietnamese message names the limit and its setting.
 * A document that does not parse is let through: Apollo reports the syntax error itself.
 */
import { parse, visit, BREAK, GraphQLError, type DocumentNode } from 'graphql';
import type { Role } from '@ioc/kit';
import type { GatewaySettings, RoleLimits } from '../settings';
import type { SchemaFacts } from './schema-facts';
import { measureQuery } from './measure';

export interface Refusal {
  limit: string;
  message: string;
  value?: number;
  max?: number;
  setting?: string;
}

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

const labels: Record<keyof RoleLimits, string> = {
  maxTokens: 'Truy vấn quá dài',
  maxDepth: 'Truy vấn lồng quá sâu',
  maxCost: 'Truy vấn quá tốn kém',
  maxAliases: 'Truy vấn có quá nhiều bí danh (alias)',
};
const units: Record<keyof RoleLimits, string> = { maxTokens: 'từ tố', maxDepth: 'cấp', maxCost: 'đơn vị chi phí', maxAliases: 'bí danh' };
const envName: Record<keyof RoleLimits, string> = { maxTokens: 'MAX_TOKENS', maxDepth: 'MAX_DEPTH', maxCost: 'MAX_COST', maxAliases: 'MAX_ALIASES' };

const vn = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('vi-VN') : 'vô hạn');

function over(limit: keyof RoleLimits, role: Role, value: number | undefined, max: number): Refusal {
  const setting = `HUB_GATEWAY_${envName[limit]}_${role.toUpperCase()}`;
  const measured = value === undefined ? `hơn ${vn(max)}` : vn(value);
  return {
    limit,
    value,
    max,
    setting,
    message: `${labels[limit]}: ${measured} ${units[limit]}, tối đa ${vn(max)} cho vai trò ${role} (giới hạn ${setting})`,
  };
}

function asksIntrospection(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export interface Checked {
  refusal?: Refusal;
  document?: DocumentNode;
}

export function checkQuery(body: GraphQLRequestBody, role: Role, settings: GatewaySettings, facts: SchemaFacts): Checked {
  if (typeof body.query !== 'string') return {};
  const limits = settings.limits[role];
  let doc: DocumentNode;
  try {
    doc = parse(body.query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (e) {
    if (e instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(e.message)) return { refusal: over('maxTokens', role, undefined, limits.maxTokens) };
    return {};
  }
  if (role === 'public' && !settings.publicIntrospection && asksIntrospection(doc)) {
    return {
      document: doc,
      refusal: {
        limit: 'introspection',
        setting: 'HUB_GATEWAY_PUBLIC_INTROSPECTION',
        message: 'Truy vấn cấu trúc lược đồ (introspection) không mở cho người dùng không có token (bật bằng HUB_GATEWAY_PUBLIC_INTROSPECTION=true)',
      },
    };
  }
  const variables = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const m = measureQuery(doc, facts, settings, variables, operationName);
  const refusal =
    m.depth > limits.maxDepth
      ? over('maxDepth', role, m.depth, limits.maxDepth)
      : m.aliases > limits.maxAliases
        ? over('maxAliases', role, m.aliases, limits.maxAliases)
        : m.cost > limits.maxCost
          ? over('maxCost', role, m.cost, limits.maxCost)
          : undefined;
  return { refusal, document: doc };
}
