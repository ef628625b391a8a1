/**
 * Breaking changes of the API the gateway serves: the supergraph composed from schema/*.graphql
 * against a baseline supergraph (by default the one committed on `main`), compared as client-facing
 * API schemas (federation's join__ machinery stripped) with @graphql-inspector/core. A breaking
 * change passes only when schema/CHANGES.md records it: its path in backticks, e.g. `Query.foo`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import { projectRoot } from '../../kit/src/paths';

export interface SchemaCheck {
  baseline: string;
  breaking: Change[];
  /** Breaking changes schema/CHANGES.md does not record. */
  unrecorded: Change[];
  dangerous: Change[];
  safe: Change[];
}

const apiSchema = (supergraphSdl: string) => Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/**
 * The supergraph this work started from: the one committed where HEAD and `ref` last met (so a
 * branch behind `ref` is not blamed for changes it has not merged yet); else (no git, no such
 * revision) the working tree's file.
 * @returns the SDL and a label saying where it came from
 */
export function baselineSupergraph(root: string, ref: string): { sdl: string; from: string } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const base = git('merge-base', 'HEAD', ref);
  const commit = base.status === 0 ? base.stdout.trim() : ref;
  const show = git('show', `${commit}:schema/supergraph.graphql`);
  if (show.status === 0 && show.stdout) return { sdl: show.stdout, from: `${ref} (${commit.slice(0, 10)}):schema/supergraph.graphql` };
  return { sdl: readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8'), from: 'schema/supergraph.graphql (working tree)' };
}

/** Paths recorded in schema/CHANGES.md: every `Type.field…` in backticks outside HTML comments. */
export function recordedPaths(changesMd: string): Set<string> {
  const text = changesMd.replace(/<!--[\s\S]*?-->/g, '');
  return new Set([...text.matchAll(/`([_A-Za-z][\w.]*)`/g)].map((m) => m[1]));
}

export async function checkSchema(before: string, after: string, changesMd: string, baseline = 'given'): Promise<SchemaCheck> {
  const changes = await diff(apiSchema(before), apiSchema(after));
  const recorded = recordedPaths(changesMd);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    baseline,
    breaking,
    unrecorded: breaking.filter((c) => !c.path || !recorded.has(c.path)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

export function readChanges(root = projectRoot): string {
  const file = join(root, 'schema', 'CHANGES.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
