import yaml from 'js-yaml';
import { cleanValue } from '../text/clean-text';

export const MAX_YAML_DEPTH = 8;
const MAX_YAML_NODES = 5_000;

export type YamlResult =
  { ok: true; value: unknown } | { ok: false; message: string; line?: number; column?: number };

/**
 * Parses YAML with js-yaml's core schema, so nothing executes and dates stay strings we validate
 * ourselves (the default schema turns 2024-02-30 into 2024-03-01). Refuses alias bombs and very deep
 * or very large structures, and removes characters no page may carry (see cleanText). Lines and columns are 1-based, relative to `source`.
 */
export function parseYaml(source: string): YamlResult {
  let value: unknown;
  try {
    value = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { ok: false, message: error.reason, line: error.mark.line + 1, column: error.mark.column + 1 };
    }
    throw error;
  }
  const shape = measure(value);
  if (shape) return { ok: false, message: shape };
  // YAML escapes ("\u000b", "\u202e") can write what the file's text check never saw.
  return { ok: true, value: cleanValue(value) };
}

// js-yaml shares aliased objects rather than copying them, so a "billion laughs" stays small in memory
// but explodes when anything walks it; an object reached twice is an alias and we refuse it.
function measure(root: unknown): string | undefined {
  const seen = new Set<object>();
  let nodes = 0;
  const visit = (node: unknown, depth: number): string | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    if (depth > MAX_YAML_DEPTH) return `expected at most ${MAX_YAML_DEPTH} levels of nesting`;
    if (seen.has(node)) return 'expected no YAML aliases (*name) of lists or maps';
    seen.add(node);
    for (const child of Object.values(node)) {
      if (++nodes > MAX_YAML_NODES) return `expected at most ${MAX_YAML_NODES} values`;
      const problem = visit(child, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(root, 0);
}
