import type { z } from 'zod';

/** Writes a field path the way editors read it: `related[2]`, `corrections[0].date`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Describes a found value briefly, quoting strings and naming other types. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a map of fields';
  return `${typeof value} ${String(value)}`;
}

/** Reads the value at a zod issue's path from the raw input. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key]; // indexing unknown input; absence yields undefined
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

/** Turns one zod issue into "expected …, found …" from the editor's side. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const found = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined)
        return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}; the field is required`;
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${found}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `expected at most ${issue.maximum} characters, found ${String(valueAt(input, issue.path)).length}`
        : `expected at most ${issue.maximum} entries, found ${found}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'expected non-empty text, found an empty value'
        : `expected at least ${issue.minimum}, found ${found}`;
    case 'invalid_union':
      return `expected text or a list of text, found ${found}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, found ${found}`;
    default:
      return `${issue.message.replace(/^Invalid input: /, '')}, found ${found}`;
  }
}
