import { LineCounter, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { InputError } from './input-error.ts';

/** A parsed YAML file that can say on which line each value sits. */
export interface YamlSource {
  file: string;
  /** 1-based line of the value at `path`, or of its nearest enclosing value when it is missing. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

export type YamlParse<T> =
  { ok: true; value: T; source: YamlSource } | { ok: false; errors: InputError[] };

export interface YamlOptions {
  /** Lines before the YAML text in its file (front matter starts after the opening `---`). */
  lineOffset?: number;
  /** What the file should hold, in words, for the message about an empty file. */
  expected: string;
  /** The value of an empty file, when an empty file is allowed (a review file with no reviews). */
  emptyValue?: unknown;
}

const MAX_SHOWN = 60;

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** The field name a person reads: the path inside one entry of a top-level list. */
function fieldName(path: readonly PropertyKey[]): string | null {
  const inner = typeof path[0] === 'number' ? path.slice(1) : path;
  return inner.length === 0 ? null : formatPath(inner);
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function rangeStart(node: unknown): number | null {
  if (typeof node !== 'object' || node === null || !('range' in node)) return null;
  const range = (node as { range?: unknown }).range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : null;
}

function sourceText(doc: Document, path: readonly PropertyKey[]): string | null {
  const node = nodeAt(doc, path);
  return isScalar(node) && typeof node.source === 'string' ? node.source : null;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  null: 'nothing (null)',
};

/** Describes a value the way a person wrote it, with a hint where YAML read it unexpectedly. */
function describeValue(value: unknown, source: string | null): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number') {
    // YAML reads 000 or 1e3 as numbers; the person meant the characters they typed.
    return source !== null && source !== String(value)
      ? `the number ${value} (YAML reads ${source} as a number: write '${source}' in quotes)`
      : `the number ${value}`;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a map of fields';
}

function describeIssue(issue: z.core.$ZodIssue, received: unknown, source: string | null): string {
  const got = describeValue(received, source);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return received === undefined
        ? `required field is missing: expected ${expected}`
        : `expected ${expected}, got ${got}`;
    }
    case 'invalid_format':
      if (issue.format === 'date') return `expected a date like 2015-12-23, got ${got}`;
      if (issue.format === 'url')
        return `expected a web address like https://example.com/story, got ${got}`;
      return `${issue.message.toLowerCase()}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}, got ${got}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `expected text that is not empty, got ${got}`
        : issue.origin === 'array'
          ? `expected at least ${String(issue.minimum)} item(s)`
          : `expected at least ${String(issue.minimum)}, got ${got}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}, got ${got}`;
    default:
      return `${issue.message}, got ${got}`;
  }
}

/** Turns zod's issues into errors that name the file, the line and the field. */
export function issuesToErrors(
  file: string,
  doc: Document,
  value: unknown,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly PropertyKey[]) => number | null,
): InputError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file,
          line: lineOf(path),
          field: fieldName(path),
          message: 'unknown field: check its spelling, or remove it',
        };
      });
    }
    return [
      {
        file,
        line: lineOf(issue.path),
        field: fieldName(issue.path),
        message: describeIssue(issue, valueAt(value, issue.path), sourceText(doc, issue.path)),
      },
    ];
  });
}

/**
 * Parses YAML text and validates it with a zod schema. Never throws: syntax errors, an empty file
 * and schema mismatches all come back as errors naming the file, line and field.
 */
export function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  options: YamlOptions,
): YamlParse<z.output<S>> {
  const lineOffset = options.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    // Later errors are mostly echoes of the first; one precise message is more useful.
    // An unclosed bracket or quote is reported past the end of the text: point at its last line.
    const lastLine = text.replace(/\s+$/u, '').split('\n').length;
    const at = syntax.linePos?.[0];
    const position = at === undefined ? undefined : { ...at, line: Math.min(at.line, lastLine) };
    const what = (syntax.message.split('\n')[0] ?? syntax.code).replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return {
      ok: false,
      errors: [
        {
          file,
          line: position === undefined ? null : position.line + lineOffset,
          field: null,
          message: `YAML syntax error: ${what}${position === undefined ? '' : ` (column ${position.col})`}`,
        },
      ],
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const start = rangeStart(nodeAt(doc, path.slice(0, n)));
      if (start !== null) return lineCounter.linePos(start).line + lineOffset;
    }
    return null;
  };
  const source: YamlSource = { file, lineOf };
  let value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    if (options.emptyValue === undefined) {
      return {
        ok: false,
        errors: [
          {
            file,
            line: null,
            field: null,
            message: `the file is empty: expected ${options.expected}`,
          },
        ],
      };
    }
    value = options.emptyValue;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, errors: issuesToErrors(file, doc, value, parsed.error.issues, lineOf) };
  }
  return { ok: true, value: parsed.data, source };
}
