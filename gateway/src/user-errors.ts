/**
 * GraphQL's own argument errors, in Vietnamese: what graphql-js reports when a query's literal or
 * variable does not fit an argument's type (an unknown enum value, a string for an Int, a missing
 * required argument, an unknown argument) reaches users in English and often without the
 * argument's name. The gateway rewrites each known message as the kit's `badInput` words it —
 * naming the argument and the value — and keeps the error's code (GRAPHQL_VALIDATION_FAILED,
 * BAD_USER_INPUT); `extensions.argument` and `extensions.value` carry the same facts for programs.
 * Any other message passes unchanged.
 */
import { GraphQLError, Kind, parse, visit, type Source } from 'graphql';

export interface UserError {
  message: string;
  argument?: string;
  value?: string;
}

/** Enum name → its values, from the supergraph (the federation's own enums left out). */
export function enumValues(supergraphSdl: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of parse(supergraphSdl).definitions)
    if (d.kind === Kind.ENUM_TYPE_DEFINITION && !/^(join|link)__/.test(d.name.value))
      out.set(
        d.name.value,
        (d.values ?? []).map((v) => v.name.value),
      );
  return out;
}

/** The argument (and input field path, `filter.level`) whose value covers a position of the query. */
function argumentAt(source: Source, position: number): string | undefined {
  let found: string | undefined;
  try {
    const path: string[] = [];
    visit(parse(source), {
      Argument: {
        enter(node) {
          const l = node.value.loc;
          if (l && l.start <= position && position < l.end) path.splice(0, path.length, node.name.value);
          else return false;
          found = path.join('.');
          return undefined;
        },
      },
      ObjectField(node) {
        const l = node.value.loc;
        if (!found || !l || l.start > position || position >= l.end) return false;
        path.push(node.name.value);
        found = path.join('.');
        return undefined;
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

/** The argument a variable is given to, when it is given directly to one. */
function argumentUsing(source: Source | undefined, variable: string): string | undefined {
  if (!source) return undefined;
  let found: string | undefined;
  try {
    visit(parse(source), {
      Argument(node) {
        if (!found && node.value.kind === Kind.VARIABLE && node.value.name.value === variable) found = node.name.value;
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

const suggestion = (message: string) => {
  const names = [...(message.match(/Did you mean (.*)\?/)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return names.length ? `; có phải ý bạn là ${names.map((n) => `"${n}"`).join(' hoặc ')}?` : '';
};

/** Why a value does not fit, from graphql-js's coercion message. */
function reasonOf(message: string, enums: Map<string, string[]>): string | undefined {
  let m = message.match(/^Value ".*" does not exist in "(\w+)" enum\./) ?? message.match(/^Enum "(\w+)" cannot represent non-(?:enum|string) value/);
  if (m) {
    const values = enums.get(m[1]);
    return `không phải giá trị của ${m[1]}${values ? `; cần một trong: ${values.join(', ')}` : ''}`;
  }
  if (/^Int cannot represent non 32-bit/.test(message)) return 'số nguyên vượt giới hạn 32 bit (từ -2147483648 đến 2147483647)';
  if (/^Int cannot represent/.test(message)) return 'cần một số nguyên';
  if (/^Float cannot represent/.test(message)) return 'cần một số';
  if (/^String cannot represent/.test(message)) return 'cần một chuỗi ký tự trong dấu ngoặc kép';
  if (/^Boolean cannot represent/.test(message)) return 'cần true hoặc false';
  if (/^ID cannot represent/.test(message)) return 'cần một mã (chuỗi hoặc số nguyên)';
  m = message.match(/^Expected value of type "([^"]+)", found .*?; ([\s\S]*)$/);
  if (m) return reasonOf(m[2], enums) ?? `cần giá trị kiểu ${m[1]}`;
  m = message.match(/^Expected value of type "([^"]+)", found /);
  if (m) return `cần giá trị kiểu ${m[1]}`;
  return undefined;
}

const invalid = (argument: string, value: string, why: string): UserError => ({
  message: `Giá trị không hợp lệ cho "${argument}": ${value} — ${why}`,
  argument,
  value,
});

/** The Vietnamese form of an argument error, or undefined for any other error. */
export function userError(error: unknown, enums: Map<string, string[]>): UserError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const message = error.message;
  let m = message.match(/^Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\./);
  if (m) return { message: `Thiếu tham số bắt buộc "${m[2]}" (kiểu ${m[3]}) của trường "${m[1]}"`, argument: m[2] };
  m = message.match(/^Unknown argument "(\w+)" on field "([\w.]+)"\./);
  if (m) return { message: `Trường "${m[2]}" không có tham số "${m[1]}"${suggestion(message)}`, argument: m[1] };
  m = message.match(/^Variable "\$(\w+)" of required type "([^"]+)" was not provided\./);
  if (m) {
    const argument = argumentUsing(error.source, m[1]) ?? `$${m[1]}`;
    return { message: `Thiếu giá trị cho "${argument}" (biến $${m[1]}, kiểu ${m[2]})`, argument };
  }
  m = message.match(/^Variable "\$(\w+)" got invalid value ([\s\S]*?)(?: at "([^"]+)")?; ([\s\S]*)$/);
  if (m) {
    const why = reasonOf(m[4], enums);
    if (!why) return undefined;
    const base = argumentUsing(error.source, m[1]) ?? `$${m[1]}`;
    // The path starts with the variable's name: `$f` at "f.level" is argument `filter.level`.
    return invalid(m[3] ? base + m[3].slice(m[1].length) : base, m[2], why);
  }
  const why = reasonOf(message, enums);
  const node = error.nodes?.[0];
  if (why && node?.loc && error.source) {
    const argument = argumentAt(error.source, node.loc.start);
    if (argument) return invalid(argument, error.source.body.slice(node.loc.start, node.loc.end), why);
  }
  return undefined;
}
