/**
 * What the cost check needs to know about the schema, read once from the supergraph: for each
 * field, the type it returns, whether it is a list, whether another subgraph resolves it (a
 * round trip and a database query per parent object), and for the unit lists, how long they can
 * be — taken from the registers themselves, so the estimate follows the data.
 */
import { Kind, parse, type ConstDirectiveNode, type TypeNode } from 'graphql';
import { unitRegisters, registers, type Unit } from '@ioc/kit';

export interface FieldFact {
  /** Named type the field returns (lists and non-null unwrapped). */
  type: string;
  list: boolean;
  /** Argument names the field takes (`first`, `from`/`to` size a list). */
  args: Set<string>;
  /** The SDL default of `first`, what a list answers with when the query leaves `first` out. */
  firstDefault?: number;
  /** Resolved by a subgraph other than the one holding most of the parent type's fields. */
  crossSubgraph: boolean;
  /** Composite (object, interface, union) rather than a scalar or enum. */
  composite: boolean;
}

export interface SchemaFacts {
  fields: Map<string, Map<string, FieldFact>>;
  /** Longest unit list per "Type.field" (e.g. Province.communes), over both registers. */
  unitListSize: Map<string, number>;
  /**
   * How many objects a unit list can hold over all its parents together, in the larger register
   * (Province.communes: 10,047; Commune.predecessors: every reform link). Bounds a walk down the
   * unit tree: 63 provinces × their communes are never more than all communes.
   */
  unitListTotal: Map<string, number>;
}

/** The unit lists that descend the tree: below distinct parents, they hold distinct children. */
export const descentLists = new Set(['Query.provinces', 'Province.districts', 'Province.communes', 'District.communes']);

function unwrap(t: TypeNode): { name: string; list: boolean } {
  if (t.kind === Kind.NON_NULL_TYPE) return unwrap(t.type);
  if (t.kind === Kind.LIST_TYPE) return { name: unwrap(t.type).name, list: true };
  return { name: t.name.value, list: false };
}

function ownerOf(directives: readonly ConstDirectiveNode[] | undefined): string | undefined {
  const join = directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph');
  return graph && graph.value.kind === Kind.ENUM ? graph.value.value : undefined;
}

/** Longest child / link lists of the registers (the most districts a province has, and so on), and their totals. */
function unitListSizes(): { sizes: Map<string, number>; totals: Map<string, number> } {
  const reg = unitRegisters();
  const sizes = new Map<string, number>();
  const totals = new Map<string, number>();
  const keep = (key: string, n: number) => sizes.set(key, Math.max(sizes.get(key) ?? 0, n));
  const add = (register: string, key: string, n: number) => {
    const k = `${register} ${key}`;
    totals.set(k, (totals.get(k) ?? 0) + n);
  };
  const typeOf: Record<string, string> = { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' };
  for (const r of registers) {
    const provinces = reg.list(r, 'PROVINCE');
    keep('Query.provinces', provinces.length);
    for (const level of ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const) {
      for (const u of reg.list(r, level)) {
        const t = typeOf[level];
        const children = reg.childrenOf(u);
        const lists: [string, number][] = [
          [`${t}.successors`, reg.successorsOf(u as Unit).length],
          [`${t}.predecessors`, reg.predecessorsOf(u as Unit).length],
        ];
        if (level === 'PROVINCE') {
          const districts = children.filter((c) => c.level === 'DISTRICT');
          lists.push(['Province.districts', districts.length]);
          lists.push(['Province.communes', districts.length ? districts.reduce((n, d) => n + reg.childrenOf(d).length, 0) : children.length]);
        }
        if (level === 'DISTRICT') lists.push(['District.communes', children.length]);
        for (const [key, n] of lists) {
          keep(key, n);
          add(r, key, n);
        }
      }
    }
    add(r, 'Query.provinces', provinces.length);
  }
  // The larger register's total bounds either.
  const largest = new Map<string, number>();
  for (const [k, n] of totals) {
    const key = k.slice(k.indexOf(' ') + 1);
    largest.set(key, Math.max(largest.get(key) ?? 0, n));
  }
  return { sizes, totals: largest };
}

export function schemaFacts(supergraphSdl: string): SchemaFacts {
  const doc = parse(supergraphSdl);
  const composite = new Set<string>();
  for (const d of doc.definitions) {
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION || d.kind === Kind.UNION_TYPE_DEFINITION)
      composite.add(d.name.value);
  }
  const fields = new Map<string, Map<string, FieldFact>>();
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const owners = new Map<string, number>();
    for (const f of d.fields ?? []) {
      const o = ownerOf(f.directives);
      if (o) owners.set(o, (owners.get(o) ?? 0) + 1);
    }
    const home = [...owners.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const byName = new Map<string, FieldFact>();
    for (const f of d.fields ?? []) {
      const { name, list } = unwrap(f.type);
      const owner = ownerOf(f.directives);
      const first = f.arguments?.find((a) => a.name.value === 'first')?.defaultValue;
      byName.set(f.name.value, {
        type: name,
        list,
        args: new Set((f.arguments ?? []).map((a) => a.name.value)),
        firstDefault: first?.kind === Kind.INT ? Number(first.value) : undefined,
        crossSubgraph: d.name.value !== 'Query' && owner !== undefined && owner !== home,
        composite: composite.has(name),
      });
    }
    fields.set(d.name.value, byName);
  }
  const units = unitListSizes();
  return { fields, unitListSize: units.sizes, unitListTotal: units.totals };
}
