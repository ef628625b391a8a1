import { GraphQLError } from 'graphql';

/**
 * Errors users see are in Vietnamese and name the argument and the value; `extensions` carries
 * the same facts for programs.
 */
export function badInput(argument: string, value: unknown, why: string): GraphQLError {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return new GraphQLError(`Giá trị không hợp lệ cho "${argument}": ${shown} — ${why}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value },
  });
}

export function forbidden(what: string): GraphQLError {
  return new GraphQLError(`Không có quyền truy cập: ${what}`, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(why: string): GraphQLError {
  return new GraphQLError(`Chưa xác thực: ${why}`, { extensions: { code: 'UNAUTHENTICATED' } });
}
