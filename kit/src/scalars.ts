import { GraphQLScalarType, Kind, GraphQLError } from 'graphql';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (no rollover: 2025-02-30 is refused). */
export function parseDateString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = datePattern.exec(value);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? value : undefined;
}

/**
 * A calendar date. The scalar passes strings through and resolvers check them with `dateArg`,
 * because only a resolver knows the argument's name, which the error must give; and the gateway,
 * which cannot run a subgraph's scalar code, would otherwise let them through unchecked anyway.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, in Asia/Ho_Chi_Minh.',
  serialize: (v) => (v instanceof Date ? toVietnamIso(v).slice(0, 10) : String(v)),
  parseValue: (v) => v,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : ast.kind),
});

/** An instant as `DateTime` reads it (a string Date can parse), or undefined. */
export function parseInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** An instant, serialized as ISO 8601 with the +07:00 offset users read. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO 8601, shown with the +07:00 offset of Asia/Ho_Chi_Minh.',
  serialize: (v) => toVietnamIso(v instanceof Date ? v : new Date(String(v))),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`Thời điểm không hợp lệ: ${JSON.stringify(v)}`, { extensions: { code: 'BAD_USER_INPUT', value: v } });
    return d;
  },
  parseLiteral: (ast) => {
    const d = ast.kind === Kind.STRING ? parseInstant(ast.value) : undefined;
    if (!d) throw new GraphQLError('Thời điểm không hợp lệ, cần ISO 8601', { extensions: { code: 'BAD_USER_INPUT' } });
    return d;
  },
});

/** Arbitrary JSON, used for GeoJSON geometries. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (GeoJSON geometries are served this way).',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: () => {
    throw new GraphQLError('JSON literals are not accepted as arguments', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

export function toVietnamIso(d: Date): string {
  // toISOString always ends in ".sssZ"; cut rather than a regular expression (every DateTime served and alert title goes through here).
  const iso = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${iso.slice(0, -5)}+07:00`;
}
