/**
 * What the gateway writes to the audit log (kit `audit`): every operation that reads raw rejected
 * records (`<sector>Rejects`) and every mutation, with who asked, the fields and arguments, and
 * the HTTP status of the answer. Subgraphs audit what only they can see (personal fields) with
 * the same function.
 */
import { Kind, print, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { audit, type Identity } from '@ioc/kit';

interface Audited {
  action: string;
  fields: string[];
  operation: string | null;
}

/** The root fields of an operation, through fragments spread at the root (each fragment once). */
function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const f = fragments.get(s.name.value);
    if (!f || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return rootFields(f.selectionSet, fragments, seen);
  });
}

/** A rejects read is described with its arguments (feed, first); a write with argument names only, as its input may hold personal data. */
const describe = (f: FieldNode, values: boolean) =>
  `${f.name.value}(${(f.arguments ?? []).map((a) => (values ? print(a) : a.name.value)).join(', ')})`.slice(0, 300);

export function auditedParts(doc: DocumentNode | undefined, operationName?: string): Audited | undefined {
  if (!doc) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || (operationName && d.name?.value !== operationName)) continue;
    const fields = rootFields(d.selectionSet, fragments);
    const operation = d.name?.value ?? null;
    if (d.operation === 'mutation') return { action: 'write', fields: fields.map((f) => describe(f, false)), operation };
    const rejects = fields.filter((f) => f.name.value.endsWith('Rejects'));
    if (rejects.length) return { action: 'read-rejects', fields: rejects.map((f) => describe(f, true)), operation };
  }
  return undefined;
}

export function auditOperation(identity: Identity, parts: Audited, status: number): void {
  audit(identity, parts.action, { via: 'gateway', operation: parts.operation, fields: parts.fields, status });
}
