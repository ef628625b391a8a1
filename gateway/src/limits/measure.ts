/**
 * Measures a query before anything runs it: depth, estimated cost and aliases, in one pass over
 * the document that is linear in its size. A fragment is measured once and its figures reused at
 * every spread (a spread of fragment F at a place costs "F's cost × how many times that place
 * occurs"), so twenty fragments each spread twice cost twenty measurements, not 2^20 walks.
 *
 * Cost counts the objects the hub would produce: each object field 1, each sector field on a unit
 * `sectorFieldCost` (another subgraph, another database query), times the length of every list
 * above it — `first` when given (else its SDL default), the longest unit list of the registers for unit lists, the days
 * of `from`/`to` for period series, `listSize` otherwise. Scalars are free: they come with their
 * object. @skip/@include are ignored (the estimate is an upper bound).
 *
 * Walking down the unit tree (provinces → districts → communes, from the root or from one unit),
 * distinct parents have distinct children, so a unit list there holds at most the register's total
 * over all those parents (63 provinces × their communes ≤ all communes). Once a path goes up or
 * sideways (`province`, `successors`, …) units can repeat, and only the longest list bounds it.
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { descentLists, type SchemaFacts, type FieldFact } from './schema-facts';

export interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

export interface CostModel {
  sectorFieldCost: number;
  listSize: number;
  defaultFirst: number;
}

const none: Measure = { depth: 0, cost: 0, aliases: 0 };
const endless: Measure = { depth: Infinity, cost: Infinity, aliases: Infinity };
/** Period lists counted per hour rather than per day. */
const hourlyLists = new Set(['hourly', 'track']);
const dayMs = 86_400_000;
const maxPeriodDays = 5 * 366;

export function measureQuery(
  doc: DocumentNode,
  facts: SchemaFacts,
  model: CostModel,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Measure {
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

  /** @param reach how many distinct units of `parent` the tree walk has reached, null off the tree */
  const listLength = (parent: string, field: FieldNode, fact: FieldFact, reach: number | null): number => {
    const arg = (name: string) => valueOf(field.arguments?.find((a) => a.name.value === name)?.value);
    if (fact.args.has('first')) {
      const first = arg('first');
      return typeof first === 'number' && Number.isInteger(first) && first > 0 ? first : (fact.firstDefault ?? model.defaultFirst);
    }
    const key = `${parent}.${field.name.value}`;
    const unit = facts.unitListSize.get(key);
    const total = facts.unitListTotal.get(key);
    if (unit !== undefined) return reach !== null && total !== undefined ? Math.min(unit, total / reach) : unit;
    if (fact.args.has('from') && fact.args.has('to')) {
      const from = Date.parse(String(arg('from'))),
        to = Date.parse(String(arg('to')));
      const days = Number.isFinite(from) && Number.isFinite(to) ? Math.min(maxPeriodDays, Math.max(1, Math.ceil((to - from) / dayMs))) : maxPeriodDays;
      return hourlyLists.has(field.name.value) ? days * 24 : days;
    }
    return model.listSize;
  };

  // A fragment is measured once per reach it is spread at (reach takes few values: it only grows
  // down the unit tree and is capped by the register's totals).
  const fragment = (name: string, reach: number | null): Measure => {
    const key = `${name}|${reach}`;
    const done = memo.get(key);
    if (done) return done;
    const def = fragments.get(name);
    if (!def) return none;
    // A fragment that spreads itself never ends: graphql's own validation names the cycle.
    if (inProgress.has(name)) return endless;
    inProgress.add(name);
    const m = selectionSet(def.selectionSet, def.typeCondition.name.value, reach);
    inProgress.delete(name);
    memo.set(key, m);
    return m;
  };

  const selectionSet = (set: SelectionSetNode, type: string | undefined, reach: number | null): Measure => {
    let depth = 0,
      cost = 0,
      aliases = 0;
    for (const s of set.selections) {
      let m: Measure;
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const fact = type ? facts.fields.get(type)?.get(s.name.value) : undefined;
        const times = fact?.list ? listLength(type!, s, fact, reach) : 1;
        const key = `${type}.${s.name.value}`;
        // Down the tree the reach grows with the list; one unit asked at the root starts a walk.
        const below = reach !== null && descentLists.has(key) ? reach * times : type === 'Query' && !fact?.list ? 1 : null;
        const inner = s.selectionSet ? selectionSet(s.selectionSet, fact?.type, below) : none;
        const weight = !fact ? 0 : fact.crossSubgraph ? model.sectorFieldCost : fact.composite ? 1 : 0;
        m = { depth: 1 + inner.depth, cost: times * (weight + inner.cost), aliases: (s.alias ? 1 : 0) + inner.aliases };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        m = selectionSet(s.selectionSet, s.typeCondition?.name.value ?? type, reach);
      } else {
        m = fragment(s.name.value, reach);
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
    varDefaults = new Map(
      (d.variableDefinitions ?? []).filter((v: VariableDefinitionNode) => v.defaultValue).map((v) => [v.variable.name.value, v.defaultValue!]),
    );
    const root = d.operation === 'query' ? 'Query' : d.operation === 'mutation' ? 'Mutation' : 'Subscription';
    const m = selectionSet(d.selectionSet, root, 1);
    worst = { depth: Math.max(worst.depth, m.depth), cost: Math.max(worst.cost, m.cost), aliases: Math.max(worst.aliases, m.aliases) };
  }
  return worst;
}
