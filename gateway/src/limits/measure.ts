/**
 * Measures a query before anything runs it: depth, estimated cost and aliases, in one pass over
 * the document that is linear in its size. A fragment is measured once and its figures reused at
 * every spread (a spread of fragment F at a place costs "F's cost × how many times that place
 * occurs"), so twenty fragments each spread twice cost twenty measurements, not 2^20 walks.
 *
 * Cost counts the objects the hub would produce: each object field 1, each sector field on a unit
 * `sectorFieldCost` (another subgraph, another database query), times the length of every list
 * above it — `first` when given, the longest unit list of the registers for unit lists, the days
 * of `from`/`to` for period series, `listSize` otherwise. Scalars are free: they come with their
 * object. @skip/@include are ignored (the estimate is an upper bound).
 */
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode, type VariableDefinitionNode } from 'graphql';
import type { SchemaFacts, FieldFact } from './schema-facts';

export interface Measure { depth: number; cost: number; aliases: number }

export interface CostModel { sectorFieldCost: number; listSize: number; defaultFirst: number }

const none: Measure = { depth: 0, cost: 0, aliases: 0 };
const endless: Measure = { depth: Infinity, cost: Infinity, aliases: Infinity };
/** Period lists counted per hour rather than per day. */
const hourlyLists = new Set(['hourly', 'track']);
const dayMs = 86_400_000;
const maxPeriodDays = 5 * 366;

export function measureQuery(doc: DocumentNode, facts: SchemaFacts, model: CostModel, variables: Record<string, unknown> = {}, operationName?: string): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();
  let varDefaults = new Map<string, ValueNode>();

  const valueOf = (v: ValueNode | undefined): unknown => {
    if (!v) return undefined;
    if (v.kind === Kind.VARIABLE) {
      const name = v.name.value;
      return name in variables ? variables[name] : valueOf(varDefaults.get(name));
    }
    if (v.kind === Kind.INT || v.kind === Kind.FLOAT) return Number(v.value);
    if (v.kind === Kind.STRING) return v.value;
    return undefined;
  };

  const listLength = (parent: string, field: FieldNode, fact: FieldFact): number => {
    const arg = (name: string) => valueOf(field.arguments?.find((a) => a.name.value === name)?.value);
    if (fact.args.has('first')) {
      const first = arg('first');
      return typeof first === 'number' && Number.isInteger(first) && first > 0 ? first : model.defaultFirst;
    }
    const unit = facts.unitListSize.get(`${parent}.${field.name.value}`);
    if (unit !== undefined) return unit;
    if (fact.args.has('from') && fact.args.has('to')) {
      const from = Date.parse(String(arg('from'))), to = Date.parse(String(arg('to')));
      const days = Number.isFinite(from) && Number.isFinite(to) ? Math.min(maxPeriodDays, Math.max(1, Math.ceil((to - from) / dayMs))) : maxPeriodDays;
      return hourlyLists.has(field.name.value) ? days * 24 : days;
    }
    return model.listSize;
  };

  const fragment = (name: string): Measure => {
    const done = memo.get(name);
    if (done) return done;
    const def = fragments.get(name);
    if (!def) return none;
    // A fragment that spreads itself never ends: graphql's own validation names the cycle.
    if (inProgress.has(name)) return endless;
    inProgress.add(name);
    const m = selectionSet(def.selectionSet, def.typeCondition.name.value);
    inProgress.delete(name);
    memo.set(name, m);
    return m;
  };

  const selectionSet = (set: SelectionSetNode, type: string | undefined): Measure => {
    let depth = 0, cost = 0, aliases = 0;
    for (const s of set.selections) {
      let m: Measure;
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const fact = type ? facts.fields.get(type)?.get(s.name.value) : undefined;
        const inner = s.selectionSet ? selectionSet(s.selectionSet, fact?.type) : none;
        const weight = !fact ? 0 : fact.crossSubgraph ? model.sectorFieldCost : fact.composite ? 1 : 0;
        const times = fact?.list ? listLength(type!, s, fact) : 1;
        m = { depth: 1 + inner.depth, cost: times * (weight + inner.cost), aliases: (s.alias ? 1 : 0) + inner.aliases };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        m = selectionSet(s.selectionSet, s.typeCondition?.name.value ?? type);
      } else {
        m = fragment(s.name.value);
      }
      depth = Math.max(depth, m.depth);
      cost += m.cost;
      aliases += m.aliases;
    }
    return { depth, cost, aliases };
  };

  let worst = none;
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && d.name?.value !== operationName) continue;
    varDefaults = new Map((d.variableDefinitions ?? []).filter((v: VariableDefinitionNode) => v.defaultValue).map((v) => [v.variable.name.value, v.defaultValue!]));
    const root = d.operation === 'query' ? 'Query' : d.operation === 'mutation' ? 'Mutation' : 'Subscription';
    const m = selectionSet(d.selectionSet, root);
    worst = { depth: Math.max(worst.depth, m.depth), cost: Math.max(worst.cost, m.cost), aliases: Math.max(worst.aliases, m.aliases) };
  }
  return worst;
}
