/**
 * Answers to queries over the administrative registers alone, kept in the gateway. The registers
 * are static, versioned data every process loads once (issue 9 item 5), and the admin-units
 * subgraph answers them without regard to who asks; what made the whole old-register tree
 * (63 → 696 → 10,047) slow was not reading them but Apollo's work on a 10,000-object answer:
 * the subgraph executes and serializes it, the gateway parses it and shapes it again against the
 * query (measured here: about 100 ms in the subgraph's execution and 120 ms in the gateway's
 * result shaping per answer, more under load). Such an answer depends only on the query text, its
 * variables and the day (a unit read without `asOf` reads the register in force today), so it is
 * kept under that key and sent again as it was.
 *
 * A query is kept only when every field it selects is resolved by admin-units from memory: any
 * sector field, a mutation, introspection or a district boundary (read from the database) sends
 * it through Apollo as before. Only answers without errors are kept; the store is bounded in bytes
 * and drops the least recently used. It sits after the token, rate and cost gates, which still
 * refuse what they refused.
 */
import { Kind, parse, type DocumentNode, type SelectionSetNode, type ConstDirectiveNode } from 'graphql';
import { todayInVietnam } from '@ioc/kit';

/** The subgraph whose answers come from the in-memory registers, as the supergraph names it. */
const registerGraph = 'ADMIN_UNITS';

/** Fields of that subgraph that read the database rather than the registers. */
const storedFields = new Set(['District.boundary']);

export interface StaticFields {
  /** Type → its fields answered from the registers. */
  fields: Map<string, Map<string, string>>;
  /** Interface → the object types implementing it. */
  implementations: Map<string, string[]>;
}

const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => {
      const g = d.arguments?.find((a) => a.name.value === 'graph')?.value;
      return g?.kind === Kind.ENUM ? g.value : '';
    });

const namedType = (t: { kind: Kind; type?: unknown; name?: { value: string } }): string =>
  t.kind === Kind.NAMED_TYPE ? t.name!.value : namedType(t.type as typeof t);

/** Reads from the supergraph which fields admin-units resolves from memory. */
export function staticFields(supergraphSdl: string): StaticFields {
  const fields = new Map<string, Map<string, string>>();
  const implementations = new Map<string, string[]>();
  for (const d of parse(supergraphSdl).definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = graphsOf(d.directives, 'join__type');
    if (!typeGraphs.includes(registerGraph)) continue;
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION) {
      for (const i of d.interfaces ?? []) implementations.set(i.name.value, [...(implementations.get(i.name.value) ?? []), d.name.value]);
    }
    const own = new Map<string, string>();
    for (const f of d.fields ?? []) {
      const fieldGraphs = graphsOf(f.directives, 'join__field');
      // A field without @join__field belongs to every graph of its type (an entity's key fields).
      const resolvedHere = fieldGraphs.length === 0 || (fieldGraphs.length === 1 && fieldGraphs[0] === registerGraph);
      if (resolvedHere && !storedFields.has(`${d.name.value}.${f.name.value}`)) own.set(f.name.value, namedType(f.type));
    }
    fields.set(d.name.value, own);
  }
  return { fields, implementations };
}

/** Whether every field `doc`'s operation selects is answered from the registers. */
export function asksOnlyRegisters(doc: DocumentNode, operationName: string | undefined, known: StaticFields): boolean {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'query') return false;
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, types: string[]): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        // A fragment is checked once per type set; a cycle is a validation error Apollo reports itself.
        const key = `${s.name.value}@${types.join(',')}`;
        if (!f || seen.has(key)) return !!f;
        seen.add(key);
        return walk(f.selectionSet, narrow(types, f.typeCondition.name.value));
      }
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, s.typeCondition ? narrow(types, s.typeCondition.name.value) : types);
      if (s.name.value === '__typename') return true;
      const returned = new Set<string>();
      for (const t of types) {
        const type = known.fields.get(t)?.get(s.name.value);
        if (type === undefined) return false;
        returned.add(type);
      }
      if (!s.selectionSet) return true;
      return walk(
        s.selectionSet,
        [...returned].flatMap((t) => known.implementations.get(t) ?? [t]),
      );
    });
  const narrow = (types: string[], condition: string) => {
    const allowed = new Set(known.implementations.get(condition) ?? [condition]);
    return types.filter((t) => allowed.has(t));
  };
  return walk(op.selectionSet, ['Query']);
}

export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Answers kept by key, least recently used dropped first once their bodies pass `maxBytes`. */
export class KeptAnswers {
  private readonly kept = new Map<string, StoredAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  get(key: string): StoredAnswer | undefined {
    const a = this.kept.get(key);
    if (a) {
      this.kept.delete(key);
      this.kept.set(key, a);
    }
    return a;
  }

  /** Keeps a complete, error-free answer. */
  keep(key: string, answer: StoredAnswer): void {
    if (answer.status !== 200 || answer.body.includes('"errors"') || answer.body.length > this.maxBytes / 4) return;
    const old = this.kept.get(key);
    if (old) this.bytes -= old.body.length;
    this.kept.delete(key);
    this.kept.set(key, answer);
    this.bytes += answer.body.length;
    for (const [k, a] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(k);
      this.bytes -= a.body.length;
    }
  }

  get size(): number {
    return this.kept.size;
  }
}

/** Callers' register-only queries, kept by query, variables and day. */
export class StaticAnswers extends KeptAnswers {
  constructor(
    readonly known: StaticFields,
    maxBytes?: number,
  ) {
    super(maxBytes);
  }

  /** The key of a query that may be kept, or undefined when it reads anything else than the registers. */
  keyOf(doc: DocumentNode | undefined, query: unknown, variables: unknown, operationName: string | undefined): string | undefined {
    if (!doc || typeof query !== 'string' || !asksOnlyRegisters(doc, operationName, this.known)) return undefined;
    return JSON.stringify([todayInVietnam(), query, operationName ?? null, variables ?? null]);
  }
}
